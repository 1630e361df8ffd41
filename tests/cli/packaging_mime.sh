#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Seance developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The shared-mime-info package gives *.seance a type of Seance's own, the desktop entry claims that type and no
# generic SQLite one. Usage: packaging_mime.sh PACKAGING_DIR
set -euo pipefail
packaging="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$work/mime/packages"
cp "$packaging/io.github.seance.Seance.mime.xml" "$work/mime/packages/"
XDG_DATA_DIRS="$work" update-mime-database "$work/mime" 2>"$work/err" || { cat "$work/err"; fail "update-mime-database"; }
[ ! -s "$work/err" ] || { cat "$work/err"; fail "update-mime-database warns"; }
grep -q '^application/x-seance-workspace:\*\.seance$' "$work/mime/globs" || { cat "$work/mime/globs"; fail "*.seance glob"; }
[ -f "$work/mime/application/x-seance-workspace.xml" ] || fail "the type is registered"
# No magic: Seance must not be offered for every SQLite file.
[ ! -s "$work/mime/magic" ] || ! grep -q seance "$work/mime/magic" || fail "the type has magic"

desktop="$packaging/io.github.seance.Seance.desktop"
grep -q '^MimeType=application/x-seance-workspace;$' "$desktop" || fail "the desktop entry claims the type"
grep -q 'sqlite' "$desktop" && fail "the desktop entry claims an SQLite type"
grep -q '^StartupWMClass=' "$desktop" || fail "StartupWMClass"
grep -q '^Exec=seance %f$' "$desktop" || fail "Exec takes a file"
echo "packaging mime: all checks passed"
