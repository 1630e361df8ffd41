#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Seance developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill the unfinished messages of a Qt .ts file from a TSV of translations.

    scripts/translations-fill.py resources/translations/seance_ko.ts todo-ko.tsv

TSV rows are "context<TAB>source<TAB>translation" (as written by scripts/translations-unfinished.py) or
"source<TAB>translation" (then every context with that source gets it). \\n, \\t and \\\\ are unescaped.
A row whose translation lacks a placeholder of its source (%1..%99, %n) is refused and reported.
Only unfinished messages are filled unless --overwrite is given. The .ts is rewritten in lupdate's layout.
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%(?:\d+|n)')


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == '\\' and i + 1 < len(text):
            out.append({'n': '\n', 't': '\t', '\\': '\\'}.get(text[i + 1], '\\' + text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)


def read_table(path):
    by_context, by_source = {}, {}
    with open(path, encoding='utf-8') as table:
        for number, line in enumerate(table, 1):
            line = line.rstrip('\n')
            if not line.strip():
                continue
            fields = line.split('\t')
            if len(fields) == 3:
                context, source, translation = (unescape(f) for f in fields)
                if translation:
                    by_context[(context, source)] = translation
            elif len(fields) == 2:
                source, translation = (unescape(f) for f in fields)
                if translation:
                    by_source[source] = translation
            else:
                sys.exit(f'{path}:{number}: expected 2 or 3 tab-separated fields, found {len(fields)}')
    return by_context, by_source


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def fill(ts_path, table_path, overwrite=False):
    by_context, by_source = read_table(table_path)
    tree = ET.parse(ts_path)
    filled = refused = left = 0
    for context in tree.getroot().iter('context'):
        name = context.findtext('name', '')
        for message in context.iter('message'):
            source = message.findtext('source', '')
            translation = message.find('translation')
            if translation is None:
                translation = ET.SubElement(message, 'translation', type='unfinished')
            if translation.get('type') in ('vanished', 'obsolete'):
                continue
            if translation.get('type') != 'unfinished' and not overwrite:
                continue
            text = by_context.get((name, source), by_source.get(source))
            if text is None:
                left += translation.get('type') == 'unfinished'
                continue
            if placeholders(text) != placeholders(source):
                print(f'refused ({name}): {source!r} -> {text!r}: placeholders differ', file=sys.stderr)
                refused += 1
                continue
            translation.attrib.pop('type', None)
            if message.get('numerus') == 'yes':
                # Korean and Japanese have one plural form; languages with more get the same text in each.
                forms = translation.findall('numerusform') or [ET.SubElement(translation, 'numerusform')]
                for form in forms:
                    form.text = text
                translation.text = None
            else:
                translation.text = text
            filled += 1
    write_ts(tree, ts_path)
    print(f'{ts_path}: filled {filled}, refused {refused}, still unfinished {left}', file=sys.stderr)
    return 1 if refused else 0


def write_ts(tree, path):
    ET.indent(tree, space='    ')
    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(path, 'w', encoding='utf-8') as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')


def main():
    args = [a for a in sys.argv[1:] if a != '--overwrite']
    if len(args) != 2:
        sys.exit(__doc__)
    return fill(args[0], args[1], overwrite='--overwrite' in sys.argv)


if __name__ == '__main__':
    sys.exit(main())
