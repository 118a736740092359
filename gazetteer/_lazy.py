"""Package exports that load their module on first use (PEP 562 ``__getattr__``).

``import geo`` or ``import maps`` must stay cheap (the ``parse`` command starts in a
quarter of a second); geopandas, folium, geopy and Playwright load only when a name
that needs them is used, and a missing optional dependency says what to install.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def lazy_exports(package: str, lazy: dict[str, str], needs: dict[str, str] | None = None
                 ) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``(__getattr__, __dir__)`` for ``package``.

    Parameters
    ----------
    package
        The package's ``__name__``.
    lazy
        Exported name -> module to import it from (absolute, or relative with a leading dot).
    needs
        Top-level module a lazy import may miss -> the pip requirement to name in the error.

    Examples
    --------
    >>> getattr_, dir_ = lazy_exports("json", {"dumps": "json"})
    >>> getattr_("dumps")({"a": 1}), "dumps" in dir_()
    ('{"a": 1}', True)
    """
    needs = needs or {}

    def __getattr__(name: str) -> Any:
        module = lazy.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        try:
            value = getattr(import_module(module, package), name)
        except ModuleNotFoundError as err:
            missing = (err.name or "").split(".")[0]
            if missing not in needs:
                raise
            raise ImportError(f"{package}.{name} needs {needs[missing]}: pip install '{needs[missing]}'") from err
        import sys

        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        import sys

        return sorted(set(vars(sys.modules[package])) | set(lazy))

    return __getattr__, __dir__
