"""Colour science for the room: contrast (WCAG), colour-vision deficiency and perceived distance.

Qt-free, used by the tests that hold the projector theme to its promises (every text at least
7:1 against what it stands on, line colours apart for the common colour-vision deficiencies)
and by anyone choosing a colour. Colours are "#RRGGBB" strings, as everywhere in the map.

- :func:`contrast` is WCAG 2's contrast ratio of two colours' relative luminances;
- :func:`simulate` is Machado, Oliveira and Fernandes (2009), "A physiologically-based model
  for simulation of color vision deficiency", at full severity, applied in linear sRGB;
- :func:`delta_e` is CIEDE2000 (Sharma, Wu and Dalal 2005) between the CIELAB (D65) values.
"""

from __future__ import annotations

import math
from typing import Final

RGB = tuple[float, float, float]
Matrix = tuple[RGB, RGB, RGB]

# Machado et al. 2009, severity 1.0 (dichromacy), on linear sRGB.
DEFICIENCIES: Final[dict[str, Matrix]] = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def parse(color: str) -> RGB:
    """ "#RRGGBB" as sRGB components from 0 to 1."""
    if len(color) != 7 or color[0] != "#":
        raise ValueError(f"not a #RRGGBB colour: {color!r}")
    return (int(color[1:3], 16) / 255, int(color[3:5], 16) / 255, int(color[5:7], 16) / 255)


def to_hex(rgb: RGB) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02X}" for c in rgb)


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _gamma(c: float) -> float:
    c = max(0.0, min(1.0, c))
    return c * 12.92 if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def linear(color: str) -> RGB:
    r, g, b = parse(color)
    return (_linear(r), _linear(g), _linear(b))


def luminance(color: str) -> float:
    """WCAG relative luminance (0 black … 1 white)."""
    r, g, b = linear(color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 … 21); AAA body text needs 7."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def over(color: str, alpha: float, under: str) -> str:
    """``color`` at ``alpha`` (0 … 1) painted over ``under``: the colour the eye sees."""
    top, bottom = parse(color), parse(under)
    return to_hex(tuple(t * alpha + u * (1 - alpha) for t, u in zip(top, bottom, strict=True)))  # type: ignore[arg-type]


def simulate(color: str, deficiency: str) -> str:
    """How ``color`` looks to someone with ``deficiency`` (a key of :data:`DEFICIENCIES`)."""
    m = DEFICIENCIES[deficiency]
    lin = linear(color)
    out = tuple(_gamma(sum(m[i][k] * lin[k] for k in range(3))) for i in range(3))
    return to_hex(out)  # type: ignore[arg-type]


def lab(color: str) -> RGB:
    """CIELAB (D65 white) of a colour."""
    r, g, b = linear(color)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def delta_e(a: str, b: str) -> float:
    """CIEDE2000 colour difference (about 2.3 is just noticeable; over 10, clearly apart)."""
    return ciede2000(lab(a), lab(b))


def ciede2000(first: RGB, second: RGB) -> float:
    """CIEDE2000 between two CIELAB colours (L*, a*, b*)."""
    l1, a1, b1 = first
    l2, a2, b2 = second
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    c_mean = (c1 + c2) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl, dc = l2 - l1, c2p - c1p
    dh = 0.0
    if c1p * c2p:
        dh = h2p - h1p
        if dh > 180:
            dh -= 360
        elif dh < -180:
            dh += 360
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    else:
        h_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    d_theta = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    rc = 2 * math.sqrt(cp_mean**7 / (cp_mean**7 + 25**7))
    sl = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    sc = 1 + 0.045 * cp_mean
    sh = 1 + 0.015 * cp_mean * t
    rt = -math.sin(math.radians(2 * d_theta)) * rc
    return math.sqrt(
        (dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh)
    )
