// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the scored sample, shown at a desktop size, as the tests that walk a user's path start it;
// and the colour counting those tests read pictures with.
#pragma once

#include "sampleworkspace.h"
#include "ui/mainwindow.h"

#include <QColor>
#include <QFileInfo>
#include <QImage>
#include <QTest>

#include <memory>

namespace seance::testing {

// The window on a fresh sample workspace in dir, settings cleared; null (and a failed test) when it cannot open.
inline std::unique_ptr<MainWindow> openSampleWindow(const QTemporaryDir& dir)
{
    QString path = dir.filePath(QStringLiteral("sample.seance"));
    QString error;
    if (QFileInfo::exists(path)) { // made by an earlier test function: reused, with the settings cleared
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    } else if (!prepareSampleWorkspace(dir, &path, &error)) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return nullptr;
    }
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->openDatabase(path)) {
        QTest::qFail("the sample window does not open", __FILE__, __LINE__);
        return nullptr;
    }
    return window;
}

// Pixels of image inside area (all of it when empty) within tolerance (sum of channel differences) of colour.
inline int pixelsNear(const QImage& image, const QColor& colour, int tolerance = 12, QRect area = {})
{
    area = area.isEmpty() ? image.rect() : area.intersected(image.rect());
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            count += std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green())
                         + std::abs(pixel.blue() - colour.blue())
                     <= tolerance;
        }
    }
    return count;
}

} // namespace seance::testing
