// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace seance {

struct ChartExportSpec;
struct DialogSeam;
class ThemeSwitcher;
class ViewState;

// File › Export Chart… and Edit › Copy Chart: what the chart shows now (the ViewState's tokens, range, metric and
// granularity in the current theme), as a picture file or on the clipboard.
class ChartExportActions final : public QObject
{
    Q_OBJECT
public:
    // dialogs is the window's seam, read at each use so a test can replace it later.
    ChartExportActions(QWidget* window, const ViewState* state, const ThemeSwitcher* themes, const DialogSeam* dialogs);

    QAction* exportAction() const { return m_export; }
    QAction* copyAction() const { return m_copy; }
    void setDatabasePath(const QString& path) { m_databasePath = path; }
    // Whether the chart draws prices now (its Price button, and a price series to draw): exports follow it.
    void setPriceShown(std::function<bool()> shown) { m_priceShown = std::move(shown); }

    // What the chart shows now, as the starting point of an export.
    ChartExportSpec currentSpec() const;
    void exportChart();
    void copyChart();

signals:
    void statusMessage(const QString& message, int timeoutMs);

private:
    QWidget* m_window;
    const ViewState* m_state;
    const ThemeSwitcher* m_themes;
    const DialogSeam* m_dialogs;
    QString m_databasePath;
    std::function<bool()> m_priceShown;
    QAction* m_export;
    QAction* m_copy;
};

} // namespace seance
