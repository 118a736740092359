"""A progress bar on stderr (tqdm) that the library can switch off."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def bar(desc: str, *, enabled: bool = True, total: int | None = None, unit: str = "rows") -> Iterator[Callable[[str, int], None]]:
    """Yield ``tick(stage, n)``: advance by ``n`` and show ``stage`` beside the bar."""
    if not enabled:
        yield lambda stage, n: None
        return
    from tqdm import tqdm

    with tqdm(desc=desc, total=total, unit=unit, unit_scale=True, leave=False) as pbar:
        def tick(stage: str, n: int) -> None:
            pbar.set_postfix_str(stage, refresh=False)
            pbar.update(n)

        yield tick
