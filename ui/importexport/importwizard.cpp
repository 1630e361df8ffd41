// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importexport/importwizard.h"

#include "models/appsettings.h"
#include "models/io/social/socialformat.h"
#include "models/routing/importfile.h"
#include "models/sentiment/scoring/nameindex.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"
#include "ui/common/progresstask.h"
#include "ui/importexport/importwizardpages.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace seance {

ImportWizard::ImportWizard(const Database& db, const QString& path, social::SocialFormat format, QWidget* parent)
    : QWizard(parent)
    , m_databasePath(db.path())
    , m_path(path)
    , m_format(format)
    , m_names(std::make_shared<const NameIndex>(NameIndex::fromDatabase(db)))
    , m_extraLexiconPath(AppSettings::value(Setting::ExtraLexiconPath).toString())
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_routing.fileContext = QFileInfo(path).completeBaseName();
    setPage(SourcePage, new ImportSourcePage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    setPage(RoutingPage, new ImportRoutingPage(this));
    setPage(RunPage, new ImportRunPage(this));
    resize(900, 600);
}

ImportWizard::~ImportWizard()
{
    for (auto& [future, progress] : m_passes)
        progress->cancelRequested = true;
    for (auto& [future, progress] : m_passes)
        future.waitForFinished();
}

void ImportWizard::showInChart()
{
    ImportShowRequest show;
    for (const SocialSubjectCount& subject : m_result.subjects) {
        if (subject.kind == SubjectKind::Token)
            show.tokens.append(subject.id);
    }
    // A little room either side, so the first and last posts are not on the plot's edges.
    const qint64 span = std::max<qint64>(m_result.lastMs - m_result.firstMs, 3'600'000);
    show.range = {m_result.firstMs - span / 20, m_result.lastMs + span / 20 + 1};
    m_show = show;
    accept();
}

QFuture<SocialImportReport> ImportWizard::startPass(SocialImportOptions options,
                                                    const std::shared_ptr<TaskProgress>& progress, bool scored)
{
    // Passes that have finished need no waiting any more.
    m_passes.removeIf([](const auto& pass) { return pass.first.isFinished(); });
    options.names = m_names;
    options.cancel = &progress->cancelRequested;
    options.progress = [progress = progress.get()](qint64 done, qint64 total) {
        progress->total = total;
        progress->done = done;
    };
    auto future = QtConcurrent::run([databasePath = m_databasePath, path = m_path, format = m_format, options, scored,
                                     extra = m_extraLexiconPath]() mutable {
        Database db;
        SocialImportReport report;
        if (!db.open(databasePath, &report.error, Database::Check::Skip))
            return report;
        if (scored)
            options.score = workspaceScoreFunction(db, extra);
        return importSocialPosts(db, socialFileSource(path, format), path, options);
    });
    m_passes.append({future, progress});
    return future;
}

} // namespace seance
