"""Allow `python -m companion`."""

from companion.launch import main

if __name__ == "__main__":
    main()
