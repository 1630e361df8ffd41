#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Seance developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the include boundaries between Seance's libraries and folders (docs/architecture.md, "Folder map").

    scripts/check-boundaries.py [SOURCE_DIR]          exit 1 and list every include that crosses a boundary
    scripts/check-boundaries.py --graph [SOURCE_DIR]  print the include graph between the folders of models/
    scripts/check-boundaries.py --dot [SOURCE_DIR]    the same graph for Graphviz (dot -Tsvg)

Run by ctest as check_boundaries. Includes are rooted at the repository ("models/storage/database.h"), so the
folder a header lives in can be read from the include line itself.
"""
import re
import sys
from collections import defaultdict
from pathlib import Path

LIBRARIES = ("models", "ui", "app")
PROJECT_INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
SYSTEM_INCLUDE = re.compile(r"^\s*#\s*include\s+<([^>]+)>")
# Qt Charts stays behind one adapter folder, so that it is all that changes if Qt Charts is replaced.
QT_CHARTS = re.compile(r"^(QtCharts/|QtCharts$|QChart|QAbstractAxis|QAbstractSeries|QLegend|Q(Line|Spline|Scatter|Area"
                       r"|XY|Bar|Pie|BoxPlot|Candlestick)Series|Q(Value|DateTime|Category|Log|BarCategory)Axis)")

# (folder that includes, folder it must not include, why). A folder covers its subfolders.
FORBIDDEN = [
    ("models/", "ui/", "models/ is the Widget-free library; ui/ depends on it, never the reverse"),
    ("models/", "app/", "the libraries never depend on the executable"),
    ("ui/", "app/", "the libraries never depend on the executable"),
    ("models/chartmath/", "models/storage/", "chartmath/ is pure math on plain values"),
    ("models/chartmath/", "models/sentiment/", "chartmath/ is pure math on plain values"),
]


def sources(root):
    for library in LIBRARIES:
        for path in sorted((root / library).rglob("*")):
            if path.suffix in (".h", ".cpp") and path.is_file():
                yield path


def includes(root):
    """(file relative to root, line number, "project" or "system", included name) for every include."""
    for path in sources(root):
        relative = path.relative_to(root).as_posix()
        with open(path, encoding="utf-8", errors="replace") as text:
            for number, line in enumerate(text, 1):
                if match := PROJECT_INCLUDE.match(line):
                    yield relative, number, "project", match.group(1)
                elif match := SYSTEM_INCLUDE.match(line):
                    yield relative, number, "system", match.group(1)


def folder(path):
    return path.rsplit("/", 1)[0] if "/" in path else "."


def folder_graph(root):
    """{from folder: {to folder: include count}} between the folders of models/."""
    graph = defaultdict(lambda: defaultdict(int))
    for file, _, kind, name in includes(root):
        if kind == "project" and file.startswith("models/") and name.startswith("models/"):
            source, target = folder(file), folder(name)
            if source != target:
                graph[source][target] += 1
    return graph


def cycles(graph):
    """The strongly connected components with more than one folder (Tarjan), each sorted."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, {}):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(set(graph) | {t for targets in graph.values() for t in targets}):
        if node not in index:
            visit(node)
    return found


def violations(root):
    problems = []
    for file, number, kind, name in includes(root):
        where = f"{file}:{number}"
        if kind == "system":
            if QT_CHARTS.match(name) and not file.startswith("ui/chart/"):
                problems.append(f"{where}: <{name}>: Qt Charts is used only in ui/chart/")
            continue
        if not name.startswith(tuple(library + "/" for library in LIBRARIES)):
            continue  # a test helper or a generated header, not a library's
        for source, target, why in FORBIDDEN:
            if file.startswith(source) and name.startswith(target):
                problems.append(f'{where}: "{name}": {source} must not include {target} ({why})')
    graph = folder_graph(root)
    for component in cycles(graph):
        problems.append("include cycle between the folders " + describe(graph, component))
    return problems


def notes(root):
    """Cycles that appear only when a top folder of models/ is taken whole (io/, sentiment/): worth a look, as
    they often mean a unit sits in the wrong folder, but no failure."""
    return ["note: with subfolders taken whole, a cycle between " + describe(view, component)
            for view in [collapsed(folder_graph(root))] for component in cycles(view)]


def describe(graph, component):
    edges = [f"{a} -> {b} ({graph[a][b]})" for a in component for b in component if b in graph.get(a, {})]
    return ", ".join(component) + ": " + "; ".join(edges)


def collapsed(graph):
    """The graph between models/ itself and its top folders (models/io/json counts as models/io)."""
    top = lambda name: "/".join(name.split("/")[:2])
    result = defaultdict(lambda: defaultdict(int))
    for source, targets in graph.items():
        for target, count in targets.items():
            if top(source) != top(target):
                result[top(source)][top(target)] += count
    return result


def main(argv):
    mode = "check"
    if argv and argv[0] in ("--graph", "--dot"):
        mode = argv.pop(0)[2:]
    root = Path(argv[0] if argv else Path(__file__).resolve().parent.parent)
    if mode != "check":
        graph = folder_graph(root)
        if mode == "dot":
            print("digraph models {")
        for source in sorted(graph):
            for target, count in sorted(graph[source].items()):
                print(f'  "{source}" -> "{target}" [label={count}];' if mode == "dot" else f"{source} -> {target}  ({count})")
        if mode == "dot":
            print("}")
        return 0
    problems = violations(root)
    for line in notes(root) + problems:
        print(line)
    if problems:
        print(f"{len(problems)} boundary violation(s); see docs/architecture.md, \"Folder map\".")
        return 1
    print("Include boundaries hold: models/ -/-> ui/, app/; ui/ -/-> app/; chartmath/ -/-> storage/, sentiment/; "
          "Qt Charts only in ui/chart/; no cycles between the folders of models/.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
