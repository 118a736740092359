"""Rivers drawn where the story meets them.

A river is hundreds of kilometres long; its one representative point says little about
where a story's ``on the banks of the Niger near Gao`` or ``crossed the Sobat into
Ethiopia`` happens. The gazetteer keeps a coarse course for the major rivers (vertices from
source to mouth, ``gazetteer/data/water.json``); a river mention is drawn at the point of its
course nearest the story's towns, when one of them lies on its banks, and at its
representative point otherwise.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .index import haversine_km

Course = Sequence[tuple[float, float]]


def nearest_on_course(course: Course, lat: float, lon: float) -> tuple[float, float, float]:
    """The point of a course nearest ``(lat, lon)``, and its distance in km.

    Each segment is projected in a plane tangent at the query point (metres east and
    north), exact enough for segments of a few hundred kilometres.

    Parameters
    ----------
    course
        The river's vertices as ``(lat, lon)``, in order.
    lat, lon
        The point to draw the river near.

    Returns
    -------
    tuple of float
        ``(lat, lon, km)`` of the nearest point of the course.

    Examples
    --------
    >>> lat, lon, km = nearest_on_course([(10.0, 0.0), (10.0, 2.0)], 10.5, 1.0)
    >>> round(lat, 3), round(lon, 3), round(km)
    (10.0, 1.0, 56)
    >>> nearest_on_course([(10.0, 0.0), (10.0, 2.0)], 10.0, 3.0)[:2]
    (10.0, 2.0)
    """
    scale = math.cos(math.radians(lat))

    def plane(p: tuple[float, float]) -> tuple[float, float]:
        return (p[1] - lon) * scale, p[0] - lat

    best: tuple[float, float, float] | None = None
    points = [plane(p) for p in course]
    for (ax, ay), (bx, by), a, b in zip(points, points[1:], course, course[1:]):
        dx, dy = bx - ax, by - ay
        span = dx * dx + dy * dy
        t = 0.0 if span == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / span))
        near = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
        km = haversine_km(lat, lon, *near)
        if best is None or km < best[2]:
            best = (near[0], near[1], km)
    if best is None:  # a course of one vertex
        return course[0][0], course[0][1], haversine_km(lat, lon, *course[0])
    return best
