"""Where the gazetteer lives: ``$INCIDENTMAP_HOME`` or the user cache dir."""

from __future__ import annotations

import os
from pathlib import Path

INDEX_NAME = "gazetteer.sqlite"


def home() -> Path:
    """The incidentmap data folder (``$INCIDENTMAP_HOME``, else the platform cache dir)."""
    env = os.environ.get("INCIDENTMAP_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("incidentmap", appauthor=False))


def default_index_path() -> Path:
    return home() / INDEX_NAME
