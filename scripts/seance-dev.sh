#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Seance developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One entry point for a fresh Debian 12 machine:
#   scripts/seance-dev.sh run    install what is missing, build (release), launch Seance on the sample database
#   scripts/seance-dev.sh test   the same setup, then the whole test suite, headless
#   scripts/seance-dev.sh bench  the same setup, then the benchmarks in tests/bench
#   scripts/seance-dev.sh asan   the unit and command-line tests under AddressSanitizer + UBSan (preset asan)
#   scripts/seance-dev.sh fuzz [SECONDS]   build the libFuzzer targets (preset fuzz) and run each for SECONDS
#                                (default 60), two at a time; corpora are kept in build/fuzz/corpus
#   scripts/seance-dev.sh package  the .deb (build/package/seance_VERSION_amd64.deb), checked by lintian when present
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ make pkg-config qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-svg-dev
          qt6-tools-dev qt6-l10n-tools nlohmann-json3-dev libsqlite3-dev libgl-dev fonts-noto-cjk fonts-noto-color-emoji
          qt6-qpa-plugins desktop-file-utils appstream python3 clang-format
          libmecab-dev mecab-ipadic-utf8)
packages+=(libzstd-dev libzip-dev) # Reddit .zst dumps; X archive .zip files
packages+=(ccache clang libclang-rt-14-dev) # sanitizer and fuzz builds
packages+=(qt6-translations-l10n) # Qt's own dialog strings in Korean and Japanese (qtbase_ko.qm, qtbase_ja.qm)

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

# The sanitizer and fuzz builds are separate trees that rebuild everything with other flags: ccache keeps a
# second run cheap.
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

mode="${1:-run}"
install_missing
case "$mode" in
run) build --target seance ;;
asan | fuzz | package) ;;
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
    SEANCE_BENCH=1 QT_QPA_PLATFORM=offscreen ctest --test-dir build/release -L bench -V
    ;;
asan)
    cmake --preset asan "${launcher[@]}" >/dev/null
    cmake --build --preset asan -j2 --target seance_unit_cli_tests # only what the unit and CLI tests run
    ctest --preset asan -j2
    ;;
fuzz)
    cmake --preset fuzz "${launcher[@]}" >/dev/null
    cmake --build --preset fuzz -j2 --target seance_fuzz_targets
    bash tests/fuzz/run-fuzzers.sh build/fuzz "${2:-60}" build/fuzz/corpus 2
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
    echo "usage: $0 run|test|bench|asan|fuzz [SECONDS]|package" >&2
    exit 2
    ;;
esac
