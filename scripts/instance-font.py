#!/usr/bin/env python3
"""Makes app/fonts/inter-latin-wght-400-800.woff2 from the variable Inter of @fontsource-variable/inter.

The site sets text at weights 400 (normal) to 800 (extrabold) only; the published font spans 100 to 900, and the
outline deltas for the unused range cost 11 KB of the 48 KB every reader downloads before the first paint (the
layout preloads it). Limiting the weight axis keeps every glyph, feature and weight in use, identical.

Run after updating @fontsource-variable/inter (needs Debian's python3-fonttools and python3-brotli):
    /usr/bin/python3 scripts/instance-font.py
scripts/font-file.test.ts checks the result.
"""
from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2"
TARGET = ROOT / "app/fonts/inter-latin-wght-400-800.woff2"

font = instancer.instantiateVariableFont(TTFont(SOURCE), {"wght": (400, 800)})
font.flavor = "woff2"
font.save(TARGET)
print(f"{TARGET.relative_to(ROOT)}: {TARGET.stat().st_size} bytes (from {SOURCE.stat().st_size})")
