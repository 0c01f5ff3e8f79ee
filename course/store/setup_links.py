"""One-time setup links: each server process prints its own, and any of them works on every process.

While no educator exists, every ``course serve`` process prints a link that can create the first
one. Behind a load balancer the person who opens a link may reach any process, so every link is
kept in the database (only its token's sha256, like every token we store), and the first account
made through any of them ends them all.

A link's row lives in ``server_state`` under ``setup:<its hash>``: one row per printed link, found
by its hash without scanning (the hash is what a visitor's token is looked up by; the comparison
that decides is still constant-time). Restarts add rows; only the newest ``MAX_LINKS`` are kept.
"""
from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from course.auth.passwords import hash_token, new_token, same_token
from course.store.models import ServerState

PREFIX = "setup:"
LEGACY = "setup_token_hash"  # the single link of earlier versions: replaced by the first new one
# Far more than the processes of one deployment, restarted a few times before anyone signed up.
MAX_LINKS = 32


def _name(token_hash: str) -> str:
    return (PREFIX + token_hash)[:64]  # server_state.name is 64 characters long


def issue(s: Session) -> str:
    """A new link's token (its hash stored, the oldest links beyond MAX_LINKS forgotten)."""
    token = new_token()
    hashed = hash_token(token)
    s.execute(delete(ServerState).where(ServerState.name == LEGACY))
    s.add(ServerState(name=_name(hashed), value=hashed))
    s.flush()
    names = s.scalars(select(ServerState.name).where(ServerState.name.startswith(PREFIX, autoescape=True))
                      .order_by(ServerState.updated_at.desc(), ServerState.name)).all()
    if len(names) > MAX_LINKS:
        s.execute(delete(ServerState).where(ServerState.name.in_(names[MAX_LINKS:])))
    return token


def find(s: Session, token: str, for_update: bool = False) -> ServerState | None:
    """The stored link ``token`` opens, or None."""
    if not token:
        return None
    row = s.get(ServerState, _name(hash_token(token)), with_for_update=for_update)
    return row if row is not None and same_token(token, row.value) else None


def clear(s: Session) -> None:
    """Every link ends: the first educator exists."""
    s.execute(delete(ServerState).where(ServerState.name.startswith(PREFIX, autoescape=True)
                                        | (ServerState.name == LEGACY)))
