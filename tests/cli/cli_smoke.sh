#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Seance developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Drives the real seance executable as a user would: import, stats, export round trip, and a malformed
# import that must leave the database byte-identical. Usage: cli_smoke.sh SEANCE SOURCE_DIR
set -euo pipefail
seance="$1"
source_dir="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen
fail() { echo "FAIL: $*" >&2; exit 1; }

"$seance" --version | grep -q '^seance ' || fail "--version"
"$seance" --help | grep -q 'import' || fail "--help lists the commands"
set +e
"$seance" no-such-command >/dev/null 2>"$work/err"; code=$?
set -e
[ "$code" -eq 2 ] || fail "unknown command exits 2 (got $code)"
grep -q 'Unknown command' "$work/err" || fail "unknown command message"

db="$work/x.seance"
"$seance" --db "$db" import "$source_dir/resources/sample/summoning-ghosts.json" >/dev/null
"$seance" --db "$db" stats > "$work/stats"
grep -Eq 'tokens[^0-9]*7' "$work/stats" || { cat "$work/stats"; fail "stats counts 7 tokens"; }
grep -Eq 'narratives[^0-9]*5' "$work/stats" || fail "stats counts 5 narratives"
grep -Eq 'posts_unscored[^0-9]*[0-9]' "$work/stats" || fail "stats counts the unscored posts"

printf '%s\n' '{"id": "p1", "time": "2025-10-02T10:00:00Z", "token": "icp-ghost", "text": "IC GHOST to the moon"}' \
    '{"id": "p1", "time": "2025-10-02T11:00:00Z", "token": "icp-ghost", "text": "the same id again"}' > "$work/posts.jsonl"
"$seance" --db "$db" import "$work/posts.jsonl" > "$work/posts.out" || fail "posts import"
grep -q "1 duplicate" "$work/posts.out" || { cat "$work/posts.out"; fail "duplicate counted"; }
# series: a known token gives CSV, an unknown one a clear error and exit status 1.
"$seance" --db "$db" series --token icp-ghost --granularity day | grep -Eq '^[0-9-]+T[0-9:]+Z,' \
    || fail "series prints the token's daily buckets"
set +e
"$seance" --db "$db" series --token no-such-token >/dev/null 2>"$work/err"; code=$?
set -e
[ "$code" -eq 1 ] || fail "series of an unknown token exits 1 (got $code)"
grep -q 'Unknown token "no-such-token"' "$work/err" || fail "series names the unknown token"

# The examples in docs/posts-format.md import into the sample as they are, and score as documented there.
"$seance" --db "$db" import "$source_dir/docs/examples/posts.jsonl" > "$work/ex.out" || fail "docs/examples/posts.jsonl"
grep -q "posts        3 (0 duplicates" "$work/ex.out" || { cat "$work/ex.out"; fail "the JSONL example's 3 posts"; }
"$seance" --db "$db" import "$source_dir/docs/examples/posts.csv" > "$work/ex.out" || fail "docs/examples/posts.csv"
grep -q "posts        2 (0 duplicates" "$work/ex.out" || { cat "$work/ex.out"; fail "the CSV example's 2 posts"; }

# Rescoring: nothing moves with the same scorer; an extra lexicon that turns "wagmi" negative moves the posts
# that say it, and a lexicon file that is not one is refused with its line.
"$seance" --db "$db" rescore > "$work/rescore.out" || fail "rescore"
grep -q "0 changed" "$work/rescore.out" || { cat "$work/rescore.out"; fail "rescore with the same scorer changes nothing"; }
printf 'wagmi\t-5\n' > "$work/lexicon.tsv"
"$seance" --db "$db" rescore --lexicon "$work/lexicon.tsv" > "$work/rescore.out" || fail "rescore --lexicon"
grep -q " 0 changed" "$work/rescore.out" && { cat "$work/rescore.out"; fail "an extra lexicon changes scores"; }
printf 'wagmi\tvery\n' > "$work/bad-lexicon.tsv"
set +e
"$seance" --db "$db" rescore --lexicon "$work/bad-lexicon.tsv" >/dev/null 2>"$work/err"; code=$?
set -e
[ "$code" -eq 1 ] || fail "a bad lexicon exits 1 (got $code)"
grep -q 'bad-lexicon.tsv:1' "$work/err" || { cat "$work/err"; fail "the lexicon error names the line"; }

# A malformed file writes nothing: the database file stays byte-for-byte the same.
before=$(sha256sum "$db" | cut -d' ' -f1)
printf '{"format": "seance-dataset", "version": 1, "tokens": [{"id": "x", "name": 5}]}' > "$work/bad.json"
set +e
"$seance" --db "$db" import "$work/bad.json" >/dev/null 2>"$work/err"; code=$?
set -e
[ "$code" -ne 0 ] || fail "malformed import exits non-zero"
grep -q 'tokens\[0\]' "$work/err" || { cat "$work/err"; fail "error names the record"; }
after=$(sha256sum "$db" | cut -d' ' -f1)
[ "$before" = "$after" ] || fail "malformed import changed the database"

# Export, import into an empty database, export again: identical files.
"$seance" --db "$db" export "$work/a.json" >/dev/null 2>&1
"$seance" --db "$work/y.seance" import "$work/a.json" >/dev/null
"$seance" --db "$work/y.seance" export "$work/b.json" >/dev/null 2>&1
cmp -s "$work/a.json" "$work/b.json" || fail "export round trip differs"

