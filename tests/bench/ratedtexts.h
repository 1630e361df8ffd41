// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <cmath>
#include <string>
#include <vector>

namespace seance::bench {

// A text with a human rating, for the accuracy benchmarks.
struct RatedText
{
    double rating = 0;
    std::string text;
};

// Reads TAB-separated lines, taking the rating and the text from the given columns (the text column runs
// to the end of the line); '#' lines are comments. Returns false when the file cannot be opened.
inline bool readRatedTexts(const QString& path, int ratingColumn, int textColumn, std::vector<RatedText>* rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() <= textColumn || fields.size() <= ratingColumn)
            continue;
        bool ok = false;
        const double rating = fields[ratingColumn].toDouble(&ok);
        if (!ok)
            continue;
        rows->push_back({rating, fields.mid(textColumn).join('\t').toStdString()});
    }
    return true;
}

inline double pearson(const std::vector<double>& x, const std::vector<double>& y)
{
    const double n = static_cast<double>(x.size());
    double mx = 0;
    double my = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0.0;
}

} // namespace seance::bench
