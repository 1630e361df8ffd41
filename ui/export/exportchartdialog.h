// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/chart/chartexport.h"
#include "ui/export/imageexport.h"
#include "ui/theme/theme.h"

#include <QDialog>
#include <QImage>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace seance {

// File › Export Chart…: the format, size, scale, theme, texts and toggles of a chart picture, with a live
// preview drawn by the same ChartExportRenderer that writes the file. The texts start from the current view;
// the other choices are remembered in AppSettings (rememberChoices()) and come back next time.
class ExportChartDialog final : public QDialog
{
    Q_OBJECT
public:
    // view: what the chart shows now (workspace, tokens, range, metric, granularity, focused event).
    ExportChartDialog(const ChartExportSpec& view, Theme currentTheme, QWidget* parent = nullptr);
    ~ExportChartDialog() override;

    // False when the view could not be loaded; loadError() says why and the dialog should not be shown.
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }

    static QList<QSize> sizePresets();
    ImageFormat chosenFormat() const;
    QSize chosenSize() const;
    double chosenScale() const;
    Theme chosenTheme() const;
    // Everything chosen, ready for exportChartFile() or the renderer.
    ChartExportSpec chosenSpec() const;
    QString suggestedFileName() const;
    void rememberChoices() const;
    // Renders the picture as chosen into path; false with *error on failure.
    bool writeTo(const QString& path, QString* error = nullptr);
    // The last preview drawn, at thumbnail size.
    QImage previewImage() const { return m_preview; }

private:
    void buildForm();
    void restoreChoices();
    void updateEnabled();
    void schedulePreview();
    void renderPreview();
    void followSmoothing();
    Smoothing chosenSmoothing() const;

    ChartExportSpec m_view;
    Theme m_currentTheme;
    std::unique_ptr<ChartExportRenderer> m_renderer;
    bool m_loaded = false;
    QString m_loadError;
    QStringList m_defaultTexts; // title, subtitle and caption as the view suggests them
    QImage m_preview;
    QComboBox* m_format;
    QComboBox* m_sizePreset;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QComboBox* m_scale;
    QComboBox* m_theme;
    QLineEdit* m_title;
    QLineEdit* m_subtitle;
    QLineEdit* m_caption;
    QCheckBox* m_events;
    QCheckBox* m_legend;
    QCheckBox* m_transparent;
    QComboBox* m_smoothing;
    QCheckBox* m_band;
    QLabel* m_previewLabel;
    QTimer* m_previewTimer;
};

} // namespace seance
