"""Allow `python -m companion`."""

from companion.app_launch import main

if __name__ == "__main__":
    main()