printf 'GHOST is going to the moon!!! wagmi\nthe team ghosted us\n' | "$seance" --db "$db" score - > "$work/scores"
first=$(sed -n 1p "$work/scores"); second=$(sed -n 2p "$work/scores")
awk -v a="$first" -v b="$second" 'BEGIN { exit !(a > 0.5 && b < 0) }' || fail "score signs: $first $second"
# Real exports are routed by what their posts mention. A dry run prints the routing report and writes nothing;
# the import stores each post once, however many tokens it names; a second import adds nothing.
fresh="$work/routing.seance"
"$seance" --db "$fresh" import "$source_dir/resources/sample/summoning-ghosts.json" >/dev/null
telegram="$source_dir/tests/fixtures/routing/ic-ghost-army.json"
before=$(sha256sum "$fresh" | cut -d' ' -f1)
"$seance" --db "$fresh" import "$telegram" --dry-run > "$work/dry.out" || fail "dry run"
grep -q 'Dry run' "$work/dry.out" || { cat "$work/dry.out"; fail "dry run says so"; }
grep -Eq 'token +icp-ghost +2 ' "$work/dry.out" || { cat "$work/dry.out"; fail "dry run: 2 posts for icp-ghost"; }
[ "$before" = "$(sha256sum "$fresh" | cut -d' ' -f1)" ] || fail "a dry run changed the database"
"$seance" --db "$fresh" import "$telegram" > "$work/tg.out" || fail "telegram import"
grep -q 'stored       4 (0 duplicates' "$work/tg.out" || { cat "$work/tg.out"; fail "4 posts stored"; }
grep -Eq 'token +dogecoin-doge +1 ' "$work/tg.out" || { cat "$work/tg.out"; fail "the PEPE and DOGE post counts for DOGE"; }
grep -Eq 'token +ethereum-pepe +1 ' "$work/tg.out" || { cat "$work/tg.out"; fail "the PEPE and DOGE post counts for PEPE"; }
"$seance" --db "$fresh" import "$telegram" --format telegram > "$work/tg2.out" || fail "telegram re-import"
grep -q 'stored       0 (4 duplicates' "$work/tg2.out" || { cat "$work/tg2.out"; fail "a re-import adds nothing"; }
# Into a workspace without tokens or narratives nothing can be routed, and the report says why.
"$seance" --db "$work/empty.seance" import "$telegram" > "$work/empty.out" || fail "import into an empty workspace"
grep -q 'stored       0 ' "$work/empty.out" && grep -q 'has no tokens or narratives' "$work/empty.out" \
    || { cat "$work/empty.out"; fail "an empty workspace: the report says why nothing was stored"; }
printf '%s' '{"name": "Cats", "type": "private_group", "id": 7, "messages": [{"id": 1, "type": "message",' \
    '"date": "2024-03-01T09:00:00", "date_unixtime": "1709283600", "from": "Kiri", "text": "my cat is asleep"}]}' \
    > "$work/cats.json"
"$seance" --db "$fresh" import "$work/cats.json" > "$work/cats.out" || fail "an export that names nothing"
grep -q 'No post names a token or narrative' "$work/cats.out" || { cat "$work/cats.out"; fail "names nothing: hint"; }
# An ambiguous $GHOST in a subreddit that names neither token is credited to none, unless the user chooses.
reddit="$source_dir/tests/fixtures/routing/reddit-comments.ndjson"
"$seance" --db "$fresh" import "$reddit" --dry-run > "$work/rd.out" || fail "reddit dry run"
grep -q 'ambiguous    1 (GHOST' "$work/rd.out" || { cat "$work/rd.out"; fail "the ambiguous \$GHOST is counted"; }
"$seance" --db "$fresh" import "$reddit" --dry-run --ambiguous GHOST=icp-ghost > "$work/rd.out" || fail "--ambiguous"
grep -Eq 'token +icp-ghost +1 ' "$work/rd.out" || { cat "$work/rd.out"; fail "--ambiguous credits the chosen token"; }
"$seance" --db "$fresh" import "$reddit" --dry-run --route token:dogecoin-doge > "$work/rd.out" || fail "--route token"
grep -Eq 'token +dogecoin-doge +4 ' "$work/rd.out" || { cat "$work/rd.out"; fail "--route token:ID takes every post"; }
set +e
"$seance" --db "$fresh" import "$reddit" --route token:no-such-token >/dev/null 2>"$work/err"; code=$?
set -e
[ "$code" -eq 1 ] && grep -q 'no-such-token' "$work/err" || { cat "$work/err"; fail "an unknown route target is refused"; }
set +e
"$seance" --db "$fresh" import "$reddit" --format myspace >/dev/null 2>"$work/err"; code=$?
set -e
[ "$code" -eq 2 ] || fail "an unknown --format is a usage error (got $code)"
# A truncated export writes nothing and names the file.
head -c 1500 "$telegram" > "$work/truncated.json"
before=$(sha256sum "$fresh" | cut -d' ' -f1)
set +e
"$seance" --db "$fresh" import "$work/truncated.json" --format telegram >/dev/null 2>"$work/err"; code=$?
set -e
[ "$code" -eq 1 ] && grep -q 'truncated.json' "$work/err" || { cat "$work/err"; fail "a truncated export is refused"; }
[ "$before" = "$(sha256sum "$fresh" | cut -d' ' -f1)" ] || fail "a failed export import changed the database"
echo "cli smoke: all checks passed"
