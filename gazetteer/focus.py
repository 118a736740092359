"""What a document is about: shares of countries and divisions, voted by its names and demonyms."""

from __future__ import annotations

from collections import Counter

_NO_VOTES: tuple[Counter, Counter] = (Counter(), Counter())


class DocumentFocus:
    """What the document is about: country and division shares from its names and demonyms.

    A mention is judged by the *other* names of the document (:meth:`without`): its
    own candidates must not vote for themselves ("Gaza" alone would otherwise make
    a story about Israel a story about Mozambique's Gaza province).
    """

    def __init__(self, neighbours: dict[str, frozenset[str]], neighbour_share: float) -> None:
        self.neighbours = neighbours
        self.neighbour_share = neighbour_share
        self.votes: Counter = Counter()
        self.admin_votes: Counter = Counter()
        self.by_key: dict[str, tuple[Counter, Counter]] = {}
        self._cache: dict[str, tuple[dict, dict]] = {}

    def vote(self, key: str, cc: str | None, admin1: str | None, weight: float) -> None:
        own = self.by_key.get(key)
        if own is None:
            own = self.by_key[key] = (Counter(), Counter())
        if cc:
            self.votes[cc] += weight
            own[0][cc] += weight
            if admin1:
                self.admin_votes[(cc, admin1)] += weight
                own[1][(cc, admin1)] += weight

    def without(self, key: str) -> tuple[dict[str, float], dict[tuple, float]]:
        """Country and division shares of the document's other names."""
        if key in self._cache:
            return self._cache[key]
        own, own_admin = self.by_key.get(key) or _NO_VOTES
        votes = _minus(self.votes, own)
        admins = _minus(self.admin_votes, own_admin)
        total = sum(votes.values()) or 1.0
        atotal = sum(admins.values()) or 1.0
        countries = {cc: v / total for cc, v in votes.items()}
        # a story about Israel is near Gaza and Lebanon too: borders pass on part of the focus
        near: dict[str, float] = {}
        share_of = self.neighbour_share
        for cc, share in countries.items():
            for n in self.neighbours.get(cc, ()):
                near[n] = near.get(n, 0) + share_of * share
        for cc, extra in near.items():
            countries[cc] = max(countries.get(cc, 0.0), min(extra, share_of))
        result = (countries, {k: v / atotal for k, v in admins.items()})
        self._cache[key] = result
        return result


def _minus(votes: Counter, own: Counter) -> dict:
    """``votes`` less ``own``, keeping the positive entries (a plain ``get``: no ``Counter.__missing__`` calls)."""
    out = {}
    own_get = own.get
    for k, v in votes.items():
        rest = v - own_get(k, 0)
        if rest > 1e-9:
            out[k] = rest
    return out
