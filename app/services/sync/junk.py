"""The files a round skipped, summarised: a share with 10 000 stray files gives a few lines, not 10 000."""

from __future__ import annotations

from collections import Counter, defaultdict

EXAMPLES = 2  # names shown for each reason


class Skipped:
    """Counts of skipped files by reason, with a couple of examples each."""

    def __init__(self) -> None:
        self.by_reason: Counter[str] = Counter()
        self.examples: defaultdict[str, list[str]] = defaultdict(list)

    def add(self, where: str, why: str) -> None:
        self.by_reason[why] += 1
        if len(self.examples[why]) < EXAMPLES:
            self.examples[why].append(where)

    @property
    def total(self) -> int:
        return sum(self.by_reason.values())

    def lines(self) -> list[str]:
        """One line per reason, most frequent first."""
        out = []
        for why, n in self.by_reason.most_common():
            shown = ", ".join(self.examples[why])
            more = f" et {n - len(self.examples[why])} autre(s)" if n > len(self.examples[why]) else ""
            out.append(f"{n} fichier(s) ignoré(s) : {why} ({shown}{more})")
        return out
