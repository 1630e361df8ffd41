#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Seance developers
# SPDX-License-Identifier: GPL-3.0-or-later
# A damaged page in a workspace too large for the open-time quick_check (Database::quickCheckLimitBytes, 256 MiB):
# the workspace opens (header and schema are sound), reading the damaged posts fails with an error that names the
# file and says it is damaged, and `seance check FILE` finds the damage and exits non-zero. The large file is built
# cheaply: the golden dataset imported, then 280 000 posts of 1 KiB inserted by one SQL statement.
# Usage: large_corruption.sh SEANCE SOURCE_DIR
set -euo pipefail
seance="$1"
source_dir="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen
fail() { echo "FAIL: $*" >&2; exit 1; }

db="$work/large.seance"
"$seance" --db "$db" import "$source_dir/tests/fixtures/dataset/golden.json" >/dev/null || fail "import the golden dataset"
# Prints the damaged page's number and the page size.
read -r page page_size < <(python3 - "$db" <<'PY'
import sqlite3, sys
path = sys.argv[1]
db = sqlite3.connect(path)
db.execute("""WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 280000)
              INSERT INTO posts (external_id, token_id, posted_at, author, text)
              SELECT 'bulk-' || i, (SELECT id FROM tokens ORDER BY id LIMIT 1), 1700000000000 + i * 60000, 'bulk',
                     printf('%.1000c', 'x') || i FROM n""")
db.commit()
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
page_size = db.execute("PRAGMA page_size").fetchone()[0]
try:  # a leaf page of the posts table in the middle of the file
    leaves = [row[0] for row in db.execute("SELECT pageno FROM dbstat WHERE name = 'posts' AND pagetype = 'leaf'")]
    page = leaves[len(leaves) // 2]
except sqlite3.OperationalError:  # a SQLite without dbstat: the middle page is one of them all the same
    page = db.execute("PRAGMA page_count").fetchone()[0] // 2
db.close()
print(page, page_size)
PY
)
size=$(stat -c %s "$db")
[ "$size" -gt $((256 * 1024 * 1024)) ] || fail "the workspace is over the quick_check limit (got $size bytes)"
[ ! -s "$db-wal" ] || fail "the posts were checkpointed into the file"
python3 - "$db" "$page" "$page_size" <<'PY'
import sys
path, page, page_size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, "r+b") as f:
    f.seek((page - 1) * page_size)
    f.write(bytes([0xFF]) * 64 + bytes(range(256)) * ((page_size - 64) // 256))
PY

# Reading every post (an export) meets the damaged page: a clear error naming the file, exit status 1, no crash.
set +e
"$seance" --db "$db" export "$work/out.json" >"$work/export.out" 2>"$work/export.err"; code=$?
set -e
[ "$code" -eq 1 ] || { cat "$work/export.err"; fail "export of a damaged workspace exits 1 (got $code)"; }
grep -qF "$db" "$work/export.err" || { cat "$work/export.err"; fail "the export error names the workspace file"; }
grep -q 'damaged' "$work/export.err" || { cat "$work/export.err"; fail "the export error says the file is damaged"; }
grep -q 'seance check' "$work/export.err" || { cat "$work/export.err"; fail "the export error offers seance check"; }

# seance check reads every page and reports the damage, with progress, and exits non-zero.
set +e
"$seance" check "$db" >"$work/check.out" 2>"$work/check.err"; code=$?
set -e
[ "$code" -eq 1 ] || { cat "$work/check.out" "$work/check.err"; fail "check of a damaged workspace exits 1 (got $code)"; }
grep -qF "$db: " "$work/check.out" || { cat "$work/check.out"; fail "check lists problems under the file's name"; }
grep -q 'is damaged' "$work/check.err" || { cat "$work/check.err"; fail "check says the file is damaged"; }
grep -q 'checking: 100 %' "$work/check.err" || { cat "$work/check.err"; fail "check shows its progress to 100 %"; }
echo "large corruption: all checks passed"
