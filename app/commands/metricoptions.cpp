// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/metricoptions.h"

#include "models/io/text/timestampparsing.h"

#include <QCoreApplication>

namespace seance::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::cli", text);
}

} // namespace

QCommandLineOption metricOption()
{
    return QCommandLineOption(QStringLiteral("metric"),
                              tr("mean, weighted, positive_share, volume, share_of_voice or unscored (default mean)."),
                              tr("METRIC"), QStringLiteral("mean"));
}

QCommandLineOption granularityOption()
{
    return QCommandLineOption(QStringLiteral("granularity"), tr("hour, day or week (default day)."), tr("G"),
                              QStringLiteral("day"));
}

std::optional<qint64> parseDateOption(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return parseTimestamp(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

} // namespace seance::cli
