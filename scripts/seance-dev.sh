#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Seance developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One entry point for a fresh Debian 12 machine:
#   scripts/seance-dev.sh run    install what is missing, build (release), launch Seance on the sample database
#   scripts/seance-dev.sh test   the same setup, then the whole test suite, headless
#   scripts/seance-dev.sh bench  the same setup, then the benchmarks in tests/bench
#   scripts/seance-dev.sh package  the .deb (build/package/seance_VERSION_amd64.deb), checked by lintian when present
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ make pkg-config qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-svg-dev
          qt6-tools-dev qt6-l10n-tools nlohmann-json3-dev libsqlite3-dev libgl-dev fonts-noto-cjk fonts-noto-color-emoji
          qt6-qpa-plugins desktop-file-utils appstream python3)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset release >/dev/null
    # "run" builds only what it launches; the tests and benchmarks wait for "test" and "bench".
    cmake --build --preset release -j2 "$@"
}

mode="${1:-run}"
install_missing
case "$mode" in
run) build --target seance ;;
package) ;;
*) build ;;
esac
case "$mode" in
run)
    shift || true
    exec ./build/release/app/seance "$@"
    ;;
test)
    QT_QPA_PLATFORM=offscreen ctest --preset release -j2
    ;;
bench)
    QT_QPA_PLATFORM=offscreen ctest --test-dir build/release -L bench -V
    ;;
package)
    # Its own build folder: release, hardening flags on, no tests.
    cmake -S . -B build/package -DCMAKE_BUILD_TYPE=Release -DSEANCE_HARDENING=ON -DSEANCE_BUILD_TESTS=OFF \
          -DSEANCE_BUILD_BENCHMARKS=OFF >/dev/null
    cmake --build build/package -j2
    (cd build/package && cpack -G DEB)
    deb=$(ls build/package/seance_*_amd64.deb)
    bash tests/cli/package_layout.sh "$deb"
    if command -v lintian >/dev/null; then
        lintian --fail-on error --info "$deb" # warnings left are explained in packaging/README.md
    fi
    echo "$deb"
    ;;
*)
    echo "usage: $0 run|test|bench|package" >&2
    exit 2
    ;;
esac
