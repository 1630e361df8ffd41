// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presenting/chartexportactions.h"

#include "models/appsettings.h"
#include "models/viewstate.h"
#include "ui/chart/chartexport.h"
#include "ui/chart/chartpalette.h"
#include "ui/common/dialogseam.h"
#include "ui/common/retranslator.h"
#include "ui/export/exportchartdialog.h"
#include "ui/export/imageexport.h"
#include "ui/presenting/themeswitcher.h"
#include "ui/theme/theme.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>

namespace seance {

ChartExportActions::ChartExportActions(QWidget* window, const ViewState* state, const ThemeSwitcher* themes,
                                       const DialogSeam* dialogs)
    : QObject(window)
    , m_window(window)
    , m_state(state)
    , m_themes(themes)
    , m_dialogs(dialogs)
    , m_export(new QAction(this))
    , m_copy(new QAction(this))
{
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &ChartExportActions::exportChart);
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    Retranslator::of(window)->add(this, [this] {
        m_export->setText(tr("Export &Chart…"));
        m_export->setStatusTip(tr("Save the chart as a PNG or SVG picture for a slide or a post"));
        m_copy->setText(tr("&Copy Chart"));
        m_copy->setStatusTip(tr("Copy the chart as a picture, at the size of the last export"));
    });
    connect(m_copy, &QAction::triggered, this, &ChartExportActions::copyChart);
}

ChartExportSpec ChartExportActions::currentSpec() const
{
    ChartExportSpec spec;
    spec.databasePath = m_databasePath;
    spec.workspaceAlreadyChecked = true;
    spec.tokenIds = m_state->selectedTokens();
    spec.range = m_state->visibleRange();
    spec.metric = m_state->metric();
    spec.granularity = m_state->granularity();
    spec.smoothing = m_state->smoothing(); // View › Smoothing, which the dialog can change for this picture
    spec.language = m_state->postLanguage();
    spec.palette = chartPalette(m_themes->theme());
    spec.showPrice = m_priceShown && m_priceShown(); // the price overlay, as on screen
    spec.priceLog = AppSettings::value(Setting::ChartPriceLog).toBool();
    return spec;
}

void ChartExportActions::exportChart()
{
    const ChartExportSpec view = currentSpec();
    if (view.tokenIds.isEmpty()) {
        m_dialogs->showError(m_window, tr("Export Chart"), tr("Select one or more tokens to chart first."));
        return;
    }
    ExportChartDialog dialog(view, m_themes->theme(), m_window);
    if (!dialog.isLoaded()) {
        m_dialogs->showError(m_window, tr("Export Chart"), dialog.loadError());
        return;
    }
    if (m_dialogs->execDialog(&dialog) != QDialog::Accepted)
        return;
    dialog.rememberChoices();
    QString folder = AppSettings::value(Setting::ChartExportFolder).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const bool svg = dialog.chosenFormat() == ImageFormat::Svg;
    QString path =
        m_dialogs->saveFileName(m_window, tr("Export Chart"), QDir(folder).filePath(dialog.suggestedFileName()),
                                svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!imageFormatForPath(path))
        path += svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!dialog.writeTo(path, &error)) {
        m_dialogs->showError(m_window, tr("Export Chart"), error);
        return;
    }
    AppSettings::setValue(Setting::ChartExportFolder, QFileInfo(path).absolutePath());
    emit statusMessage(tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void ChartExportActions::copyChart()
{
    ChartExportSpec spec = currentSpec();
    if (spec.tokenIds.isEmpty()) {
        m_dialogs->showError(m_window, tr("Copy Chart"), tr("Select one or more tokens to chart first."));
        return;
    }
    spec.size = AppSettings::value(Setting::ChartExportSize).toSize();
    if (spec.size.isEmpty())
        spec.size = ExportChartDialog::sizePresets().constFirst();
    spec.showEvents = AppSettings::value(Setting::ChartExportEvents).toBool();
    spec.showLegend = AppSettings::value(Setting::ChartExportLegend).toBool();
    ChartExportRenderer renderer;
    QString error;
    if (!renderer.load(spec, &error)) {
        m_dialogs->showError(m_window, tr("Copy Chart"), error);
        return;
    }
    copyImageToClipboard([&renderer](QPainter* painter, const QRectF& target) { renderer.paint(painter, target); },
                         renderer.imageOptions());
    emit statusMessage(tr("Chart copied (%1 × %2)").arg(spec.size.width()).arg(spec.size.height()), 5000);
}

} // namespace seance
