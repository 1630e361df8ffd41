// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include "app/commands/commandtable.h"
#include "app/defaultworkspace.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>

#include <array>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>

namespace seance::cli {
namespace {

const Command* findCommand(const char* word)
{
    for (const Command& command : commandTable()) {
        if (std::strcmp(command.name, word) == 0)
            return &command;
    }
    return nullptr;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::cli", text);
}

enum class QtOption { None, Flag, WithValue };

// The options QGuiApplication and QApplication read themselves (see their class documentation), with one dash
// or two, as Qt accepts both. "-style=Fusion" carries its value in the same word.
QtOption qtOption(const char* word)
{
    static constexpr std::array withValue = {"platform",      "platformpluginpath",
                                             "platformtheme", "plugin",
                                             "qmljsdebugger", "qwindowgeometry",
                                             "qwindowicon",   "qwindowtitle",
                                             "session",       "display",
                                             "geometry",      "style",
                                             "stylesheet",    "title",
                                             "name",          "visual"};
    static constexpr std::array flags = {"reverse", "widgetcount", "nograb", "dograb", "sync"};
    if (word[0] != '-')
        return QtOption::None;
    std::string_view name(word + (word[1] == '-' ? 2 : 1));
    const bool inlineValue = name.find('=') != std::string_view::npos;
    name = name.substr(0, name.find('='));
    for (const char* option : withValue) {
        if (name == option)
            return QtOption::WithValue;
    }
    for (const char* option : flags) {
        if (name == option && !inlineValue)
            return QtOption::Flag;
    }
    return QtOption::None;
}

QString oneWorkspaceError(const QString& first, const QString& second)
{
    return tr("Give one workspace: %1 and %2 were both named.").arg(first, second);
}

// A word that is neither an option nor a command is a workspace to open when it names an existing file or
// ends in ".seance" (a new one is created there, as File › New Workspace would).
bool looksLikeWorkspaceFile(const QString& word)
{
    return word.endsWith(QLatin1String(".seance"), Qt::CaseInsensitive) || QFileInfo(word).isFile();
}

} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("seance"));
    QCoreApplication::setApplicationName(QStringLiteral("seance"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEANCE_VERSION));
}

Invocation parseInvocation(int argc, char** argv)
{
    Invocation invocation;
    for (int i = 1; i < argc && invocation.usageError.isEmpty(); ++i) {
        const char* word = argv[i];
        const QString text = QString::fromLocal8Bit(word);
        auto takeValue = [&](QString& target) {
            if (i + 1 >= argc) {
                invocation.usageError = tr("%1 needs a file name").arg(text);
                return;
            }
            target = QString::fromLocal8Bit(argv[++i]);
        };
        if (std::strcmp(word, "--db") == 0) {
            takeValue(invocation.databasePath);
        } else if (std::strcmp(word, "--lexicon") == 0) {
            takeValue(invocation.lexiconPath);
        } else if (std::strcmp(word, "--help") == 0 || std::strcmp(word, "-h") == 0) {
            invocation.help = true;
        } else if (std::strcmp(word, "--version") == 0 || std::strcmp(word, "-v") == 0) {
            invocation.version = true;
        } else if (const QtOption qt = qtOption(word); qt != QtOption::None) {
            // Left in argv for QApplication, which reads them; a value-taking one takes the next word along.
            if (qt == QtOption::WithValue && !std::strchr(word, '=') && ++i >= argc)
                invocation.usageError = tr("%1 needs a value").arg(text);
        } else if (word[0] == '-' && word[1] != '\0') {
            invocation.usageError = tr("Unknown option \"%1\". Run seance --help for the options.").arg(text);
        } else if (const Command* command = findCommand(word)) {
            invocation.command = command;
            invocation.commandArguments << QString::fromLocal8Bit(argv[0]);
            for (int j = i + 1; j < argc; ++j)
                invocation.commandArguments << QString::fromLocal8Bit(argv[j]);
            break;
        } else if (looksLikeWorkspaceFile(text)) {
            // "seance FILE", as the desktop entry's "Exec=seance %f" runs it from a file manager.
            if (!invocation.workspaceFile.isEmpty())
                invocation.usageError = oneWorkspaceError(invocation.workspaceFile, text);
            invocation.workspaceFile = text;
        } else {
            invocation.usageError = tr("Unknown command \"%1\". Run seance --help for the list.").arg(text);
        }
    }
    if (invocation.workspaceFile.isEmpty() || !invocation.usageError.isEmpty())
        return invocation;
    if (!invocation.databasePath.isEmpty())
        invocation.usageError = oneWorkspaceError(invocation.databasePath, invocation.workspaceFile);
    else if (invocation.command)
        invocation.usageError = tr("A workspace file before a command goes after --db: seance --db %1 %2 …")
                                    .arg(invocation.workspaceFile, QString::fromLatin1(invocation.command->name));
    else
        invocation.databasePath = QFileInfo(invocation.workspaceFile).absoluteFilePath();
    return invocation;
}

QString helpText()
{
    QString text = tr("Usage: seance [--db FILE] [--lexicon FILE] [COMMAND [ARGS...]]\n"
                      "       seance [--lexicon FILE] [Qt options] [FILE.seance]\n"
                      "\n"
                      "Seance explores meme-token narratives and the sentiment of posts about them.\n"
                      "Without a command it opens the main window, on FILE when one is given.\n"
                      "\n"
                      "Options:\n"
                      "  --db FILE        Use this workspace database instead of the default one\n"
                      "  --lexicon FILE   Load an extra lexicon (VADER or AFINN TSV) over the built-in one\n"
                      "  -h, --help       Show this help\n"
                      "  -v, --version    Show the version\n"
                      "  Qt's own options are accepted too: -platform NAME, -style NAME, -reverse, ...\n"
                      "\n"
                      "Commands (run seance COMMAND --help for details):\n");
    for (const Command& command : commandTable())
        text += QStringLiteral("  %1%2\n").arg(QString::fromLatin1(command.name), -17).arg(tr(command.summary));
    text += tr("\nDefault database: %1\n").arg(defaultDatabasePath());
    return text;
}

int runInvocation(const Invocation& invocation, int argc, char** argv)
{
    // A drawing command gets a QApplication on the offscreen platform, so it runs the same with or without a
    // display; everything else stays a console application.
    const bool widgets = invocation.command && invocation.command->needsWidgets && invocation.usageError.isEmpty();
    if (widgets)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        widgets ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!invocation.usageError.isEmpty()) {
        err << invocation.usageError << Qt::endl;
        return 2;
    }
    if (!invocation.command) {
        if (invocation.help)
            out << helpText();
        else if (invocation.version)
            out << QStringLiteral("seance %1\n").arg(QCoreApplication::applicationVersion());
        return 0;
    }
    if (!invocation.command->run) {
        err << tr("The command \"%1\" is not available in this build.").arg(QString::fromLatin1(invocation.command->name))
            << Qt::endl;
        return 1;
    }
    // Without --db, commands work on the default workspace, made from the sample on first use like the GUI's.
    QString databasePath = invocation.databasePath;
    if (databasePath.isEmpty()) {
        databasePath = defaultDatabasePath();
        QString error;
        if (!ensureWorkspaceExists(databasePath, &error)) {
            err << error << Qt::endl;
            return 1;
        }
    }
    CommandContext context{invocation.commandArguments, databasePath, invocation.lexiconPath, out, err};
    const int code = invocation.command->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace seance::cli
