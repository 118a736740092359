"""How each incident type looks: colour, glyph, label, and the inline SVG icon.

Icons are inline SVG (a coloured disc with a white ring and a white pictogram),
so the map needs no icon font and no image request. The white ring and a dark
drop shadow keep them readable on light and dark basemaps. ``"None"`` places
(only mentioned) are drawn smaller, grey and semi-transparent.

Examples
--------
>>> style_for("Battles").colour
'#c62828'
>>> style_for("Something new").label
'Something new'
>>> "<svg" in icon_svg("Protests")
True
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

__all__ = ["TypeStyle", "TYPE_STYLES", "TYPE_ORDER", "NONE_TYPE", "style_for", "icon_svg", "type_slug"]

NONE_TYPE = "None"


@dataclass(frozen=True, slots=True)
class TypeStyle:
    """Look of one incident type on the map."""

    incident_type: str
    label: str  #: text in the legend and layer control
    colour: str  #: disc fill
    glyph: str  #: SVG elements drawn in a 24x24 box, white
    size: int = 26  #: icon size in pixels
    opacity: float = 1.0

    @property
    def slug(self) -> str:
        return type_slug(self.incident_type)


_STROKE = 'fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"'
_FILL = 'fill="#fff"'


def _star() -> str:
    import math

    points = []
    for i in range(16):
        radius = 10.0 if i % 2 == 0 else 4.2
        angle = math.pi * i / 8 - math.pi / 2
        points.append(f"{12 + radius * math.cos(angle):.1f},{12 + radius * math.sin(angle):.1f}")
    return f'<polygon {_FILL} points="{" ".join(points)}"/>'


#: ACLED event types plus Displacement and None, in legend order.
TYPE_STYLES: dict[str, TypeStyle] = {
    style.incident_type: style
    for style in (
        TypeStyle(
            "Battles",
            "Battles",
            "#c62828",
            f'<path {_STROKE} d="M5 5L17 17M19 5L7 17M13 19L19 13M5 13L11 19"/>',
        ),
        TypeStyle("Explosions/Remote violence", "Explosions/Remote violence", "#e65100", _star()),
        TypeStyle(
            "Violence against civilians",
            "Violence against civilians",
            "#6a1b9a",
            f'<circle {_FILL} cx="12" cy="7" r="3.6"/>'
            f'<path {_FILL} d="M5.5 20.5C5.5 14 18.5 14 18.5 20.5Z"/>',
        ),
        TypeStyle(
            "Protests",
            "Protests",
            "#1565c0",
            f'<path {_FILL} d="M3.5 9.5H8L17 5V19L8 14.5H3.5Z"/><path {_STROKE} d="M6 15L8 20M20 9.5V14.5"/>',
        ),
        TypeStyle(
            "Riots",
            "Riots",
            "#795548",
            f'<path {_FILL} d="M12 2.5C13 7.5 18.5 9 17.8 15C17.3 19 14.8 21.5 12 21.5C8.8 21.5 6.2 19 6.4 15.3'
            f'C6.6 12 9.5 10.8 9.8 7.8C11.3 9.3 11.6 11.2 11.4 12.2C13.2 10.2 12.9 6 12 2.5Z"/>',
        ),
        TypeStyle(
            "Strategic developments",
            "Strategic developments",
            "#2e7d32",
            f'<path {_STROKE} d="M6.5 3.5V20.5"/><path {_FILL} d="M7.5 4.5H18.5L15.5 8.75L18.5 13H7.5Z"/>',
        ),
        TypeStyle(
            "Displacement",
            "Displacement",
            "#00838f",
            f'<path {_STROKE} d="M3.5 12H18M13 6.5L19 12L13 17.5"/>',
        ),
        TypeStyle(
            NONE_TYPE,
            "None (only mentioned)",
            "#757575",
            f'<circle {_FILL} cx="12" cy="12" r="4"/>',
            size=18,
            opacity=0.7,
        ),
    )
}

#: Legend and layer order; unknown types come after these, alphabetically.
TYPE_ORDER: tuple[str, ...] = tuple(TYPE_STYLES)

_UNKNOWN_COLOUR = "#37474f"
_UNKNOWN_GLYPH = f'<path {_FILL} d="M12 4.5L19.5 12L12 19.5L4.5 12Z"/>'


def type_slug(incident_type: str) -> str:
    """A CSS-safe slug: ``"Explosions/Remote violence"`` -> ``"explosions-remote-violence"``.

    >>> type_slug("Violence against civilians"), type_slug("<b>")
    ('violence-against-civilians', 'b')
    """
    return re.sub(r"[^a-z0-9]+", "-", incident_type.lower()).strip("-") or "other"


def style_for(incident_type: str) -> TypeStyle:
    """The :class:`TypeStyle` of a type; unknown types get a neutral slate diamond."""
    style = TYPE_STYLES.get(incident_type)
    if style is not None:
        return style
    return TypeStyle(incident_type, incident_type, _UNKNOWN_COLOUR, _UNKNOWN_GLYPH)


def type_sort_key(incident_type: str) -> tuple[int, str]:
    """Sort key: known types in :data:`TYPE_ORDER`, then unknown ones, ``None`` last."""
    if incident_type == NONE_TYPE:
        return (2, "")
    if incident_type in TYPE_STYLES:
        return (0, f"{TYPE_ORDER.index(incident_type):03d}")
    return (1, incident_type.lower())


def icon_svg(incident_type: str, size: int | None = None) -> str:
    """Inline SVG of a type's icon (escaped title, fixed markup otherwise).

    >>> icon_svg("None").startswith('<svg class="im-icon im-icon-none"')
    True
    """
    style = style_for(incident_type)
    px = size or style.size
    return (
        f'<svg class="im-icon im-icon-{style.slug}" width="{px}" height="{px}" viewBox="0 0 26 26" '
        f'aria-label="{html.escape(style.label)}" role="img" opacity="{style.opacity:g}">'
        f'<circle cx="13" cy="13" r="11.5" fill="{style.colour}" stroke="#fff" stroke-width="2"/>'
        f'<g transform="translate(4 4) scale(0.75)">{style.glyph}</g></svg>'
    )
