// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/seriescommand.h"

#include "app/commands/databaseoption.h"
#include "app/commands/metricoptions.h"
#include "models/sentiment/buckets/bucketquery.h"
#include "models/storage/database.h"
#include "models/storage/narrativestore.h"
#include "models/storage/tokenstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

namespace seance::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::cli::series", text);
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); // "2025-10-01T00:00:00Z"
}

} // namespace

int runSeries(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print a token's or narrative's sentiment metric per bucket as CSV: bucket_start_iso,value,n.\n"
           "Times are UTC; --from and --to take ISO 8601 dates or times, or epoch seconds or milliseconds."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption token(QStringLiteral("token"), tr("The token id."), tr("ID"));
    const QCommandLineOption narrative(QStringLiteral("narrative"), tr("The narrative id."), tr("ID"));
    const QCommandLineOption metric = metricOption();
    const QCommandLineOption granularity = granularityOption();
    const QCommandLineOption from(QStringLiteral("from"), tr("First time included (default: the first bucket)."),
                                  tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("First time excluded (default: after the last bucket)."),
                                tr("DATE"));
    const QCommandLineOption db = databaseOption();
    parser.addOptions({help, token, narrative, metric, granularity, from, to, db});

    auto usage = [&](const QString& message) {
        context.err << message << Qt::endl << tr("Run seance series --help for the options.") << Qt::endl;
        return 2;
    };
    if (!parser.parse(context.arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(token) == parser.isSet(narrative))
        return usage(tr("Give exactly one of --token ID and --narrative ID."));
    const SubjectKind kind = parser.isSet(token) ? SubjectKind::Token : SubjectKind::Narrative;
    const QString subjectId = parser.value(parser.isSet(token) ? token : narrative);
    const std::optional<Metric> chosenMetric = metricFromName(parser.value(metric));
    if (!chosenMetric)
        return usage(tr("Unknown metric \"%1\".").arg(parser.value(metric)));
    const std::optional<Granularity> chosenGranularity = granularityFromName(parser.value(granularity));
    if (!chosenGranularity)
        return usage(tr("Unknown granularity \"%1\".").arg(parser.value(granularity)));
    std::optional<qint64> fromTime;
    std::optional<qint64> toTime;
    if (parser.isSet(from) && !(fromTime = parseDateOption(parser.value(from))))
        return usage(tr("--from: \"%1\" is not a date or time.").arg(parser.value(from)));
    if (parser.isSet(to) && !(toTime = parseDateOption(parser.value(to))))
        return usage(tr("--to: \"%1\" is not a date or time.").arg(parser.value(to)));
    if (fromTime && toTime && *fromTime >= *toTime)
        return usage(tr("--from must come before --to."));
    Database database;
    if (const int code = openCommandDatabase(context, parser, db, MissingDatabase::Refuse, database))
        return code;
    QString error;
    const bool known = kind == SubjectKind::Token ? TokenStore(database).contains(subjectId)
                                                  : NarrativeStore(database).contains(subjectId);
    if (!known) {
        context.err << (kind == SubjectKind::Token ? tr("Unknown token \"%1\".") : tr("Unknown narrative \"%1\"."))
                           .arg(subjectId)
                    << Qt::endl;
        return 1;
    }

    BucketQuery query(database);
    if (!fromTime || !toTime) {
        const std::optional<TimeRange> extent = query.fullRange(kind, subjectId, *chosenGranularity, &error);
        if (!extent && !error.isEmpty()) {
            context.err << error << Qt::endl;
            return 1;
        }
        if (!fromTime)
            fromTime = extent ? extent->from : 0;
        if (!toTime)
            toTime = extent ? extent->to : 0;
    }
    const auto shareOfVoice = *chosenMetric == Metric::ShareOfVoice ? BucketQuery::ShareOfVoice::Include
                                                                    : BucketQuery::ShareOfVoice::Skip;
    const auto rows = query.range(kind, subjectId, *chosenGranularity, *fromTime, *toTime, shareOfVoice, &error);
    if (!rows) {
        context.err << error << Qt::endl;
        return 1;
    }
    context.out << "bucket_start_iso,value,n\n";
    for (const BucketRow& row : *rows) {
        const std::optional<double> value = metricValue(row.sums, *chosenMetric);
        context.out << isoUtc(row.start) << ',' << (value ? QString::number(*value, 'g', 12) : QString()) << ','
                    << row.sums.n << '\n';
    }
    return 0;
}

} // namespace seance::cli
