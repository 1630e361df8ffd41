// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guilauncher.h"

#include "appsettings.h"
#include "common/firstpaintprobe.h"
#include "defaultworkspace.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPalette>
#include <QStyleFactory>

namespace seance {
namespace {

// The default look is dark ("ghostly"), to match the chart; the full theme switcher comes with the themes work.
void applyDarkPalette(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(0x1c, 0x1a, 0x26), base(0x15, 0x13, 0x1d), text(0xe6, 0xe3, 0xf0), accent(0x8f, 0x6b, 0xff);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window.lighter(115));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(120));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent.lighter(130));
    p.setColor(QPalette::PlaceholderText, text.darker(160));
    p.setColor(QPalette::Disabled, QPalette::Text, text.darker(180));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, text.darker(180));
    p.setColor(QPalette::Disabled, QPalette::WindowText, text.darker(180));
    app.setPalette(p);
}

} // namespace

int runGui(const cli::Invocation& invocation, int argc, char** argv)
{
    QApplication app(argc, argv);
    cli::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Seance"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/seance.svg")));
    applyDarkPalette(app);

    // An explicit --db wins; otherwise reopen the last workspace, falling back to the default sample one.
    QString path = invocation.databasePath;
    if (path.isEmpty()) {
        const QString last = AppSettings::value(Setting::LastDatabase).toString();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : defaultDatabasePath();
    }
    QString error;
    if (!ensureWorkspaceExists(path, &error)) {
        QMessageBox box(QMessageBox::Critical, QApplication::translate("seance", "Seance cannot start"), error);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return 1;
    }
    MainWindow window;
    installFirstPaintProbe(&window);
    window.show();
    if (!window.openDatabase(path) && path != defaultDatabasePath())
        window.openDatabase(defaultDatabasePath());
    return app.exec();
}

} // namespace seance
