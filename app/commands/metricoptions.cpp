// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/metricoptions.h"

#include "models/io/text/timestampparsing.h"

#include <QCoreApplication>

namespace seance::cli {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(seance::cli)
};

} // namespace

QCommandLineOption metricOption()
{
    return QCommandLineOption(
        QStringLiteral("metric"),
        CliText::tr("mean, weighted, positive_share, volume, share_of_voice or unscored (default mean)."),
        CliText::tr("METRIC"), QStringLiteral("mean"));
}

QCommandLineOption granularityOption()
{
    return QCommandLineOption(QStringLiteral("granularity"), CliText::tr("hour, day or week (default day)."),
                              CliText::tr("G"), QStringLiteral("day"));
}

std::optional<qint64> parseDateOption(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return parseTimestamp(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

} // namespace seance::cli
