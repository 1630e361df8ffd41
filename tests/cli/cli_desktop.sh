#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Seance developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line as a desktop program's: "seance FILE" (the desktop entry's Exec=seance %f), Qt's own options,
# an unknown option refused, and the first start on the sample with the ghost tokens selected.
# The window runs offscreen with SEANCE_BENCH_FIRST_PAINT set, which quits once the workspace is painted.
# Usage: cli_desktop.sh SEANCE
set -euo pipefail
seance="$(realpath "$1")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
settings="$XDG_CONFIG_HOME/seance/seance.conf"
fail() { echo "FAIL: $*" >&2; exit 1; }
# Runs the window until its workspace is painted; fails when it does not get there within 60 s.
window() { SEANCE_BENCH_FIRST_PAINT=1 timeout 60 "$seance" "$@" > "$work/out" 2> "$work/err" \
    && grep -q workspace-paint "$work/out"; }

# Unknown options and commands are usage errors (exit 2) that name the word; nothing opens.
for bad in --frobnicate -frobnicate --db-file; do
    set +e
    "$seance" "$bad" >/dev/null 2>"$work/err"; code=$?
    set -e
    [ "$code" -eq 2 ] || fail "$bad exits 2 (got $code)"
    grep -q -- "Unknown option \"$bad\"" "$work/err" || { cat "$work/err"; fail "$bad: the message names it"; }
done
set +e
"$seance" -platform >/dev/null 2>"$work/err"; code=$?
set -e
[ "$code" -eq 2 ] || fail "-platform without a value exits 2 (got $code)"

# First start: the default workspace is made from the sample and opens with the ghost tokens selected.
window -platform offscreen || { cat "$work/err"; fail "first start reaches a painted workspace"; }
[ -f "$XDG_DATA_HOME/seance/seance/workspace.seance" ] || fail "the default workspace was created"
grep -q 'xrpl-ghost-coin' "$settings" && grep -q 'icp-ghost' "$settings" \
    || { cat "$settings"; fail "the first view selects the ghost tokens"; }

# Qt's options, with one dash or two and with "=", before a workspace FILE given the way a file manager does.
cp "$XDG_DATA_HOME/seance/seance/workspace.seance" "$work/a.seance"
for qt_options in "-platform offscreen -style Fusion" "--platform offscreen --style=Fusion -reverse"; do
    rm -f "$settings"
    # shellcheck disable=SC2086 # the options are meant to split into words
    window $qt_options "$work/a.seance" || { cat "$work/err"; fail "seance $qt_options FILE opens the window"; }
    grep -q "lastDatabase=$work/a.seance" "$settings" || { cat "$settings"; fail "seance $qt_options FILE opens FILE"; }
done
# A relative name is a file in the working folder.
(cd "$work" && rm -f "$settings" && window -platform offscreen b.seance) || { cat "$work/err"; fail "relative FILE"; }
grep -q "lastDatabase=$work/b.seance" "$settings" || { cat "$settings"; fail "relative FILE opens it"; }
# The first start's selection is not forced on a later start that had another one.
grep -q 'xrpl-ghost-coin' "$settings" && fail "the first view is written only on the first start"

# Two workspaces, or a workspace before a command, are usage errors.
for args in "$work/a.seance $work/b.seance" "--db $work/a.seance $work/b.seance" "$work/a.seance stats"; do
    set +e
    # shellcheck disable=SC2086
    "$seance" $args >/dev/null 2>"$work/err"; code=$?
    set -e
    [ "$code" -eq 2 ] || fail "seance $args exits 2 (got $code)"
done
echo "cli desktop: all checks passed"
