// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Event labels (models/chart/eventlabellayout): beside their own line, never across another line or label,
// whole where there is room, wrapped before elided, and elided or dropped only when nothing else fits.
#include "models/chart/eventlabellayout.h"

#include <QRandomGenerator>
#include <QTest>

using namespace seance;

namespace {

EventLabelOptions plot(double right, int rows = 3)
{
    EventLabelOptions options;
    options.plotLeft = 0;
    options.plotRight = right;
    options.rows = rows;
    options.gap = 6;
    options.minWidth = 36;
    return options;
}

// Every rule a placement must keep, checked against every other input.
void checkRules(const QList<EventLabelInput>& inputs, const QList<EventLabelPlacement>& out,
                const EventLabelOptions& options)
{
    QCOMPARE(out.size(), inputs.size());
    const double pad = options.gap / 2;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const EventLabelPlacement& a = out.at(i);
        if (a.row < 0)
            continue;
        const double right = a.left + a.width;
        QVERIFY(a.lines >= 1 && a.lines <= 1 + inputs.at(i).wrapWidths.size());
        QVERIFY2(a.row + a.lines <= options.rows, "inside the label rows");
        QVERIFY2(a.left >= options.plotLeft - 1e-9 && right <= options.plotRight + 1e-9, "inside the plot");
        const double x = inputs.at(i).x;
        QVERIFY2(qFuzzyCompare(a.left, x + options.gap) || qFuzzyCompare(right, x - options.gap),
                 "beside its own line, not on it");
        const double needed = a.lines == 1 ? inputs.at(i).width : inputs.at(i).wrapWidths.at(a.lines - 2);
        if (a.elided) {
            QVERIFY2(a.width >= options.minWidth - 1e-9, "never elided below minWidth");
            QVERIFY(a.width < needed);
        } else
            QVERIFY2(qFuzzyCompare(a.width, needed), "a label that is not elided gets its whole width");
        for (qsizetype j = 0; j < out.size(); ++j) {
            if (j == i)
                continue;
            const double line = inputs.at(j).x;
            if (line >= options.plotLeft && line <= options.plotRight && line != x)
                QVERIFY2(line <= a.left - pad + 1e-6 || line >= right + pad - 1e-6,
                         qPrintable(QStringLiteral("label %1 [%2, %3] crosses the line of %4 at %5")
                                        .arg(i)
                                        .arg(a.left)
                                        .arg(right)
                                        .arg(j)
                                        .arg(line)));
            const EventLabelPlacement& b = out.at(j);
            if (b.row < 0 || b.row >= a.row + a.lines || a.row >= b.row + b.lines)
                continue;
            QVERIFY2(b.left + b.width + options.gap <= a.left + 1e-9 || right + options.gap <= b.left + 1e-9,
                     qPrintable(QStringLiteral("labels %1 and %2 intersect").arg(i).arg(j)));
        }
    }
}

} // namespace

class TestEventLabelLayout : public QObject
{
    Q_OBJECT
private slots:
    void placements_data();
    void placements();
    void ghostStoryOnSlides_data();
    void ghostStoryOnSlides();
    void randomLayoutsKeepTheRules();
};

void TestEventLabelLayout::placements_data()
{
    QTest::addColumn<QList<EventLabelInput>>("inputs");
    QTest::addColumn<double>("plotRight");
    QTest::addColumn<QList<EventLabelPlacement>>("expected");
    // Room: the whole label right of its line, on the first row.
    QTest::newRow("whole") << QList<EventLabelInput>{{400, 200, {110}}} << 1000.0
                           << QList<EventLabelPlacement>{{0, 406, 200, 1, false}};
    // The right edge leaves no room: left of the line.
    QTest::newRow("flips left") << QList<EventLabelInput>{{950, 200, {110}}} << 1000.0
                                << QList<EventLabelPlacement>{{0, 744, 200, 1, false}};
    // The next line at 300 leaves 106…297: the one-line 300 px label would cross it, so it wraps (150 px).
    QTest::newRow("three lines where two do not fit")
        << QList<EventLabelInput>{{100, 300, {150, 100}}, {250, 60, {}}} << 1000.0
        << QList<EventLabelPlacement>{{0, 106, 100, 3, false}, {0, 256, 60, 1, false}};
    QTest::newRow("wraps between lines") << QList<EventLabelInput>{{100, 300, {150}}, {300, 60, {}}} << 1000.0
                                         << QList<EventLabelPlacement>{{0, 106, 150, 2, false}, {0, 306, 60, 1, false}};
    // The second label must flip left of its line near the edge, onto the first's span: row 1, whole.
    QTest::newRow("stacks") << QList<EventLabelInput>{{700, 200, {110}}, {950, 200, {110}}} << 1000.0
                            << QList<EventLabelPlacement>{{0, 706, 200, 1, false}, {1, 744, 200, 1, false}};
    // Lines at 100 and 160: 51 px on the right, 94 px on the left: elided on the left, two lines.
    QTest::newRow("elides to the widest room")
        << QList<EventLabelInput>{{100, 300, {150}}, {160, 40, {}}} << 1000.0
        << QList<EventLabelPlacement>{{0, 0, 94, 2, true}, {0, 166, 40, 1, false}};
    // Lines at 10 and 40: 21 px and 4 px of room, under minWidth: no label.
    QTest::newRow("drops") << QList<EventLabelInput>{{10, 300, {150}}, {40, 40, {}}} << 1000.0
                           << QList<EventLabelPlacement>{{-1, 0, 0, 1, false}, {0, 46, 40, 1, false}};
    QTest::newRow("outside the plot") << QList<EventLabelInput>{{-5, 100, {}}, {1200, 100, {}}} << 1000.0
                                      << QList<EventLabelPlacement>{{-1, 0, 0, 1, false}, {-1, 0, 0, 1, false}};
}

