#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Seance developers
# SPDX-License-Identifier: GPL-3.0-or-later
# seance export-chart end to end, with no display: PNGs of the exact pixel size, an SVG that parses, and the
# usage errors. Usage: export_chart.sh SEANCE. Needs python3 for the SVG check (scripts/seance-dev.sh installs it).
set -euo pipefail
seance="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# No DISPLAY and no platform: the command must pick the offscreen platform itself.
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
fail() { echo "FAIL: $*" >&2; exit 1; }

# The width and height stored in a PNG's IHDR chunk.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d\n", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'; }

tokens=xrpl-ghost-coin,icp-ghost
# Without --db the default workspace is made from the bundled sample, posts included.
"$seance" export-chart --tokens "$tokens" --out "$work/a.png" >/dev/null || fail "default export"
[ "$(png_size "$work/a.png")" = "1920x1080" ] || fail "default size is 1920x1080 (got $(png_size "$work/a.png"))"

"$seance" export-chart --tokens "$tokens" --size 1080x1080 --scale 2 --theme presenter --title "Ghosts" \
    --from 2025-09-20 --to 2025-10-20 --out "$work/b.png" >/dev/null || fail "square 2x export"
[ "$(png_size "$work/b.png")" = "2160x2160" ] || fail "1080x1080 at 2x is 2160x2160 (got $(png_size "$work/b.png"))"

"$seance" export-chart --tokens "$tokens" --theme light --no-events --no-legend --transparent \
    --title "Ghost tokens" --out "$work/c.svg" >/dev/null || fail "svg export"
python3 - "$work/c.svg" <<'PY' || fail "the SVG parses and holds the title"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag.endswith('svg'), root.tag
text = ''.join(root.itertext())
assert 'Ghost tokens' in text, 'title missing'
assert sum(1 for e in root.iter() if e.tag.endswith('path')) > 0, 'no paths'
PY

# Smoothing: the subtitle names it, and the SVG's text says so.
"$seance" export-chart --tokens "$tokens" --smooth ema:14 --band --min-posts 10 --out "$work/s.svg" >/dev/null \
    || fail "smoothed export"
grep -q "14-day EMA ± standard error" "$work/s.svg" || fail "the smoothed export's subtitle names the EMA and band"

expect_error() {
    local code="$1" pattern="$2"; shift 2
    set +e
    "$seance" export-chart "$@" >/dev/null 2>"$work/err"; local got=$?
    set -e
    [ "$got" -eq "$code" ] || { cat "$work/err"; fail "$* exits $code (got $got)"; }
    grep -q -- "$pattern" "$work/err" || { cat "$work/err"; fail "$* says $pattern"; }
}
expect_error 1 'unknown token "no-such-token"' --tokens xrpl-ghost-coin,no-such-token --out "$work/d.png"
expect_error 2 '\-\-size' --tokens "$tokens" --size 12x34000 --out "$work/d.png"
expect_error 2 '\-\-from' --tokens "$tokens" --from yesterday-ish --to 2025-10-01 --out "$work/d.png"
expect_error 2 '\.png or \.svg' --tokens "$tokens" --out "$work/d.gif"
expect_error 2 '\-\-theme' --tokens "$tokens" --theme neon --out "$work/d.png"
expect_error 2 '\-\-tokens' --out "$work/d.png"
expect_error 2 '\-\-smooth' --tokens "$tokens" --smooth sma:7 --out "$work/d.png"
expect_error 2 '\-\-smooth' --tokens "$tokens" --smooth ma:0 --out "$work/d.png"
expect_error 2 '\-\-min-posts' --tokens "$tokens" --min-posts -3 --out "$work/d.png"
expect_error 2 '\-\-band' --tokens "$tokens" --band --out "$work/d.png"
[ ! -e "$work/d.png" ] && [ ! -e "$work/d.gif" ] || fail "a failed export leaves no file"
echo "export-chart: all checks passed"
