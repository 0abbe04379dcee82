"""What every subcommand answers when the database is gone or refuses it: one Chinese line and exit code 1.

Every write is one transaction, so a connection lost in the middle leaves nothing half-written: the server rolls
the open transaction back. The line names the database (without its password), never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from counter_app.store.migrate import SchemaOutdated

EXIT_DATABASE = 1


def _where(args: argparse.Namespace) -> str:
    from counter_app.store.database import Database, resolve_url

    try:
        db = Database(resolve_url(args.db, args.demo))
    except Exception:  # noqa: BLE001 - a URL that cannot even be parsed: say "the database" and nothing more
        return "数据库"
    try:
        return db.describe()
    finally:
        db.dispose()


def guarded(command: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run ``command``; a lost or unreachable database, or a schema this role may not upgrade, is one line."""
    try:
        return command(args)
    except SchemaOutdated as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_DATABASE
    except (OperationalError, InterfaceError) as exc:
        lost = "连接中断" if exc.connection_invalidated else "无法访问"
        print(f"数据库{lost}（{_where(args)}）：本次操作未完成，没有写入任何内容。请检查数据库服务器和网络后重试。",
              file=sys.stderr)
        return EXIT_DATABASE
    except DBAPIError as exc:
        if not exc.connection_invalidated:
            raise
        print(f"数据库连接中断（{_where(args)}）：本次操作未完成，没有写入任何内容。请检查数据库服务器和网络后重试。",
              file=sys.stderr)
        return EXIT_DATABASE
