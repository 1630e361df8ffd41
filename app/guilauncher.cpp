// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/guilauncher.h"

#include "app/defaultworkspace.h"
#include "models/appsettings.h"
#include "models/i18n/translationloader.h"
#include "models/sentiment/workspacescoring.h"
#include "ui/common/firstpaintprobe.h"
#include "ui/mainwindow.h"
#include "ui/theme/theme.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

#include <memory>

namespace seance {

int runGui(const cli::Invocation& invocation, int argc, char** argv)
{
    QApplication app(argc, argv);
    cli::setApplicationIdentity();
    // --lang wins for this run; otherwise View › Language's remembered choice (System by default).
    installTranslations(languageFromCode(invocation.language).value_or(savedLanguage()));
    QApplication::setApplicationDisplayName(QStringLiteral("Seance"));
    // Names the desktop entry (Wayland's app id), so shells show its icon and group the windows under it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.seance.Seance"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/seance.svg")));
    applyApplicationTheme(app, savedTheme()); // dark ("ghostly") unless another was chosen

    // An explicit --db wins; otherwise reopen the last workspace, falling back to the default sample one.
    QString path = invocation.databasePath;
    if (path.isEmpty()) {
        const QString last = AppSettings::value(Setting::LastDatabase).toString();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : defaultDatabasePath();
    }
    QString error;
    // --lexicon is what Edit › Extra Lexicon… sets: kept for later runs, removed with Remove Extra Lexicon.
    if (!invocation.lexiconPath.isEmpty()) {
        const QString lexicon = QFileInfo(invocation.lexiconPath).absoluteFilePath();
        if (!lexiconWithExtra(lexicon, &error)) {
            QMessageBox box(QMessageBox::Critical, QApplication::translate("seance", "Seance cannot start"), error);
            box.setTextFormat(Qt::PlainText);
            box.exec();
            return 1;
        }
        AppSettings::setValue(Setting::ExtraLexiconPath, lexicon);
    }
    const bool workspaceWasCreated = !QFileInfo::exists(path) && path == defaultDatabasePath();
    if (!ensureWorkspaceExists(path, &error)) {
        QMessageBox box(QMessageBox::Critical, QApplication::translate("seance", "Seance cannot start"), error);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return 1;
    }
    auto window = std::make_unique<MainWindow>();
    installFirstPaintProbe(window.get(), FirstPaintProbeEnd::AfterWorkspace);
    window->show();
    // The window paints first and fills a moment later: opening, checking and reading the workspace takes
    // some 40 ms that the first frame need not wait for.
    runAfterFirstPaint(window.get(), [&window, path, workspaceWasCreated] {
        prepareFirstStartView(workspaceWasCreated);
        if (!window->openDatabase(path) && path != defaultDatabasePath())
            window->openDatabase(defaultDatabasePath());
        reportWorkspacePainted();
    });
    // View › Language retranslates this window in place (QEvent::LanguageChange): no rebuild, no lost state.
    return app.exec();
}

} // namespace seance
