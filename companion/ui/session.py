"""The typed link between screens and the repository.

A screen asks the session for the current snapshot and the user's clock, runs a
repository operation through `perform` (a failure becomes a notice, never a crash),
and subscribes to `data_changed` to redraw after any write: its own, another screen's,
or another process's (noticed by the poll, as is the day rolling over).

Screens and widgets reach it as `self.session` (a class attribute `session =
SessionLink()`) or `session_of(self)`, both typed: no service lookups through an
untyped `self.app`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, overload

from textual.app import App
from textual.dom import DOMNode
from textual.signal import Signal
from textual.timer import Timer

from companion.clock import Clock
from companion.store.errors import DataFileError
from companion.store.repository import Repository, Snapshot

T = TypeVar("T")
POLL_SECONDS = 2.0


class Session:
    """The data file as the app sees it: the snapshot, and the way to change it."""

    def __init__(self, app: App[Any], repo: Repository, snapshot: Snapshot) -> None:
        self._app = app
        self.repo = repo
        self.snapshot = snapshot
        self.data_changed: Signal[Snapshot] = Signal(app, "data-changed")
        self._fingerprint = repo.db.fingerprint()
        self._today = self.clock.today()
        self._poll_timer: Timer | None = None
        self._undo: dict[str, list[Any]] = {}

    @property
    def clock(self) -> Clock:
        """The user's clock, from the current settings."""
        return self.repo.clock(self.snapshot.settings)

    @property
    def discreet(self) -> bool:
        """Neutral wording, no ex's name anywhere."""
        return self.snapshot.settings.discreet

    @property
    def set_up(self) -> bool:
        """Whether onboarding is done (there is a profile)."""
        return self.snapshot.profile is not None

    def reload(self) -> None:
        """Re-read the file and tell every screen (after our own write or someone else's).

        What the undo keys would put back belongs to the profile it was taken from: after
        a reset or an import that replaced everything (another profile), it is forgotten.
        """
        before = self.snapshot.profile
        try:
            self.snapshot = self.repo.load()
        except DataFileError as error:
            self._app.notify(str(error), severity="error", timeout=10)
            return
        after = self.snapshot.profile
        if before is not None and (after is None or after.id != before.id):
            self._undo.clear()
        self._fingerprint = self.repo.db.fingerprint()
        self._today = self.clock.today()
        self.data_changed.publish(self.snapshot)

    def perform(self, operation: Callable[[], T]) -> T | None:
        """Run a repository write; on failure say why and keep everything as it was."""
        try:
            result = operation()
        except DataFileError as error:
            self._app.notify(str(error), title="Not saved", severity="error", timeout=10)
            return None
        except (ValueError, LookupError) as error:
            self._app.notify(str(error), title="Not saved", severity="warning")
            return None
        self.reload()
        return result

    def undo_steps(self, where: str) -> list[Any]:
        """What the undo key of `where` ("history", "planner") puts back, newest last.

        Kept here, for as long as the app runs, rather than by the screen: leaving
        History or the planner right after a delete must not take away the way back.
        """
        return self._undo.setdefault(where, [])

    def start_polling(self) -> None:
        """Look for other processes' writes (and a new day) every POLL_SECONDS."""
        self._poll_timer = self._app.set_interval(POLL_SECONDS, self.poll)

    @property
    def poll_timer(self) -> Timer | None:
        """The poll's own timer (None before the app is mounted)."""
        return self._poll_timer

    def poll(self) -> None:
        """Notice another process's write, and the day rolling over."""
        if self.repo.db.fingerprint() != self._fingerprint or self.clock.today() != self._today:
            self.reload()


def discreet_for(node: DOMNode) -> bool:
    """Whether the app this widget belongs to words things discreetly (False in an app
    that is not Companion's, where shared widgets are also drawn)."""
    session = getattr(node.app, "session", None)
    return isinstance(session, Session) and session.discreet


def session_of(node: DOMNode) -> Session:
    """The session of the app this screen or widget belongs to."""
    session = getattr(node.app, "session", None)
    if not isinstance(session, Session):
        raise RuntimeError("This widget is not running inside the Companion app.")
    return session


class SessionLink:
    """`session = SessionLink()` in a screen or widget class: `self.session` is its
    app's Session, typed (a descriptor, so no base class is needed for it)."""

    @overload
    def __get__(self, node: None, owner: type[Any]) -> SessionLink: ...

    @overload
    def __get__(self, node: DOMNode, owner: type[Any]) -> Session: ...

    def __get__(self, node: DOMNode | None, owner: type[Any]) -> Session | SessionLink:
        return self if node is None else session_of(node)
