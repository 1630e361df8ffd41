#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Seance developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the .deb into a scratch root with dpkg -x and checks its name, control fields and layout, and that
# the installed program runs. Needs the packaging build (scripts/seance-dev.sh package); skipped (77) without it.
# Usage: package_layout.sh DEB
set -euo pipefail
deb="$1"
[ -f "$deb" ] || { echo "SKIP: no $deb; run scripts/seance-dev.sh package first"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

version=$(dpkg-deb -f "$deb" Version)
[ "$(basename "$deb")" = "seance_${version}_amd64.deb" ] || fail "named the Debian way (got $(basename "$deb"))"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = seance ] || fail "Package"
[ "$(field Architecture)" = amd64 ] || fail "Architecture"
[ "$(field Section)" = science ] || fail "Section"
field Maintainer | grep -Eq '^[^<]+ <[^@ ]+@[^> ]+>$' || fail "Maintainer is 'Name <address>' (got $(field Maintainer))"
field Homepage | grep -q '^https://' || fail "Homepage"
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6charts6 libqt6widgets6 libsqlite3-0; do
    field Depends | grep -q "$dep" || fail "Depends names $dep (got $(field Depends))"
done
for font in fonts-noto-cjk fonts-noto-color-emoji; do
    field Recommends | grep -q "$font" || fail "Recommends $font"
done
[ "$(field Description | sed -n '2,$p' | wc -l)" -ge 3 ] || fail "an extended description"

dpkg -x "$deb" "$work/root"
root="$work/root"
for path in usr/bin/seance \
            usr/share/applications/io.github.seance.Seance.desktop \
            usr/share/metainfo/io.github.seance.Seance.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/io.github.seance.Seance.svg \
            usr/share/mime/packages/io.github.seance.Seance.xml \
            usr/share/man/man1/seance.1.gz \
            usr/share/doc/seance/copyright \
            usr/share/doc/seance/changelog.gz; do
    [ -f "$root/$path" ] || fail "$path is installed"
done
# Nothing outside /usr, nothing from the build tree (headers, static libraries, tests).
unexpected=$(cd "$root" && find . -type f | grep -v '^\./usr/' || true)
[ -z "$unexpected" ] || fail "files outside /usr: $unexpected"
(cd "$root" && find . -name '*.a' -o -name '*.h' -o -name 'tst_*' | grep -q .) && fail "build files in the package"
# Stripped, and built with the hardening flags.
readelf -S "$root/usr/bin/seance" | grep -q '\.symtab' && fail "the binary is not stripped"
readelf -d "$root/usr/bin/seance" | grep -q 'BIND_NOW' || fail "linked with -z now"
readelf -l "$root/usr/bin/seance" | grep -q 'GNU_RELRO' || fail "linked with -z relro"
readelf -h "$root/usr/bin/seance" | grep -q 'DYN' || fail "a position-independent executable"
gzip -t "$root/usr/share/man/man1/seance.1.gz" || fail "the man page is gzip"
zcat "$root/usr/share/man/man1/seance.1.gz" | grep -q '^\.TH SEANCE 1' || fail "the man page"

# The installed program runs on the system's Qt.
"$root/usr/bin/seance" --version | grep -q "^seance $version" || fail "the installed seance runs"
echo "package layout: all checks passed"
