// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importexport/importwizard.h"
#include "ui/importexport/importwizardpages.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace seance {

ImportRunPage::ImportRunPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel Import"), this))
    , m_summary(new QLabel(this))
    , m_counts(new QTableWidget(0, 3, this))
    , m_showInChart(new QPushButton(tr("Show in Chart"), this))
    , m_runner(new ImportPassRunner(wizard, m_bar, this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("The posts are written in one transaction: if anything goes wrong, or you cancel, the workspace "
                   "stays as it was."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setHorizontalHeaderLabels({tr("Kind"), tr("Subject"), tr("Posts")});
    m_counts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_showInChart->setObjectName(QStringLiteral("showInChart"));
    m_showInChart->setToolTip(tr("Select the tokens that got posts and frame their time span"));
    m_cancel->setToolTip(tr("Stop and write nothing"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_summary);
    layout->addWidget(m_counts, 1);
    layout->addWidget(m_showInChart, 0, Qt::AlignLeft);
    m_summary->hide();
    m_counts->hide();
    m_showInChart->hide();
    connect(m_cancel, &QPushButton::clicked, m_runner, &ImportPassRunner::cancel);
    connect(m_runner, &ImportPassRunner::finished, this, &ImportRunPage::showResult);
    connect(m_showInChart, &QPushButton::clicked, wizard, &ImportWizard::showInChart);
}

void ImportRunPage::initializePage()
{
    if (m_done || m_runner->isRunning())
        return;
    m_status->setText(tr("Importing…"));
    SocialImportOptions options;
    options.routing = m_wizard->routing();
    m_runner->start(options, true);
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

void ImportRunPage::showResult(const SocialImportReport& report)
{
    m_done = true;
    m_wizard->setResult(report);
    m_cancel->hide();
    m_bar->hide();
    if (!report.ok) {
        m_status->setText(report.cancelled
                              ? tr("The import was cancelled. Nothing was written; the workspace is unchanged.")
                              : tr("Nothing was imported; the workspace is unchanged.\n\n%1").arg(report.error));
        emit completeChanged();
        return;
    }
    const QLocale locale;
    const social::SocialReadReport& read = report.read;
    m_status->setText(tr("Imported %1 posts.").arg(locale.toString(report.inserted)));
    QStringList lines;
    lines << tr("Duplicates skipped (already in the workspace): %1").arg(locale.toString(report.duplicates))
          << tr("Posts about more than one subject (stored once, counted in each): %1")
                 .arg(locale.toString(report.multiSubject))
          << tr("Ambiguous names nothing decided (not credited): %1").arg(locale.toString(report.ambiguous))
          << tr("Unmatched (named nothing): %1%2")
                 .arg(locale.toString(report.unmatched),
                      report.keptUnmatched > 0 ? tr(", %1 kept").arg(locale.toString(report.keptUnmatched)) : QString())
          << tr("Skipped: %1 service, %2 deleted, %3 without text, %4 from bots")
                 .arg(locale.toString(read.skippedService), locale.toString(read.skippedDeleted),
                      locale.toString(read.skippedEmpty), locale.toString(read.skippedBots))
          << tr("Unscored (a script the lexicon does not cover): %1").arg(locale.toString(report.unscored))
          << tr("Repaired: %1 invalid escapes, %2 repeated keys")
                 .arg(locale.toString(read.repairedEscapes), locale.toString(read.repairedDuplicateKeys));
    if (read.localTimes > 0)
        lines << tr("Time zone: %1 posts give only the exporting machine's local time and were read as UTC.")
                     .arg(locale.toString(read.localTimes));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    fillSubjectCounts(m_counts, report.subjects);
    m_summary->show();
    m_counts->show();
    const bool anyToken = std::any_of(report.subjects.begin(), report.subjects.end(),
                                      [](const SocialSubjectCount& s) { return s.kind == SubjectKind::Token; });
    m_showInChart->setVisible(anyToken);
    emit completeChanged();
}

} // namespace seance
