#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Seance developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""List the messages of a Qt .ts file that still need a translation, as a TSV ready to be filled in.

    scripts/translations-unfinished.py resources/translations/seance_ko.ts > todo-ko.tsv

Each row is: context, source, translation (empty). Newlines, tabs and backslashes are written as \\n, \\t and \\\\.
Fill in the third column and hand the file to scripts/translations-fill.py. Exit status 1 when any are unfinished.
"""
import sys
import xml.etree.ElementTree as ET


def escape(text):
    return text.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


def unfinished(ts_path):
    for context in ET.parse(ts_path).getroot().iter('context'):
        name = context.findtext('name', '')
        for message in context.iter('message'):
            translation = message.find('translation')
            kind = translation.get('type') if translation is not None else 'unfinished'
            if kind in ('unfinished', 'vanished', 'obsolete'):
                yield name, message.findtext('source', ''), kind


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    rows = list(unfinished(sys.argv[1]))
    for name, source, kind in rows:
        if kind == 'unfinished':
            print(f'{escape(name)}\t{escape(source)}\t')
    vanished = sum(1 for row in rows if row[2] != 'unfinished')
    print(f'{len(rows) - vanished} unfinished, {vanished} vanished or obsolete in {sys.argv[1]}', file=sys.stderr)
    return 1 if rows else 0


if __name__ == '__main__':
    sys.exit(main())
