// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/aboutbox.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>

namespace seance {

void showAboutBox(QWidget* parent, const QString& workspacePath)
{
    // The window's own strings: their translations keep its context.
    QMessageBox box(parent);
    box.setWindowTitle(QCoreApplication::translate("seance::MainWindow", "About Seance"));
    box.setTextFormat(Qt::RichText);
    box.setText(QCoreApplication::translate(
                    "seance::MainWindow",
                    "<h3>Seance %1</h3><p>A desktop explorer for meme-token narratives and the sentiment of the "
                    "posts about them.</p><p>Licensed under the GNU General Public License, version 3 or later.</p>")
                    .arg(QApplication::applicationVersion().toHtmlEscaped()));
    box.setInformativeText(QCoreApplication::translate("seance::MainWindow", "Workspace: %1")
                               .arg(QDir::toNativeSeparators(workspacePath).toHtmlEscaped()));
    box.exec();
}

} // namespace seance
