// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/routing/socialimport.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace seance {

class ImportWizard;
class SocialPreviewModel;
struct TaskProgress;

// A pass over the file on a worker, with a progress bar fed from its byte count.
class ImportPassRunner : public QObject
{
    Q_OBJECT
public:
    ImportPassRunner(ImportWizard* wizard, QProgressBar* bar, QObject* parent);
    void start(const SocialImportOptions& options, bool scored);
    void cancel();
    bool isRunning() const;

signals:
    void finished(const seance::SocialImportReport& report);

private:
    ImportWizard* m_wizard;
    QProgressBar* m_bar;
    QTimer* m_poll;
    std::shared_ptr<TaskProgress> m_progress;
    QFutureWatcher<SocialImportReport>* m_watcher = nullptr;
};

// Step 1: what the file is, where it comes from and the time it spans; reads the whole file once (a dry run
// with scores) and keeps the first posts for the preview.
class ImportSourcePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSourcePage(ImportWizard* wizard);
    void initializePage() final;
    bool isComplete() const final;

private:
    void showScan(const SocialImportReport& report);

    ImportWizard* m_wizard;
    QLabel* m_status;
    QProgressBar* m_bar;
    QFormLayout* m_facts;
    ImportPassRunner* m_runner;
    bool m_done = false;
};

// Step 2: the first posts with time, author, text, route and score.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard* wizard);
    void initializePage() final;

private:
    ImportWizard* m_wizard;
    SocialPreviewModel* m_model;
    QTableView* m_table;
};

// Step 3: where the posts go, with counts per subject that follow every change.
class ImportRoutingPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRoutingPage(ImportWizard* wizard);
    void initializePage() final;
    bool validatePage() final;
    bool isComplete() const final;

private:
    RoutingOptions chosenRouting() const;
    void recount();
    void showCounts(const SocialImportReport& report);
    void addAmbiguityChoices();

    ImportWizard* m_wizard;
    QButtonGroup* m_mode;
    QComboBox* m_token;
    QComboBox* m_narrative;
    QCheckBox* m_keep;
    QComboBox* m_keepNarrative;
    QFormLayout* m_ambiguity;
    QList<QPair<QString, QComboBox*>> m_choices; // name as the workspace spells it, its combo
    QLabel* m_shares;
    QTableWidget* m_counts;
    QProgressBar* m_bar;
    QTimer* m_debounce;
    ImportPassRunner* m_runner;
    bool m_counted = false;
};

// Step 4: the import with progress and Cancel, then its summary and "Show in chart".
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard* wizard);
    void initializePage() final;
    bool isComplete() const final;

private:
    void showResult(const SocialImportReport& report);

    ImportWizard* m_wizard;
    QLabel* m_status;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QLabel* m_summary;
    QTableWidget* m_counts;
    QPushButton* m_showInChart;
    ImportPassRunner* m_runner;
    bool m_done = false;
};

// Fills a table with one row per subject: kind, name, posts.
void fillSubjectCounts(QTableWidget* table, const QList<SocialSubjectCount>& subjects);

} // namespace seance
