"""The descriptions of an hours list too large to hold them: read from the file when shown.

The list of every entry after a whole-career sheet is imported has 400,000
entries and 50 MB of descriptions, none alike; held, they kept the window at
300 MB at rest. Such a list keeps only the texts of the rows lately shown (a
few thousand, by entry id), read a screenful at a time, and per word searched
for which of its entries hold it (one byte each), found in the file on a
worker thread (``HourDescriptionService.matching``).
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping

from ...storage.store_closed import StoreClosed

# Texts kept for the rows lately shown: a few screenfuls, whatever the descriptions' length.
_KEPT_TEXTS = 2_048
# Words whose answer is kept: one byte an entry each (400 kB for 400,000).
_KEPT_WORDS = 32


class StoredDescriptions:
    def __init__(
        self,
        texts: Callable[[Iterable[int]], Mapping[int, str]],
        matching: Callable[[str], set[int]],
    ) -> None:
        self._texts = texts
        self._matching = matching
        self._kept: OrderedDict[int, str] = OrderedDict()
        self._hits: dict[str, bytes] = {}
        self.ids = array("q")  # per position its entry's id: set where the rows load

    def text(self, ident: int) -> str:
        """The description of entry ``ident`` (read now if not kept; "" once it is gone)."""
        known = self._kept.get(ident)
        if known is None:
            self.read([ident])
            known = self._kept.get(ident, "")
        else:
            self._kept.move_to_end(ident)
        return known

    def keeps(self, ident: int) -> bool:
        return ident in self._kept

    def read(self, ids: Iterable[int]) -> None:
        """Keep the descriptions of these entries (the rows about to be shown), in one read."""
        missing = [ident for ident in ids if ident not in self._kept]
        if not missing:
            return
        kept = self._kept
        try:
            kept.update(self._texts(missing))
        except StoreClosed:  # a repaint as the file closes: nothing more to show
            return
        while len(kept) > _KEPT_TEXTS:
            kept.popitem(last=False)

    def texts(self, ids: Iterable[int]) -> Mapping[int, str]:
        """Many at once (an export of the list), not kept."""
        return self._texts(ids)

    def knows(self, word: str) -> bool:
        return word in self._hits

    def hits(self, word: str) -> bytes:
        """Per position 1 where the entry's description holds ``word`` (lower case), else 0."""
        known = self._hits.get(word)
        if known is None:
            found = self._matching(word)
            known = bytes(map(found.__contains__, self.ids))
            if len(self._hits) >= _KEPT_WORDS:
                self._hits.clear()
            self._hits[word] = known
        return known

    def find(self, words: Iterable[str]) -> None:
        """Look these words up (on a worker thread: a search of the file takes a while)."""
        for word in words:
            self.hits(word)
