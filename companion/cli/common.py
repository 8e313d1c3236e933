"""Shared pieces of the command line: the repository from options, errors as one line."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import click

from companion.cli.options import OptionSpec

F = TypeVar("F", bound=Callable[..., Any])


def no_color() -> bool:
    """Whether colour is off (NO_COLOR set, or not a terminal)."""
    return bool(os.environ.get("NO_COLOR")) or not sys.stdout.isatty()


def paint(text: str, **style: Any) -> str:
    """Style text unless colour is off."""
    return text if no_color() else click.style(text, **style)


def fail(message: str, code: int = 1) -> None:
    """Print one clear line on stderr and exit non-zero (stored text in it made safe to show)."""
    from companion.domain.text import printable_line

    click.echo(f"companion: {printable_line(message)}", err=True)
    raise SystemExit(code)


def friendly_errors(command: F) -> F:
    """Turn the errors a user can cause into one line on stderr and exit 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from companion.clock import ClockError
        from companion.store.errors import DataFileError
        from companion.store.repository import NoProfileError

        try:
            return command(*args, **kwargs)
        except NoProfileError:
            fail("no profile yet. Start with `companion` (guided) or `companion init`.")
        except DataFileError as error:
            fail(str(error))
        except (ClockError, ValueError, LookupError) as error:
            fail(str(error))
        except KeyboardInterrupt:
            fail("interrupted; nothing half-written was saved.", 130)

    return wrapper  # type: ignore[return-value]


def repository(ctx: click.Context) -> Any:
    """The repository for the data file chosen on the command line or in the environment."""
    from companion import locations
    from companion.store.repository import Repository

    root = ctx.find_root()
    return Repository(locations.data_file(root.params.get("data_file")))


def existing_repository(ctx: click.Context) -> Any:
    """The repository, if there is a data file (so that nothing is created without a profile).

    The write itself checks the profile, inside its transaction: one read of the
    file, not two, which matters with years of history.
    """
    from companion.store.repository import NoProfileError

    repo = repository(ctx)
    if not repo.db.exists():
        raise NoProfileError("no profile yet")
    return repo


def _file_path(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A file path that is not a folder; the error names where it came from (the option or
    its environment variable)."""
    import os

    if value is not None and os.path.isdir(value):
        from_env = ctx.get_parameter_source(param.name or "") is click.core.ParameterSource.ENVIRONMENT
        where = param.envvar if from_env and isinstance(param.envvar, str) else param.opts[0]
        raise click.BadParameter(f"{value!r} is a folder; give the path of a file (it is created if missing)",
                                 param_hint=where)
    return value


def click_options(specs: Iterable[OptionSpec]) -> Callable[[F], F]:
    """Declare the options of these specs (see options.py), in order."""

    def declare(command: F) -> F:
        for spec in reversed(list(specs)):
            kind = click.IntRange(*spec.limits) if spec.limits is not None else None
            callback = _file_path if spec.file else None
            command = click.option(spec.flag, type=kind, envvar=spec.envvar, help=spec.help,
                                   callback=callback)(command)
        return command

    return declare
