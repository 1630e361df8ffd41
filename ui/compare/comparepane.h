// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/compare/comparesetup.h"
#include "ui/common/dialogseam.h"
#include "ui/compare/comparescene.h"
#include "ui/export/imageexport.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QSpinBox;
class QToolButton;

namespace seance {

class CompareChartView;
class CompareLanesView;
class CompareRowsEditor;
class Database;
class ViewState;

// Compare Narratives: two or more narratives or tokens, each aligned on its own anchor event ("day 0"), their
// metric overlaid against days since the anchor, with each row's events in lanes beneath. The metric follows
// the ViewState; the rows and the window are the pane's own setup, which serialises for saved views.
class ComparePane final : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePane(const ViewState* state, QWidget* parent = nullptr);
    ~ComparePane() override;

    // The workspace to read; null when none is open. The pane keeps the pointer until the next call.
    void setWorkspace(const Database* db, const QList<NarrativeRecord>& narratives,
                      const QHash<QString, QString>& tokenNames, const QList<EventRecord>& events);
    void setDialogSeam(DialogSeam seam) { m_dialogs = std::move(seam); }
    // Generated posts: the exported pictures say "sample data", as the chart's do.
    void setSampleData(bool sample) { m_sampleData = sample; }
    // N of the impact columns in the Markdown export, the same N as the impact table.

    CompareSetup setup() const { return m_setup; }
    void setSetup(const CompareSetup& setup);
    QJsonObject toJson() const { return m_setup.toJson(); }
    bool fromJson(const QJsonObject& json, QString* error = nullptr);

    const CompareScene& scene() const { return m_scene; }
    std::optional<int> hoverDay() const { return m_scene.hoverDay; }
    void setHoverDay(std::optional<int> day);
    // The tooltip of a day: each row's value and posts, and its events on that day.
    QString toolTipForDay(int day) const;

    CompareChartView* chartView() const { return m_chart; }
    CompareLanesView* lanesView() const { return m_lanes; }
    CompareRowsEditor* rowsEditor() const { return m_rowsEditor; }

    // The exports, also behind the pane's Export menu. Each writes whole or not at all.
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    bool exportMarkdown(const QString& path, QString* error = nullptr) const;
    bool exportImage(const QString& path, const ImageExportOptions& options, QString* error = nullptr) const;
    PaintFunction picture() const;
    // "compare-summoning-ghosts-vs-dogecoin.csv": the file name the Export menu's save dialogs start with.
    QString suggestedFileName(const QString& suffix) const;

signals:
    void setupChanged();
    void eventActivated(const QString& eventId);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi(); // every text of the pane, in the installed language
    void recompute();
    void rowsEdited();
    void windowEdited();
    void updateMetricLabel();
    QList<QColor> rowColors() const;
    QString emptyMessage() const;
    // comparepaneexport.cpp
    QToolButton* createExportButton();
    void chooseExport(const QString& caption, const QString& filter, const QString& suffix,
                      const std::function<bool(const QString&, QString*)>& write);
    QString pictureTitle() const;
    QString pictureCaption() const;

    const ViewState* m_state;
    const Database* m_db = nullptr;
    QList<NarrativeRecord> m_narratives;
    QHash<QString, QString> m_tokenNames;
    QList<EventRecord> m_events;
    DialogSeam m_dialogs;
    bool m_sampleData = false;
    CompareSetup m_setup;
    CompareScene m_scene;
    bool m_stale = true;
    CompareRowsEditor* m_rowsEditor;
    QSpinBox* m_before;
    QSpinBox* m_after;
    QLabel* m_metricLabel;
    QLabel* m_windowLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QToolButton* m_exportButton = nullptr;
    CompareChartView* m_chart;
    CompareLanesView* m_lanes;
};

} // namespace seance
