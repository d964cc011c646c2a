"""A change notice: which tables (and, where cheap, which rows) an operation or a sync round changed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# Tables named by the pages (one name each, the store's).
HELP_REQUEST = "help_request"
SITE = "site"
CONSEILLER = "conseiller"
GUIDE = "guide"
GUIDE_IMAGE = "guide_image"
SETTINGS = "local_setting"  # this PC's own settings (its site, its conseiller)


@dataclass(frozen=True)
class ChangeNotice:
    """What changed. `ids`: the rows changed, when the operation knows them (empty: not said).
    `everything`: not known (a restore, a batch applied after confirmation): every page reloads."""

    tables: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    everything: bool = False
    local: bool = True  # made on this PC (a sync round's is not: it must not start another round)

    @classmethod
    def of(cls, *tables: str, ids: Iterable[str] = (), local: bool = True) -> ChangeNotice:
        return cls(frozenset(tables), frozenset(i for i in ids if i), local=local)

    @classmethod
    def all(cls, *, local: bool = True) -> ChangeNotice:
        return cls(everything=True, local=local)

    def touches(self, tables: Iterable[str]) -> bool:
        """Whether a page showing `tables` has something to redraw."""
        return self.everything or not self.tables.isdisjoint(tables)

    def __or__(self, other: ChangeNotice) -> ChangeNotice:
        return ChangeNotice(self.tables | other.tables, self.ids | other.ids, self.everything or other.everything,
                            self.local and other.local)

    def __bool__(self) -> bool:
        return self.everything or bool(self.tables)
