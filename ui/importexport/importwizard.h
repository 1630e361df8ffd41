// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/social/socialpost.h"
#include "models/routing/routingoptions.h"
#include "models/routing/socialimport.h"
#include "models/time/timerange.h"

#include <QFuture>
#include <QList>
#include <QWizard>

#include <memory>
#include <optional>

namespace seance {

class Database;
class NameIndex;
struct TaskProgress;

// What "Show in chart" asks the window for: the tokens that got posts and their time span.
struct ImportShowRequest
{
    QStringList tokens;
    TimeRange range;
};

// File › Import… for an export of Telegram, Reddit, X or Discord: (1) the detected format, source and time
// span, (2) a preview of the first 200 posts with their route and score, (3) the routing choice with live
// counts, (4) the import with progress and Cancel, then a summary. Every pass over the file runs on a worker
// thread with its own connection; nothing is written before step 4, and a failed or cancelled import leaves
// the workspace as it was.
class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePage, PreviewPage, RoutingPage, RunPage };
    static constexpr int previewPosts = 200;

    ImportWizard(const Database& db, const QString& path, social::SocialFormat format, QWidget* parent = nullptr);
    ~ImportWizard() override;

    QString path() const { return m_path; }
    social::SocialFormat format() const { return m_format; }
    const NameIndex& names() const { return *m_names; }

    RoutingOptions routing() const { return m_routing; }
    void setRouting(const RoutingOptions& routing) { m_routing = routing; }

    // The first pass (a dry run with scores and the preview), once it has finished.
    const SocialImportReport& scan() const { return m_scan; }
    void setScan(const SocialImportReport& scan) { m_scan = scan; }
    // The import, once it has finished.
    const SocialImportReport& result() const { return m_result; }
    void setResult(const SocialImportReport& result) { m_result = result; }
    bool imported() const { return m_result.ok && m_result.inserted > 0; }

    std::optional<ImportShowRequest> showRequest() const { return m_show; }
    // "Show in chart": remembers the tokens and span of the import and closes the wizard.
    void showInChart();

    // Runs importSocialPosts over the file on a worker thread with its own connection. progress receives the
    // bytes read and is polled by the caller; its cancel flag stops the pass. The wizard waits for every pass
    // it started before it goes away.
    QFuture<SocialImportReport> startPass(SocialImportOptions options, const std::shared_ptr<TaskProgress>& progress,
                                          bool scored);

private:
    QString m_databasePath;
    QString m_path;
    social::SocialFormat m_format;
    std::shared_ptr<const NameIndex> m_names;
    QString m_extraLexiconPath; // Edit › Extra Lexicon…, read on the GUI thread
    RoutingOptions m_routing;
    SocialImportReport m_scan;
    SocialImportReport m_result;
    std::optional<ImportShowRequest> m_show;
    QList<QPair<QFuture<SocialImportReport>, std::shared_ptr<TaskProgress>>> m_passes;
};

} // namespace seance
