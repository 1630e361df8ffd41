// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/imageexport.h"

#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>
#include <optional>

namespace seance {

std::optional<ImageFormat> imageFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ImageFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ImageFormat::Svg;
    return std::nullopt;
}

bool fitsPixelBudget(const ImageExportOptions& options)
{
    const double scale = options.scale > 0 ? options.scale : 1.0;
    return double(options.size.width()) * scale * double(options.size.height()) * scale <= double(maximumImagePixels);
}

QImage renderImage(const PaintFunction& paint, const ImageExportOptions& options)
{
    const double scale = options.scale > 0 ? options.scale : 1.0;
    const QSize pixels(int(std::lround(options.size.width() * scale)), int(std::lround(options.size.height() * scale)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(options.size)));
    painter.end();
    if (!options.transparent) {
        // Whatever the paint function left see-through becomes opaque: a slide or a chat preview shows no
        // checkerboard.
        QImage opaque(pixels, QImage::Format_RGB32);
        opaque.setDevicePixelRatio(scale);
        opaque.fill(Qt::white);
        QPainter over(&opaque);
        over.drawImage(QPointF(0, 0), image);
        over.end();
        return opaque;
    }
    return image;
}

namespace {

bool writeSvg(QIODevice* device, const PaintFunction& paint, const ImageExportOptions& options)
{
    QSvgGenerator generator;
    generator.setOutputDevice(device);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    generator.setResolution(96);
    generator.setTitle(options.title);
    generator.setDescription(options.description);
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(options.size)));
    return painter.end();
}

} // namespace

bool writeImageFile(const QString& path, ImageFormat format, const PaintFunction& paint,
                    const ImageExportOptions& options, QString* error)
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = QObject::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (options.size.width() <= 0 || options.size.height() <= 0)
        return fail(QObject::tr("the size %1×%2 is empty").arg(options.size.width()).arg(options.size.height()));
    if (format == ImageFormat::Png && !fitsPixelBudget(options))
        return fail(QObject::tr("%1×%2 at %3× is more than %4 million pixels")
                        .arg(options.size.width())
                        .arg(options.size.height())
                        .arg(options.scale)
                        .arg(maximumImagePixels / 1'000'000));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    bool written = false;
    if (format == ImageFormat::Png)
        written = renderImage(paint, options).save(&file, "PNG");
    else
        written = writeSvg(&file, paint, options);
    if (!written) {
        file.cancelWriting();
        return fail(QObject::tr("the image could not be encoded"));
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

bool copyImageToClipboard(const PaintFunction& paint, const ImageExportOptions& options)
{
    if (!fitsPixelBudget(options))
        return false;
    QImage image = renderImage(paint, options);
    if (image.isNull())
        return false;
    image.setDevicePixelRatio(1.0); // other programs read pixels, not Qt's ratio
    QGuiApplication::clipboard()->setImage(image);
    return true;
}

} // namespace seance
