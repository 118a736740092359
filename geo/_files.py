"""Atomic output files: write beside the target, then :func:`os.replace`.

A reader never sees a half-written export: the data goes to a hidden temporary
file in the destination folder (same file system, so the rename is atomic) and
only a complete file is moved over the target. Any :class:`OSError` on the way
becomes :class:`gazetteer.exc.ExportError`, and the temporary file is removed.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from gazetteer.exc import ExportError

__all__ = ["atomic_output", "atomic_write_text"]


@contextmanager
def atomic_output(path: str | os.PathLike[str], *, what: str = "file") -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder; move it over ``path`` on success.

    The temporary name keeps ``path``'s suffix, so drivers that infer the format
    from the extension (GDAL) still do. On error the temporary file is deleted and
    the target is left as it was.

    Parameters
    ----------
    path
        The final output file.
    what
        A word for error messages ("GeoJSON", "map", ...).

    Raises
    ------
    gazetteer.exc.ExportError
        When the folder does not exist or a write or the rename fails.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> with atomic_output(out) as tmp:
    ...     _ = tmp.write_text("done")
    >>> out.read_text()
    'done'
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"cannot write {what} {target}: folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=f".tmp{target.suffix}", dir=folder)
        os.close(fd)
    except OSError as err:
        raise ExportError(f"cannot write {what} {target}: {err.strerror or err}") from err
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual permissions
        os.replace(tmp, target)
    except OSError as err:
        if isinstance(err, ExportError):
            raise
        raise ExportError(f"cannot write {what} {target}: {err.strerror or err}") from err
    finally:
        sidecars = (tmp.with_name(tmp.name + end) for end in ("-journal", "-wal", "-shm"))  # SQLite (GPKG)
        for leftover in (tmp, *sidecars):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass
            except OSError:  # pragma: no cover - best effort cleanup
                pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_text(path: str | os.PathLike[str], text: str, *, what: str = "file") -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically and return the path.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "b.txt"
    >>> atomic_write_text(out, "héllo").read_text(encoding="utf-8")
    'héllo'
    """
    target = Path(path)
    with atomic_output(target, what=what) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    return target
