#!/usr/bin/env python3
"""Draws the connector's icons (a white key on a blue rounded square) as PNGs.

Run once when the design changes; the PNGs are committed and compiled into the core
library (which has no QtGui to draw them). Standard library only: zlib + struct.
    python3 resources/connector/make-icons.py
"""
import os
import struct
import zlib

SIZES = (16, 20, 24, 32, 40, 48, 64)
BLUE = (0x1F, 0x5F, 0xAF)
WHITE = (0xFF, 0xFF, 0xFF)
SUPERSAMPLE = 4


def inside_rounded_square(x, y, radius):
    # x, y in [0, 1]; corners rounded with the given radius
    cx = min(max(x, radius), 1 - radius)
    cy = min(max(y, radius), 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def inside_key(x, y):
    # Bow: a ring centred left of middle; shaft to the right with two teeth.
    bx, by = 0.33, 0.5
    d2 = (x - bx) ** 2 + (y - by) ** 2
    if 0.09 ** 2 <= d2 <= 0.19 ** 2:
        return True
    if 0.50 <= x <= 0.84 and 0.45 <= y <= 0.55:
        return True
    if 0.66 <= x <= 0.73 and 0.55 <= y <= 0.68:
        return True
    if 0.77 <= x <= 0.84 and 0.55 <= y <= 0.64:
        return True
    return False


def pixel(px, py, size):
    n = SUPERSAMPLE
    cover = key = 0
    for sy in range(n):
        for sx in range(n):
            x = (px + (sx + 0.5) / n) / size
            y = (py + (sy + 0.5) / n) / size
            if inside_rounded_square(x, y, 0.2):
                cover += 1
                if inside_key(x, y):
                    key += 1
    if cover == 0:
        return (0, 0, 0, 0)
    t = key / cover
    rgb = tuple(round(b * (1 - t) + w * t) for b, w in zip(BLUE, WHITE))
    return rgb + (round(255 * cover / (n * n)),)


def png(size):
    rows = b""
    for py in range(size):
        rows += b"\x00" + b"".join(bytes(pixel(px, py, size)) for px in range(size))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for s in SIZES:
        with open(os.path.join(here, "icon%d.png" % s), "wb") as f:
            f.write(png(s))
