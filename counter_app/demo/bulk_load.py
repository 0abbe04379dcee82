"""Loading many rows at once into a demo database: plain tuples to the driver, SQLite's indexes built after the load.

A B-tree filled in random key order touches a page per row once it outgrows the cache; a million demo cards put
≈ 11 million search keys and seven random-valued card indexes through that. Sorted input costs a fraction: on
SQLite the search keys go in key order (:class:`KeyRows`), and the secondary indexes are dropped before a large
load and created again from their own stored definitions afterwards (:func:`indexes_built_after`), which sorts
once per index. Constraint indexes (primary keys, UNIQUE) stay: they check the rows as they arrive.

PostgreSQL keeps the order a station's own work gives its tables (card by card, indexes live): an index built by
one sort packs its pages 90 % full, where one grown row by row averages about 70 %, and the bench's
10,000-card arrival UPDATE then spent 1.8× the server CPU splitting and cleaning full pages. A demo database that
a benchmark measures has to look like a station's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain
from typing import Any

from sqlalchemy import Connection, Table, bindparam, text

ROWS_PER_STATEMENT = 20_000
BULK_CACHE_KIB = -262_144  # 256 MiB (a negative cache_size is in KiB)

_SQLITE_INDEXES = text(
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN :tables"
    " ORDER BY tbl_name, name"
).bindparams(bindparam("tables", expanding=True))


def _same(value: Any) -> Any:
    return value


def stored_form(connection: Connection, table: Table, column: str) -> Callable[[Any], Any]:
    """The function turning a Python value into the form the driver is given for ``column`` (what Core does)."""
    dialect = connection.dialect
    return table.c[column].type.dialect_impl(dialect).bind_processor(dialect) or _same


def insert_rows(connection: Connection, table: Table, columns: Sequence[str],
                batches: Iterable[list[Sequence[Any]]]) -> None:
    """INSERT plain tuples, already in their stored form (see :func:`stored_form`): an executemany per batch.

    Core would build and convert a dict per row; these rows go to the driver as they are.
    """
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    statement = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"
    for batch in batches:
        if batch:
            connection.exec_driver_sql(statement, batch)


class KeyRows:
    """The rows of a key table (key, time, id) for many cases, collected per group of cases sharing their keys (a
    name), handed out case by case or in the table's primary-key order (appended to it, not scattered over it).

    For the key order the times must compare as the database compares them (SQLite's fixed-width text).
    """

    def __init__(self) -> None:
        self._keys: dict[str, Sequence[str]] = {}
        self._members: dict[str, list[int]] = {}  # each group's cases, as positions in _cases
        self._cases: list[tuple[Any, int]] = []  # (stored time, case id)
        self._groups: list[str] = []  # each case's group

    def __contains__(self, group: str) -> bool:
        return group in self._keys

    def add_group(self, group: str, keys: Sequence[str]) -> None:
        self._keys[group] = keys
        self._members[group] = []

    def add(self, group: str, stored_time: Any, case_id: int) -> None:
        self._members[group].append(len(self._cases))
        self._cases.append((stored_time, case_id))
        self._groups.append(group)

    def by_case(self, size: int = ROWS_PER_STATEMENT) -> Iterator[list[tuple[Any, ...]]]:
        """Lists of about ``size`` rows, case after case in the order they were added, each case's keys in order."""
        batch: list[tuple[Any, ...]] = []
        keys = self._keys
        for (stored, case_id), group in zip(self._cases, self._groups, strict=True):
            batch += [(key, stored, case_id) for key in keys[group]]
            if len(batch) >= size:
                yield batch
                batch = []
        yield batch

    def in_key_order(self, size: int = ROWS_PER_STATEMENT) -> Iterator[list[tuple[Any, ...]]]:
        """Lists of about ``size`` rows, all of them in primary-key order over all the batches."""
        cases = self._cases
        # Every case ranked once by (time, id): a key's cases are then sorted as plain integers.
        order = sorted(range(len(cases)), key=cases.__getitem__)
        ranked = [cases[i] for i in order]
        rank = [0] * len(cases)
        for position, index in enumerate(order):
            rank[index] = position
        ranks_of = {group: sorted(map(rank.__getitem__, members)) for group, members in self._members.items()}
        groups_of: dict[str, list[str]] = {}
        for group, keys in self._keys.items():
            for key in keys:
                groups_of.setdefault(key, []).append(group)
        batch: list[tuple[Any, ...]] = []
        for key in sorted(groups_of):
            groups = groups_of[key]
            ranks = ranks_of[groups[0]] if len(groups) == 1 else sorted(chain.from_iterable(map(ranks_of.__getitem__,
                                                                                                groups)))
            head = (key,)
            batch += [head + ranked[r] for r in ranks]
            if len(batch) >= size:
                yield batch
                batch = []
        yield batch


@contextmanager
def indexes_built_after(connection: Connection, tables: Sequence[str], enabled: bool = True) -> Iterator[None]:
    """SQLite: drop the tables' secondary indexes for the block, then create them again from their stored SQL.

    The DDL runs in the caller's transaction, so a failed load leaves the indexes as they were; the recreated
    indexes are the very statements the database had kept, so the schema is unchanged.
    """
    if not enabled:
        yield
        return
    if connection.dialect.name != "sqlite":
        raise ValueError("indexes are built after a load on SQLite only (see the module's docstring)")
    definitions = connection.execute(_SQLITE_INDEXES, {"tables": list(tables)}).all()
    for name, _ in definitions:
        connection.exec_driver_sql(f"DROP INDEX {name}")
    yield
    for _, definition in definitions:
        connection.exec_driver_sql(definition)


@contextmanager
def bulk_cache(connection: Connection, enabled: bool) -> Iterator[None]:
    """A larger SQLite page cache while a big batch goes in, the connection's own setting restored after.

    The unique indexes that stay take rows in a scattered order, and an index built after the load sorts in this
    memory; with the default 2 MB cache most of those inserts would evict a page written a moment ago.
    """
    if connection.dialect.name != "sqlite" or not enabled:
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size={BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before)}")
