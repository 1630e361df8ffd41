#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Seance developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""clang-format on the lines a change touches, never on the lines around them.

    scripts/check-format.py [BASE]         fail and print the fix when a changed C++ line is not formatted
    scripts/check-format.py --fix [BASE]   format those lines in place

The change is the work tree (commits and uncommitted edits) against BASE: by default the merge base with main
(origin/main, else the local main), or, on main itself (a clean clone in CI), the last commit. With no such commit
there is nothing to check. Renamed files count only their edited lines, so moving a file is not a reformat.
"""
import difflib
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


def git(*args, check=True):
    result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
    if check and result.returncode != 0:
        sys.exit(f"check-format: git {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout.strip() if result.returncode == 0 else ""


def default_base():
    head = git("rev-parse", "HEAD")
    for main in ("origin/main", "main"):
        if git("rev-parse", "-q", "--verify", main, check=False):
            base = git("merge-base", "HEAD", main, check=False)
            if base and base != head:
                return base
    return git("rev-parse", "-q", "--verify", "HEAD~1", check=False)


def changed_lines(base):
    """{file: [(first, last), ...]} of the lines added or changed since base, in the work tree."""
    diff = subprocess.run(["git", "diff", "-M", "-U0", "--no-color", "--diff-filter=AMR", base, "--", "*.cpp", "*.h"],
                          cwd=ROOT, capture_output=True, text=True, check=True).stdout
    ranges, current = {}, None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            current = line[6:] if line.startswith("+++ b/") else None
        elif current and (match := HUNK.match(line)):
            first, count = int(match.group(1)), int(match.group(2) or "1")
            if count > 0:
                ranges.setdefault(current, []).append((first, first + count - 1))
    # Files not added to git yet are changed from their first line to their last.
    untracked = git("ls-files", "--others", "--exclude-standard", "--", "*.cpp", "*.h", check=False)
    for file in untracked.splitlines():
        lines = (ROOT / file).read_text(encoding="utf-8").count("\n")
        ranges[file] = [(1, max(lines, 1))]
    return ranges


def main(argv):
    fix = bool(argv) and argv[0] == "--fix"
    if fix:
        argv = argv[1:]
    clang_format = shutil.which("clang-format")
    if not clang_format:
        sys.exit("check-format: clang-format is needed (Debian package clang-format).")
    base = argv[0] if argv else default_base()
    if not base:
        print("check-format: no earlier commit to compare with; nothing to check.")
        return 0
    unformatted = 0
    for file, ranges in sorted(changed_lines(base).items()):
        path = ROOT / file
        if not path.is_file():
            continue
        lines = [f"--lines={first}:{last}" for first, last in ranges]
        if fix:
            subprocess.run([clang_format, "-i", *lines, str(path)], check=True)
            continue
        original = path.read_text(encoding="utf-8")
        formatted = subprocess.run([clang_format, *lines, f"--assume-filename={file}"], input=original,
                                   capture_output=True, text=True, check=True).stdout
        if formatted != original:
            unformatted += 1
            sys.stdout.writelines(difflib.unified_diff(original.splitlines(True), formatted.splitlines(True),
                                                       f"a/{file}", f"b/{file}"))
    short = git("rev-parse", "--short", base)
    if unformatted:
        print(f"check-format: {unformatted} file(s) have lines changed since {short} that clang-format would "
              "change (above); scripts/check-format.py --fix formats them.", file=sys.stderr)
        return 1
    if not fix:
        print(f"check-format: the lines changed since {short} are formatted.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
