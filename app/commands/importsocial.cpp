// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/importsocial.h"

#include "models/io/social/socialformat.h"
#include "models/routing/importfile.h"
#include "models/routing/socialimport.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"
#include "models/storage/narrativestore.h"
#include "models/storage/tokenstore.h"
#include "models/time/timeformat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace seance::cli {
namespace {

// The context of the existing translations (lupdate filed this file's strings under "seance::cli").
struct ImportSocialText
{
    Q_DECLARE_TR_FUNCTIONS(seance::cli)
};

void printReport(QTextStream& out, const SocialImportReport& report, const SocialImportRequest& request)
{
    const social::SocialReadReport& read = report.read;
    out << ImportSocialText::tr("  posts read   %1").arg(report.posts);
    if (report.routed > 0)
        out << ImportSocialText::tr(" (routed ones from %1 to %2)")
                   .arg(formatTimestamp(report.firstMs, true), formatTimestamp(report.lastMs, true));
    out << '\n';
    if (!read.sources.isEmpty())
        out << ImportSocialText::tr("  sources      %1").arg(read.sources.join(QStringLiteral(", "))) << '\n';
    out << ImportSocialText::tr("  routed       %1 (%2 to more than one subject)")
               .arg(report.routed)
               .arg(report.multiSubject)
        << '\n';
    if (!report.dryRun)
        out << ImportSocialText::tr("  stored       %1 (%2 duplicates skipped, %3 unscored)")
                   .arg(report.inserted)
                   .arg(report.duplicates)
                   .arg(report.unscored)
            << '\n';
    QStringList names;
    for (const auto& [name, posts] : report.ambiguousNames)
        names.append(ImportSocialText::tr("%1 in %2").arg(name).arg(posts));
    out << ImportSocialText::tr("  ambiguous    %1").arg(report.ambiguous);
    if (!names.isEmpty())
        out << ImportSocialText::tr(" (%1; not credited: choose with --ambiguous NAME=TOKEN)")
                   .arg(names.join(QStringLiteral(", ")));
    out << '\n';
    out << ImportSocialText::tr("  unmatched    %1").arg(report.unmatched)
        << (request.routing.keepUnmatched.isEmpty()
                ? ImportSocialText::tr(" (not imported)")
                : ImportSocialText::tr(" (%1 posts without a subject kept under %2)")
                      .arg(report.keptUnmatched)
                      .arg(request.routing.keepUnmatched))
        << '\n';
    out << ImportSocialText::tr("  skipped      %1 service, %2 deleted, %3 empty, %4 bots")
               .arg(read.skippedService)
               .arg(read.skippedDeleted)
               .arg(read.skippedEmpty)
               .arg(read.skippedBots)
        << '\n';
    out << ImportSocialText::tr("  repaired     %1 invalid escapes, %2 repeated keys")
               .arg(read.repairedEscapes)
               .arg(read.repairedDuplicateKeys)
        << '\n';
    if (read.localTimes > 0)
        out << ImportSocialText::tr("  time zone    %1 posts have no date_unixtime: their local time was read as UTC")
                   .arg(read.localTimes)
            << '\n';
    out << (report.dryRun ? ImportSocialText::tr("  per subject (would be imported):")
                          : ImportSocialText::tr("  per subject:"))
        << '\n';
    if (report.subjects.isEmpty())
        out << ImportSocialText::tr("    none") << '\n';
    for (const SocialSubjectCount& subject : report.subjects) {
        const QString kind =
            subject.kind == SubjectKind::Token ? ImportSocialText::tr("token") : ImportSocialText::tr("narrative");
        out << QStringLiteral("    %1 %2 %3  %4")
                   .arg(kind, -9)
                   .arg(subject.id, -28)
                   .arg(subject.posts, 8)
                   .arg(subject.label)
            << '\n';
    }
}

// When no post found a subject, says why and what to do: an empty workspace has nothing to route to.
void printNothingRoutedHint(QTextStream& out, const Database& db, const SocialImportReport& report)
{
    if (report.posts == 0 || report.routed > 0 || report.keptUnmatched > 0)
        return;
    const std::optional<QStringList> tokens = TokenStore(db).ids();
    const std::optional<QStringList> narratives = NarrativeStore(db).ids();
    if (tokens && narratives && tokens->isEmpty() && narratives->isEmpty())
        out << ImportSocialText::tr("No post had anywhere to go: this workspace has no tokens or narratives. Import a "
                                    "dataset that has them first, or import into the default workspace (leave out "
                                    "--db), which starts with the sample's tokens.")
            << '\n';
    else
        out << ImportSocialText::tr("No post names a token or narrative of this workspace. Check the tokens' names and "
                                    "aliases, send every post to one with --route token:ID or --route narrative:ID, "
                                    "or keep them with --keep-unmatched NARRATIVE.")
            << '\n';
}

} // namespace

int importSocialFile(CommandContext& context, const Database& db, const SocialImportRequest& request)
{
    SocialImportOptions options;
    options.routing = request.routing;
    options.routing.fileContext = QFileInfo(request.path).completeBaseName();
    options.dryRun = request.dryRun;
    options.excludeBots = request.excludeBots;
    options.score = workspaceScoreFunction(db, context.extraLexiconPath());
    const SocialImportReport report =
        importSocialPosts(db, socialFileSource(request.path, request.format), request.path, options);
    if (!report.ok) {
        context.err << report.error << Qt::endl << ImportSocialText::tr("Nothing was imported.") << Qt::endl;
        return 1;
    }
    const QString title = social::socialFormatTitle(request.format);
    context.out << (report.dryRun ? ImportSocialText::tr("Dry run of %1 (%2); nothing was written to %3:")
                                  : ImportSocialText::tr("Imported %1 (%2) into %3:"))
                       .arg(QFileInfo(request.path).fileName(), title, db.path())
                << '\n';
    printReport(context.out, report, request);
    printNothingRoutedHint(context.out, db, report);
    return 0;
}

} // namespace seance::cli
