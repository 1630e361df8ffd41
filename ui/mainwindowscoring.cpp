// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's scoring actions: rescoring the stored posts, and the extra lexicon kept in the settings.
#include "ui/mainwindow.h"

#include "models/appsettings.h"
#include "ui/scoring/rescoreactions.h"
#include "models/storage/database.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>

namespace seance {

void MainWindow::createScoringActions(QMenu* edit)
{
    edit->addSeparator();
    QAction* rescore = edit->addAction(tr("Resc&ore All Posts…"), this, [this] { rescoreAllPosts(); });
    rescore->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    rescore->setStatusTip(tr("Score every stored post again with the current token names, aliases and keywords "
                             "masked and the current lexicon, and redraw the charts"));
    QAction* lexicon = edit->addAction(tr("Extra &Lexicon…"), this, [this] { chooseExtraLexicon(); });
    lexicon->setStatusTip(tr("Load a lexicon file (VADER or AFINN format) whose words add to or override the "
                             "built-in ones"));
    m_removeLexiconAction = edit->addAction(tr("Remove Extra Lexicon"), this, [this] { removeExtraLexicon(); });
    updateScoringActions();
}

void MainWindow::updateScoringActions()
{
    const QString path = AppSettings::value(Setting::ExtraLexiconPath).toString();
    m_removeLexiconAction->setEnabled(!path.isEmpty());
    m_removeLexiconAction->setStatusTip(path.isEmpty() ? tr("No extra lexicon is loaded")
                                                       : tr("Stop using %1").arg(QFileInfo(path).fileName()));
}

bool MainWindow::rescoreAllPosts()
{
    const QString extra = AppSettings::value(Setting::ExtraLexiconPath).toString();
    if (!runRescoreAllPosts(this, m_db->path(), extra, m_dialogs))
        return false;
    reloadPanes();
    statusBar()->showMessage(tr("Posts rescored"), 8000);
    return true;
}

void MainWindow::chooseExtraLexicon()
{
    const QString current = AppSettings::value(Setting::ExtraLexiconPath).toString();
    const QString path = seance::chooseExtraLexicon(this, current, m_dialogs);
    if (!path.isEmpty())
        useExtraLexicon(path, tr("New imports use %1 from now on. Score the posts already stored again with it?")
                                  .arg(QFileInfo(path).fileName()));
}

void MainWindow::removeExtraLexicon()
{
    useExtraLexicon(QString(), tr("New imports use the built-in lexicon alone from now on. Score the posts "
                                  "already stored again with it?"));
}

void MainWindow::useExtraLexicon(const QString& path, const QString& rescoreQuestion)
{
    AppSettings::setValue(Setting::ExtraLexiconPath, path);
    updateScoringActions();
    // A rescore reloads the panes, which prepares the new scorer; otherwise it is prepared here.
    if (!m_dialogs.confirm(this, tr("Rescore Posts"), rescoreQuestion) || !rescoreAllPosts())
        prepareScorer();
}

void MainWindow::noteMaskedTermsChange(const QStringList& maskedTerms)
{
    const QString path = m_db->path();
    const bool sameWorkspace = path == m_maskedTermsPath;
    const bool changed = sameWorkspace && maskedTerms != m_maskedTerms;
    m_maskedTermsPath = path;
    m_maskedTerms = maskedTerms;
    if (changed)
        statusBar()->showMessage(tr("Names, aliases or keywords changed: Edit › Rescore All Posts applies them "
                                    "to the posts already stored."),
                                 20000);
}

} // namespace seance
