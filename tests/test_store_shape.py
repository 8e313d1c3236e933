"""The shape of store/: the Repository is composed of parts that share one Store,
not a stack of mixins; a period is closed in one place."""

from __future__ import annotations

import ast
from pathlib import Path

import companion.store
from companion.store.core import Store
from companion.store.repository import Repository

STORE = Path(companion.store.__file__).parent
PARTS = {"setup", "periods", "events", "activities", "timer", "growth", "ifthen", "reminders",
         "drafts", "data"}


def store_classes() -> list[tuple[Path, ast.ClassDef]]:
    found = []
    for path in sorted(STORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [(path, node) for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    return found


def base_names(node: ast.ClassDef) -> list[str]:
    return [ast.unparse(base).rsplit(".", 1)[-1] for base in node.bases]


def test_the_repository_is_one_plain_class() -> None:
    assert Repository.__bases__ == (object,)


def test_the_repository_exposes_its_parts_sharing_one_store(tmp_path: Path) -> None:
    repo = Repository(tmp_path / "data.json")
    for name in PARTS:
        part = getattr(repo, name)
        assert type(part).__bases__ == (object,), name
        assert part.store is repo.store, name
    assert repo.path == repo.store.path and repo.source is repo.store.source


def test_no_class_in_the_store_inherits_from_the_store_core() -> None:
    classes = store_classes()
    assert any(node.name == Store.__name__ for _, node in classes)  # the walk found the core
    heirs = [f"{path.name}:{node.name}" for path, node in classes
             if {Store.__name__, "Repository", "RepositoryCore"} & set(base_names(node))]
    assert heirs == []


def test_no_store_class_has_more_than_one_base() -> None:
    mixed = [f"{path.name}:{node.name}" for path, node in store_classes() if len(node.bases) > 1]
    assert mixed == []


def test_a_period_is_closed_and_opened_in_one_place() -> None:
    """Only the Store closes a period (periods.close_period) or inserts a new one."""
    closing, opening = [], []
    for path in sorted(STORE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "pm.close_period(" in text or "periods.close_period(" in text:
            closing.append(path.name)
        if 'table("periods").insert(' in text:
            opening.append(path.name)
    assert closing == ["core.py"]
    assert opening == ["core.py"]


def test_milestones_are_asked_for_and_a_timer_built_in_one_place_each() -> None:
    """Today and the store share `period_ops.milestones_due`; the store and the timer
    screen share `timer.new_timer`."""
    package = STORE.parent
    due, built = [], []
    for path in sorted(package.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "pm.milestones_due(" in text:
            due.append(path.relative_to(package).as_posix())
        if "Timer(started_at=" in text:
            built.append(path.relative_to(package).as_posix())
    assert due == ["store/period_ops.py"]
    assert built == ["domain/timer.py"]
