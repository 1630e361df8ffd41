#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Seance developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every fuzz target listed in BUILD/tests/fuzz/fuzz-targets.txt (written by tests/fuzz/CMakeLists.txt) for
# SECONDS each, PARALLEL at a time, with its dictionary, its seeds and bounded memory, and prints per target the
# executions, libFuzzer's cov: and whether it found anything. Exit status 1 when any target crashed, leaked, broke a
# property or timed out; the input that did it is saved as CORPUS_ROOT/findings/<target>-crash-….
#
#   tests/fuzz/run-fuzzers.sh BUILD SECONDS CORPUS_ROOT [PARALLEL] [TARGET...]
#
# CORPUS_ROOT/<target> is the corpus: kept between runs (scripts/seance-dev.sh fuzz) or fresh (.ci/run).
set -uo pipefail
build=$1 seconds=$2 root=$3 parallel=${4:-2}
shift $(( $# < 4 ? $# : 4 ))
only=("$@")
list="$build/tests/fuzz/fuzz-targets.txt"
[ -r "$list" ] || { echo "no fuzz target list at $list: configure with --preset fuzz first" >&2; exit 2; }
mkdir -p "$root/findings" "$root/logs"
# ASan keeps freed memory in a quarantine (256 MB by default) that counts against -rss_limit_mb; a smaller one still
# catches use-after-free of recent frees and leaves the 512 MB to the target.
export ASAN_OPTIONS="${ASAN_OPTIONS:-quarantine_size_mb=64}"

run_one() {
    local name=$1 binary=$2 dict=$3 seeds=$4 flags=$5
    mkdir -p "$root/$name"
    # -timeout: an input that takes this long under ASan is a hang, which counts as a finding.
    # shellcheck disable=SC2086 # flags: the target's own libFuzzer options, space-separated (may be empty)
    "$binary" -rss_limit_mb=512 -timeout=30 -max_total_time="$seconds" -print_final_stats=1 $flags \
        -dict="$dict" -artifact_prefix="$root/findings/$name-" "$root/$name" "$seeds" \
        >"$root/logs/$name.log" 2>&1
    echo $? >"$root/logs/$name.status"
}

names=()
while IFS=$'\t' read -r name binary dict seeds flags; do
    [ -n "$name" ] || continue
    if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " == *" $name "* ]]; then continue; fi
    names+=("$name")
    while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do wait -n; done
    echo "fuzzing $name for ${seconds}s"
    run_one "$name" "$binary" "$dict" "$seeds" "${flags:-}" &
done <"$list"
wait

failed=0
printf '%-22s %12s %8s %8s %s\n' target executions cov ft result
for name in "${names[@]}"; do
    log="$root/logs/$name.log"
    status=$(cat "$root/logs/$name.status" 2>/dev/null || echo 99)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    result=ok
    if [ "$status" != 0 ]; then
        result="FAILED (exit $status; see $log)"
        failed=1
        grep -m3 -E 'ERROR: |property broken|runtime error' "$log" | sed 's/^/    /'
    fi
    printf '%-22s %12s %8s %8s %s\n' "$name" "${runs:-?}" "${cov:-?}" "${ft:-?}" "$result"
done
exit $failed
