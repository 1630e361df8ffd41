// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/eventlabeltext.h"

#include "ui/common/elidedtext.h"

#include <QFontMetricsF>
#include <QStringList>

#include <algorithm>

namespace seance {
namespace {

// Greedy word wrap: the lines of words at width; a word wider than width gets a line of its own.
QStringList wrapWords(const QFontMetricsF& metrics, const QStringList& words, double width)
{
    QStringList lines;
    QString line;
    for (const QString& word : words) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines.append(line);
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

double widestLine(const QFontMetricsF& metrics, const QStringList& lines)
{
    double widest = 0;
    for (const QString& line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

} // namespace

QList<double> wrappedTitleWidths(const QFontMetricsF& metrics, const QString& title, int maxLines)
{
    // Only the first words: the candidates below grow with the square of the words, and a title of more than
    // maxWords cannot fit a label's few lines anyway (eventLabelText() elides the rest), so a pasted paragraph
    // cannot stall every layout of the chart.
    constexpr qsizetype maxWords = 40;
    const QStringList words = title.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, maxWords);
    // Every width a line can have is the width of a run of whole words; the narrowest that wraps into k lines
    // is the answer for k.
    QList<double> candidates;
    for (qsizetype i = 0; i < words.size(); ++i) {
        for (qsizetype j = i + 1; j <= words.size(); ++j)
            candidates.append(metrics.horizontalAdvance(words.mid(i, j - i).join(QLatin1Char(' '))));
    }
    std::sort(candidates.begin(), candidates.end());
    QList<double> out;
    for (int lines = 2; lines <= maxLines && lines <= words.size(); ++lines) {
        // A greedy wrap never takes more lines at a greater width, so the narrowest width that fits is found by
        // bisection.
        const auto fits = std::partition_point(candidates.cbegin(), candidates.cend(), [&](double width) {
            return wrapWords(metrics, words, width).size() > lines;
        });
        if (fits != candidates.cend())
            out.append(widestLine(metrics, wrapWords(metrics, words, *fits)));
    }
    return out;
}

QString eventLabelText(const QFontMetricsF& metrics, const QString& title, double width, int lines)
{
    const QString text = title.simplified();
    if (lines < 2 || metrics.horizontalAdvance(text) <= width)
        return elidedText(metrics, text, width);
    QStringList wrapped = wrapWords(metrics, text.split(QLatin1Char(' '), Qt::SkipEmptyParts), width);
    if (wrapped.size() > lines) {
        const QString rest = wrapped.mid(lines - 1).join(QLatin1Char(' '));
        wrapped = wrapped.first(lines - 1);
        wrapped.append(rest);
    }
    for (QString& line : wrapped)
        line = elidedText(metrics, line, width);
    return wrapped.join(QLatin1Char('\n'));
}

} // namespace seance
