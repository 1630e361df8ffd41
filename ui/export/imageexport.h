// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

class QPainter;

namespace seance {

// Paints a picture laid out for target, in logical pixels. The chart and the comparison both paint through one
// of these, so the screen, PNG, SVG and the clipboard share one drawing path.
using PaintFunction = std::function<void(QPainter* painter, const QRectF& target)>;

enum class ImageFormat { Png, Svg };

struct ImageExportOptions
{
    QSize size{1920, 1080}; // logical pixels: what the picture is laid out for
    double scale = 1.0;     // PNG pixel ratio; a 2× PNG of 1920×1080 is 3840×2160 pixels with the same layout
    bool transparent = false; // PNG only: leave what the paint function does not paint transparent
    QString title;           // SVG document title
    QString description;     // SVG document description
};

// A PNG is rendered whole in memory (4 bytes a pixel, twice while it is made opaque): beyond this many pixels the
// export is refused with a clear error rather than failing to allocate.
inline constexpr qint64 maximumImagePixels = 100'000'000;
bool fitsPixelBudget(const ImageExportOptions& options);

// The format named by the file's suffix (.png or .svg, any case), or empty.
std::optional<ImageFormat> imageFormatForPath(const QString& path);

// Renders at options.size × options.scale pixels. The paint function always sees options.size, so fonts and
// lines are laid out at the target size and then drawn at the pixel ratio: crisp, never a scaled grab.
QImage renderImage(const PaintFunction& paint, const ImageExportOptions& options);

// Writes a PNG or an SVG with real vectors (QSvgGenerator). Writes to a temporary file beside path and renames
// it, so a failure never leaves half a file. Returns false with *error naming the file on failure.
bool writeImageFile(const QString& path, ImageFormat format, const PaintFunction& paint,
                    const ImageExportOptions& options, QString* error = nullptr);

// Puts the rendered picture on the clipboard; false when it is too large to render. Needs a QGuiApplication.
bool copyImageToClipboard(const PaintFunction& paint, const ImageExportOptions& options);

} // namespace seance