void TestEventLabelLayout::placements()
{
    QFETCH(QList<EventLabelInput>, inputs);
    QFETCH(double, plotRight);
    QFETCH(QList<EventLabelPlacement>, expected);
    const EventLabelOptions options = plot(plotRight);
    const QList<EventLabelPlacement> out = layoutEventLabels(inputs, options);
    checkRules(inputs, out, options);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const EventLabelPlacement& got = out.at(i);
        const EventLabelPlacement& want = expected.at(i);
        QCOMPARE(got.row, want.row);
        if (want.row < 0)
            continue;
        QCOMPARE(got.left, want.left);
        QCOMPARE(got.width, want.width);
        QCOMPARE(got.lines, want.lines);
        QCOMPARE(got.elided, want.elided);
    }
}

void TestEventLabelLayout::ghostStoryOnSlides_data()
{
    // The sample's three ghost-story events (Sep 26, Oct 1, Oct 17) over Sep 26 – Oct 20, with their titles'
    // widths at the slide's label font: one line and wrapped.
    QTest::addColumn<double>("plotRight");
    QTest::addColumn<int>("rows");
    QTest::newRow("1920x1080") << 1000.0 << 3;
    QTest::newRow("1080x1080") << 600.0 << 4;
}

void TestEventLabelLayout::ghostStoryOnSlides()
{
    QFETCH(double, plotRight);
    QFETCH(int, rows);
    const double day = plotRight / 25;
    const QList<EventLabelInput> inputs{
        {0, 330, {170, 120, 95}}, {5 * day, 380, {200, 140, 110}}, {21 * day, 420, {215, 150, 115}}};
    const EventLabelOptions options = plot(plotRight, rows);
    const QList<EventLabelPlacement> out = layoutEventLabels(inputs, options);
    checkRules(inputs, out, options);
    int elided = 0;
    for (const EventLabelPlacement& placement : out) {
        QVERIFY(placement.row >= 0);
        elided += placement.elided ? 1 : 0;
    }
    // Every title whole: on the square slide the first wraps to four lines between the plot's edge and the next
    // line.
    QCOMPARE(elided, 0);
    QCOMPARE(out.at(0).lines, plotRight >= 1000 ? 2 : 4);
}

void TestEventLabelLayout::randomLayoutsKeepTheRules()
{
    QRandomGenerator random(15);
    for (int round = 0; round < 400; ++round) {
        QList<EventLabelInput> inputs;
        const int count = 1 + random.bounded(12);
        for (int k = 0; k < count; ++k) {
            const double width = 30 + random.bounded(400);
            QList<double> wraps;
            for (int lines = 2; lines <= 4 && random.bounded(4) > 0; ++lines)
                wraps.append(width / lines * (1 + random.bounded(0.3)));
            inputs.append({random.bounded(900.0) - 50, width, wraps});
        }
        EventLabelOptions options = plot(800, 1 + random.bounded(4));
        options.maxLineWidth = random.bounded(2) ? 0 : 250;
        const QList<EventLabelPlacement> out = layoutEventLabels(inputs, options);
        checkRules(inputs, out, options);
        if (QTest::currentTestFailed()) {
            qWarning("round %d", round);
            return;
        }
    }
}

QTEST_GUILESS_MAIN(TestEventLabelLayout)
#include "tst_eventlabellayout.moc"
