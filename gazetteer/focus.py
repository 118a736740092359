"""What a document is about: shares of countries and divisions, voted by its names and demonyms."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

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
        self._cache: dict[str, _Shares] = {}

    def vote(self, key: str, cc: str | None, admin1: str | None, weight: float) -> None:
        """One vote of the name ``key``: for the country ``cc`` and, if given, its division ``admin1``."""
        self.vote_name(key, ((cc, admin1, weight),))

    def vote_name(self, key: str, votes: Iterable[tuple[str | None, str | None, float]]) -> None:
        """Every vote of the name ``key``, as ``(cc, admin1, weight)``: see :meth:`vote`."""
        own = self.by_key.get(key)
        if own is None:
            own = self.by_key[key] = (Counter(), Counter())
        own_votes, own_admin = own
        # a plain ``get``: a new key makes no ``Counter.__missing__`` call
        for cc, admin1, weight in votes:
            if cc:
                self.votes[cc] = self.votes.get(cc, 0) + weight
                own_votes[cc] = own_votes.get(cc, 0) + weight
                if admin1:
                    division = (cc, admin1)
                    self.admin_votes[division] = self.admin_votes.get(division, 0) + weight
                    own_admin[division] = own_admin.get(division, 0) + weight

    def without(self, key: str, countries: Iterable[str] | None = None
                ) -> tuple[dict[str, float], dict[tuple, float]]:
        """Country and division shares of the document's other names.

        A story about Israel is near Gaza and Lebanon too: borders pass on part of the focus.
        That part is worked out for ``countries`` only, those whose shares the caller reads
        (its candidates' countries); ``None``: for every country.
        """
        shares = self._cache.get(key)
        if shares is None:
            own, own_admin = self.by_key.get(key) or _NO_VOTES
            shares = self._cache[key] = _Shares(self.votes, own, self.admin_votes, own_admin)
        if countries is None:
            countries = {n for cc, _ in shares.voted for n in self.neighbours.get(cc, ())}
        for cc in countries:
            shares.border(cc, self.neighbours, self.neighbour_share)
        return shares.countries, shares.divisions


class _Shares:
    """The focus of a document's other names, as one of its names sees it (:meth:`DocumentFocus.without`)."""

    __slots__ = ("_bordered", "countries", "divisions", "voted")

    def __init__(self, votes: Counter, own: Counter, admin_votes: Counter, own_admin: Counter) -> None:
        votes = _minus(votes, own)
        admins = _minus(admin_votes, own_admin)
        total = sum(votes.values()) or 1.0
        atotal = sum(admins.values()) or 1.0
        #: each country's share of the other names' votes, in voting order
        self.voted = [(cc, v / total) for cc, v in votes.items()]
        self.countries = dict(self.voted)  #: the shares with their neighbours' part, once :meth:`border` gave it
        self.divisions = {k: v / atotal for k, v in admins.items()}
        self._bordered: set[str] = set()

    def border(self, cc: str, neighbours: dict[str, frozenset[str]], share_of: float) -> None:
        """Give ``cc`` part of the shares of the countries it borders (at most ``share_of``)."""
        if cc in self._bordered:
            return
        self._bordered.add(cc)
        extra = None
        for other, share in self.voted:
            if cc in neighbours.get(other, ()):
                extra = (0 if extra is None else extra) + share_of * share
        if extra is not None:
            self.countries[cc] = max(self.countries.get(cc, 0.0), min(extra, share_of))


def _minus(votes: Counter, own: Counter) -> dict:
    """``votes`` less ``own``, keeping the positive entries (a plain ``get``: no ``Counter.__missing__`` calls).

    When every vote is positive, only the entries ``own`` lowers can change: the rest is a copy, in
    the same order (the order the shares are summed in).
    """
    if votes and min(votes.values()) > 1e-9:
        out = dict(votes)
        for k, v in own.items():
            if k in out:
                rest = out[k] - v
                if rest > 1e-9:
                    out[k] = rest
                else:
                    del out[k]
        return out
    out = {}
    own_get = own.get
    for k, v in votes.items():
        rest = v - own_get(k, 0)
        if rest > 1e-9:
            out[k] = rest
    return out
