// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard's pass runner, its first two steps (source, preview) and the subject table they share.
#include "models/io/social/socialformat.h"
#include "models/items/socialpreviewmodel.h"
#include "models/time/timeformat.h"
#include "ui/common/progresstask.h"
#include "ui/importexport/importwizard.h"
#include "ui/importexport/importwizardpages.h"

#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace seance {

ImportPassRunner::ImportPassRunner(ImportWizard* wizard, QProgressBar* bar, QObject* parent)
    : QObject(parent)
    , m_wizard(wizard)
    , m_bar(bar)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        const qint64 total = m_progress ? m_progress->total.load() : 0;
        if (total <= 0) {
            m_bar->setRange(0, 0);
            return;
        }
        m_bar->setRange(0, 1000);
        m_bar->setValue(static_cast<int>(1000 * m_progress->done.load() / total));
    });
}

void ImportPassRunner::start(const SocialImportOptions& options, bool scored)
{
    cancel();
    m_progress = std::make_shared<TaskProgress>();
    // A new watcher per pass: a result that arrives for an older pass is dropped with its watcher.
    if (m_watcher)
        m_watcher->deleteLater();
    m_watcher = new QFutureWatcher<SocialImportReport>(this);
    auto* watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher != m_watcher)
            return;
        m_poll->stop();
        m_bar->setRange(0, 1000);
        m_bar->setValue(1000);
        emit finished(watcher->result());
    });
    m_bar->setRange(0, 0);
    m_bar->show();
    m_poll->start();
    watcher->setFuture(m_wizard->startPass(options, m_progress, scored));
}

void ImportPassRunner::cancel()
{
    if (m_progress)
        m_progress->cancelRequested = true;
}

bool ImportPassRunner::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void fillSubjectCounts(QTableWidget* table, const QList<SocialSubjectCount>& subjects)
{
    table->clearContents();
    table->setRowCount(static_cast<int>(subjects.size()));
    const QLocale locale;
    for (int row = 0; row < subjects.size(); ++row) {
        const SocialSubjectCount& subject = subjects.at(row);
        auto* kind = new QTableWidgetItem(subject.kind == SubjectKind::Token ? QWizardPage::tr("Token")
                                                                             : QWizardPage::tr("Narrative"));
        auto* name = new QTableWidgetItem(subject.label);
        name->setToolTip(subject.id);
        name->setData(Qt::UserRole, subject.id);
        auto* posts = new QTableWidgetItem(locale.toString(subject.posts));
        posts->setData(Qt::UserRole, subject.posts);
        posts->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (QTableWidgetItem* item : {kind, name, posts})
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        table->setItem(row, 0, kind);
        table->setItem(row, 1, name);
        table->setItem(row, 2, posts);
    }
}

ImportSourcePage::ImportSourcePage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_facts(new QFormLayout)
    , m_runner(new ImportPassRunner(wizard, m_bar, this))
{
    setTitle(tr("What the file holds"));
    setSubTitle(tr("Seance reads the whole file once to find its source, its time span and where its posts go. "
                   "Nothing is written yet."));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addLayout(m_facts);
    layout->addStretch();
    connect(m_runner, &ImportPassRunner::finished, this, &ImportSourcePage::showScan);
}

void ImportSourcePage::initializePage()
{
    if (m_done || m_runner->isRunning())
        return;
    m_status->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(m_wizard->path())));
    SocialImportOptions options;
    options.dryRun = true;
    options.previewLimit = ImportWizard::previewPosts;
    options.routing = m_wizard->routing();
    m_runner->start(options, true);
}

bool ImportSourcePage::isComplete() const
{
    return m_done && m_wizard->scan().ok;
}

void ImportSourcePage::showScan(const SocialImportReport& report)
{
    m_done = true;
    m_wizard->setScan(report);
    m_bar->hide();
    if (!report.ok) {
        // Bad input ends the wizard here: the error names the file, the record and the field.
        m_status->setText(tr("This file cannot be imported. Nothing was written; the workspace is unchanged.\n\n%1")
                              .arg(report.error));
        m_status->setObjectName(QStringLiteral("importError"));
        emit completeChanged();
        return;
    }
    const QLocale locale;
    const social::SocialReadReport& read = report.read;
    m_status->setText(tr("Detected format: %1.").arg(social::socialFormatTitle(m_wizard->format())));
    m_facts->addRow(tr("File:"), new QLabel(QDir::toNativeSeparators(m_wizard->path()), this));
    QString sources = read.sources.mid(0, 5).join(QStringLiteral(", "));
    if (read.sources.size() > 5)
        sources += tr(" and %n more", nullptr, static_cast<int>(read.sources.size() - 5));
    m_facts->addRow(tr("Source:"), new QLabel(sources.isEmpty() ? tr("not named in the file") : sources, this));
    m_facts->addRow(
        tr("Time span:"),
        new QLabel(read.posts > 0
                       ? tr("%1 to %2").arg(formatTimestamp(read.firstMs, true), formatTimestamp(read.lastMs, true))
                       : tr("no posts"),
                   this));
    m_facts->addRow(tr("Posts:"), new QLabel(locale.toString(report.posts), this));
    m_facts->addRow(tr("Skipped:"),
                    new QLabel(tr("%1 service messages, %2 deleted, %3 without text, %4 from bots")
                                   .arg(locale.toString(read.skippedService), locale.toString(read.skippedDeleted),
                                        locale.toString(read.skippedEmpty), locale.toString(read.skippedBots)),
                               this));
    if (report.repaired() > 0)
        m_facts->addRow(tr("Repaired:"), new QLabel(tr("%1 invalid escapes, %2 repeated keys")
                                                        .arg(locale.toString(read.repairedEscapes),
                                                             locale.toString(read.repairedDuplicateKeys)),
                                                    this));
    if (read.localTimes > 0)
        m_facts->addRow(tr("Time zone:"),
                        new QLabel(tr("%1 posts give only the exporting machine's local time; they are read as UTC.")
                                       .arg(locale.toString(read.localTimes)),
                                   this));
    emit completeChanged();
}

ImportPreviewPage::ImportPreviewPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(new SocialPreviewModel(this))
    , m_table(new QTableView(this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first %n posts, where each would go and its score.", nullptr, ImportWizard::previewPosts));
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SocialPreviewModel::Text, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
}

void ImportPreviewPage::initializePage()
{
    m_model->setPosts(m_wizard->scan().preview);
    for (const int column : {SocialPreviewModel::Time, SocialPreviewModel::Author, SocialPreviewModel::RoutedTo,
                             SocialPreviewModel::Score})
        m_table->resizeColumnToContents(column);
    m_table->setColumnWidth(SocialPreviewModel::RoutedTo,
                            std::min(m_table->columnWidth(SocialPreviewModel::RoutedTo), 260));
}

} // namespace seance
