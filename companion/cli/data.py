"""`companion export`, `import` and `doctor`: the data file as a whole."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from companion.cli.common import friendly_errors, repository
from companion.domain.text import plural


def _write_output(text: str, output: str | None, data: Path) -> None:
    if output is None or output == "-":
        sys.stdout.write(text)
        return
    from companion.domain.text import printable_line
    from companion.exports.target import export_target
    from companion.store.files import atomic_write

    atomic_write(export_target(data, output), text.encode("utf-8"))
    click.echo(f"Exported to {printable_line(output)}", err=True)


@click.command()
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "ics"]), default="json", show_default=True)
@click.option("-o", "--output", help="Write to this file (default: standard output).")
@click.option("--week", help="With ics: only this week (this, next, last or a date in it).")
@click.pass_context
@friendly_errors
def export(ctx: click.Context, fmt: str, output: str | None, week: str | None) -> None:
    """Export your data (json: everything; csv: a flat table; ics: planned activities)."""
    from companion.cli.plan import resolve_week
    from companion.exports.formats import export_text

    repo = repository(ctx)
    if week and fmt != "ics":
        raise click.UsageError("--week goes with --format ics")
    _write_output(export_text(repo, fmt, resolve_week(repo, week) if week else None), output, repo.path)


@click.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--merge", is_flag=True, help="Add what is missing (by record id) instead of replacing.")
@click.option("--replace", "--force", "replace", is_flag=True,
              help="Replace everything with the file's contents (asked for when not typed at a terminal).")
@click.pass_context
@friendly_errors
def import_(ctx: click.Context, file: str, merge: bool, replace: bool) -> None:
    """Import a JSON export. Replacing keeps a backup of the current file."""
    from companion.store.errors import CorruptDataError, NewerSchemaError
    from companion.store.fileformat import check

    repo = repository(ctx)
    source = Path(file)
    try:
        document = check(source.read_bytes(), source, export=True)  # its records: as it is imported
    except NewerSchemaError as error:
        raise ValueError(f"{source} comes from a newer version of Companion ({error.reason}); "
                         "update Companion to import it") from None
    except CorruptDataError as error:
        raise ValueError(f"{source} is not a Companion export: {error.reason}") from None
    if merge and replace:
        raise click.UsageError("--merge adds to what is here, --replace replaces it; choose one")
    if not merge and not replace:
        if not sys.stdin.isatty():
            raise click.UsageError("importing without --merge replaces everything; "
                                   "add --replace to do that from a script (a backup is kept)")
        click.confirm(f"Replace everything in {repo.path} with {source}? A backup is kept", abort=True)
    count = repo.data.import_document(document, merge=merge)
    if merge:
        click.echo(f"Added {plural(count, 'record')} from {source}." if count else
                   f"Nothing new in {source}: everything in it is here already.")
    else:
        click.echo(f"Imported {plural(count, 'record')}; the previous file was backed up.")


@click.command()
@click.option("--repair", is_flag=True, help="Restore the newest good backup (the broken file is kept aside).")
@click.pass_context
@friendly_errors
def doctor(ctx: click.Context, repair: bool) -> None:
    """Check the data file; with --repair, restore it from the newest good backup."""
    from companion.domain.text import printable
    from companion.store.doctor import check, restore_newest_backup

    repo = repository(ctx)
    report = check(repo.db)
    for line in report.lines:
        click.echo(printable(line))
    if report.healthy:
        return
    if not repair:
        click.echo("Run `companion doctor --repair` to restore the newest good backup.", err=True)
        raise SystemExit(1)
    restored = restore_newest_backup(repo.db)
    if restored is None:
        click.echo("companion: no good backup was found; the file was left as it is.", err=True)
        raise SystemExit(1)
    kept, backup = restored
    if backup is None:
        click.echo("The file reads well now (another Companion wrote it meanwhile); "
                   "nothing was restored.")
    elif kept is None:
        click.echo(f"Restored from {backup}.")
    else:
        click.echo(f"Restored from {backup}. The broken file was kept as {kept}.")
