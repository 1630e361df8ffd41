// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/metricformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace seance {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::Metric", text);
}

// A sign on every non-zero value, a real minus sign, and no "−0.00" for a value that rounds to zero.
QString signedNumber(double value, int decimals)
{
    const QString digits = QLocale().toString(std::abs(value), 'f', decimals);
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        return digits;
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + digits;
}

} // namespace

QString metricLabel(Metric metric)
{
    switch (metric) {
    case Metric::Mean:
        return tr("Mean sentiment");
    case Metric::Weighted:
        return tr("Engagement-weighted sentiment");
    case Metric::PositiveShare:
        return tr("Positive share (%)");
    case Metric::Volume:
        return tr("Volume (posts)");
    case Metric::ShareOfVoice:
        return tr("Share of voice (%)");
    case Metric::Unscored:
        return tr("Unscored posts");
    }
    return QString();
}

QString metricValueText(double value, Metric metric)
{
    switch (metric) {
    case Metric::Mean:
    case Metric::Weighted:
        return signedNumber(value, 2);
    case Metric::PositiveShare:
    case Metric::ShareOfVoice:
        return tr("%1 %").arg(QLocale().toString(value, 'f', 1));
    case Metric::Volume:
    case Metric::Unscored:
        return QLocale().toString(qint64(std::llround(value)));
    }
    return QString();
}

QString metricChangeText(double change, Metric metric)
{
    switch (metric) {
    case Metric::Mean:
    case Metric::Weighted:
        return signedNumber(change, 2);
    case Metric::PositiveShare:
    case Metric::ShareOfVoice:
        // Percentage points, not percent: 40 % to 50 % is +10 pts.
        return tr("%1 pts").arg(signedNumber(change, 1));
    case Metric::Volume:
    case Metric::Unscored:
        return signedNumber(std::round(change), 0);
    }
    return QString();
}

} // namespace seance
