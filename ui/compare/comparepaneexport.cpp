// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Compare Narratives pane's exports: CSV and Markdown through the pure writers in models/io, pictures
// through ui/export/imageexport with the pane's own painting code.
#include "ui/compare/comparepane.h"

#include "models/io/compare/comparisonexport.h"
#include "models/storage/database.h"
#include "models/viewstate.h"
#include "ui/common/retranslator.h"
#include "ui/common/slug.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>
#include <QToolButton>

namespace seance {

namespace {

bool writeText(const QString& path, const QString& text, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = QObject::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QList<ComparisonExportRow> exportRows(const CompareScene& scene)
{
    QList<ComparisonExportRow> rows;
    for (const CompareLine& line : scene.lines)
        rows.append(ComparisonExportRow{line.label, line.anchorTitle, line.series});
    return rows;
}

} // namespace

bool ComparePane::exportCsv(const QString& path, QString* error) const
{
    return writeText(path, alignedSeriesCsv(exportRows(m_scene), m_scene.metric), error);
}

bool ComparePane::exportMarkdown(const QString& path, QString* error) const
{
    if (!m_db) {
        if (error)
            *error = tr("No workspace is open.");
        return false;
    }
    BucketQuery query(*m_db);
    const QList<ComparisonExportRow> rows = exportRows(m_scene);
    const auto impacts = comparisonEventImpacts(query, rows, m_events, m_scene.metric, m_state->impactDays(), error);
    if (!impacts)
        return false;
    return writeText(path, comparisonMarkdown(rows, *impacts, m_scene.metric, m_state->impactDays()), error);
}

QString ComparePane::suggestedFileName(const QString& suffix) const
{
    QStringList labels;
    for (const CompareLine& line : m_scene.lines)
        labels << line.label;
    const QString subjects = slugOf(labels.join(QStringLiteral(" vs ")), 60);
    return (subjects.isEmpty() ? QStringLiteral("narrative-comparison") : QStringLiteral("compare-") + subjects) +
           suffix;
}

QString ComparePane::pictureTitle() const
{
    QStringList labels;
    for (const CompareLine& line : m_scene.lines)
        labels << line.label;
    return labels.isEmpty() ? tr("Narrative comparison")
                            : tr("%1 — aligned on day 0").arg(labels.join(QStringLiteral(" vs ")));
}

QString ComparePane::pictureCaption() const
{
    QString caption = tr("%1 per UTC day, days %2 to +%3 around each anchor event. Source: Seance workspace %4.")
                          .arg(metricLabel(m_scene.metric))
                          .arg(m_setup.window.first)
                          .arg(m_setup.window.last)
                          .arg(m_db ? QFileInfo(m_db->path()).fileName() : QString());
    if (m_sampleData)
        caption += u' ' + tr("Sample data, not real posts.");
    return caption;
}

PaintFunction ComparePane::picture() const
{
    // A copy of the scene without the hover line: an export shows the comparison, not where the mouse was.
    CompareScene scene = m_scene;
    scene.hoverDay.reset();
    const ComparePalette palette = ComparePalette::fromPalette(this->palette());
    const QFont font = this->font();
    const QString title = pictureTitle();
    const QString caption = pictureCaption();
    return [=](QPainter* painter, const QRectF& target) {
        paintComparisonPicture(painter, target, scene, palette, font, title, caption);
    };
}

bool ComparePane::exportImage(const QString& path, const ImageExportOptions& options, QString* error) const
{
    const std::optional<ImageFormat> format = imageFormatForPath(path);
    if (!format) {
        if (error)
            *error = tr("Could not write %1: the name must end in .png or .svg").arg(QDir::toNativeSeparators(path));
        return false;
    }
    ImageExportOptions withTitle = options;
    if (withTitle.title.isEmpty())
        withTitle.title = pictureTitle();
    if (withTitle.description.isEmpty())
        withTitle.description = pictureCaption();
    return writeImageFile(path, *format, picture(), withTitle, error);
}

void ComparePane::chooseExport(const QString& caption, const QString& filter, const QString& suffix,
                               const std::function<bool(const QString&, QString*)>& write)
{
    QString path = m_dialogs.saveFileName(this, caption, QDir::home().filePath(suggestedFileName(suffix)), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    QString error;
    if (!write(path, &error))
        m_dialogs.showError(this, tr("Export failed"), error);
}

QToolButton* ComparePane::createExportButton()
{
    auto* button = new QToolButton(this);
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    QAction* csv = menu->addAction(QString(), this, [this] {
        chooseExport(tr("Export Aligned Series"), tr("CSV files (*.csv)"), QStringLiteral(".csv"),
                     [this](const QString& path, QString* error) { return exportCsv(path, error); });
    });
    QAction* markdown = menu->addAction(QString(), this, [this] {
        chooseExport(tr("Export Event Table"), tr("Markdown files (*.md)"), QStringLiteral(".md"),
                     [this](const QString& path, QString* error) { return exportMarkdown(path, error); });
    });
    QAction* image = menu->addAction(QString(), this, [this] {
        chooseExport(tr("Export Comparison Image"), tr("PNG images (*.png);;SVG drawings (*.svg)"),
                     QStringLiteral(".png"), [this](const QString& path, QString* error) {
                         ImageExportOptions options;
                         options.scale = 2.0;
                         return exportImage(path, options, error);
                     });
    });
    QAction* copy = menu->addAction(QString(), this, [this] {
        ImageExportOptions options;
        options.scale = 2.0;
        copyImageToClipboard(picture(), options);
    });
    button->setMenu(menu);
    Retranslator::of(menu)->add(button, [button, csv, markdown, image, copy] {
        button->setText(tr("&Export"));
        button->setToolTip(tr("Export the comparison as CSV, Markdown or an image"));
        csv->setText(tr("Aligned Series as &CSV…"));
        markdown->setText(tr("Event Table as &Markdown…"));
        image->setText(tr("&Image (PNG 2× or SVG)…"));
        copy->setText(tr("C&opy Image"));
    });
    return button;
}

} // namespace seance
