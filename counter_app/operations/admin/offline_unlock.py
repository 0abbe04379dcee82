"""Unlocking the idle screen lock while the database server cannot be reached (离线解锁).

The lock checks the password against the account in the database, so during an outage a locked counter could
not even use the service guide, which works from the forms alone. The signed-in clerk's password hash is
therefore read while the server answers (at sign-in and again at every lock) and kept in memory only; offline,
the typed password is checked against it, with a few tries before the counter stays locked until the server is
back (the database's own lockout counting resumes then). A password changed elsewhere during the outage is not
known offline: the one in use when the server was last reached unlocks.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from counter_app.operations.admin.accounts import AuthError, _matches
from counter_app.operations.context import AppContext
from counter_app.store.database import is_connection_lost
from counter_app.store.models import UserAccount

MAX_OFFLINE_FAILURES = 5


@dataclass
class OfflineUnlock:
    username: str
    password_hash: str | None = None
    failures: int = 0

    def refresh(self, ctx: AppContext) -> None:
        """Read the clerk's current hash; keeps the last one when the server does not answer."""
        try:
            with ctx.db.read() as session:
                found = session.scalar(select(UserAccount.password_hash).where(UserAccount.username == self.username))
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            return
        self.password_hash = found
        self.failures = 0

    def verify(self, password: str) -> None:
        """Raise AuthError unless ``password`` is the one kept; a few wrong tries end offline unlocking."""
        if self.password_hash is None:
            raise AuthError("offline", "无法连接数据库服务器，暂时不能核对密码；请等待服务器恢复后再解锁。")
        if self.failures >= MAX_OFFLINE_FAILURES:
            raise AuthError("offline_locked", "密码错误次数过多；请等待数据库服务器恢复后再解锁。")
        if not _matches(self.password_hash, password):
            self.failures += 1
            raise AuthError("password", "密码错误（数据库服务器暂时无法连接，正在离线核对）。")
