// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scoring/scoringactions.h"

#include "models/appsettings.h"
#include "models/sentiment/scoring/maskedterms.h"
#include "models/sentiment/scoring/scorer.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"
#include "ui/common/dialogseam.h"
#include "ui/common/retranslator.h"
#include "ui/scoring/rescoreactions.h"

#include <QAction>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QtConcurrent/QtConcurrentRun>

namespace seance {

ScoringActions::ScoringActions(QWidget* window, const DialogSeam* dialogs)
    : QObject(window)
    , m_window(window)
    , m_dialogs(dialogs)
{
}

void ScoringActions::addTo(QMenu* edit)
{
    edit->addSeparator();
    QAction* rescore = edit->addAction(QString(), this, [this] { rescoreAllPosts(); });
    rescore->setObjectName(QStringLiteral("rescoreAction"));
    rescore->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    QAction* lexicon = edit->addAction(QString(), this, [this] { chooseExtraLexicon(); });
    m_removeLexicon = edit->addAction(QString(), this, [this] { removeExtraLexicon(); });
    Retranslator::of(edit)->add(this, [this, rescore, lexicon] {
        rescore->setText(tr("Resc&ore All Posts…"));
        rescore->setStatusTip(tr("Score every stored post again with the current token names, aliases and "
                                 "keywords masked and the current lexicon, and redraw the charts"));
        lexicon->setText(tr("Extra &Lexicon…"));
        lexicon->setStatusTip(tr("Load a lexicon file (VADER or AFINN format) whose words add to or override the "
                                 "built-in ones"));
        m_removeLexicon->setText(tr("Remove Extra Lexicon"));
        updateRemoveAction();
    });
}

void ScoringActions::updateRemoveAction()
{
    const QString path = AppSettings::value(Setting::ExtraLexiconPath).toString();
    m_removeLexicon->setEnabled(!path.isEmpty());
    m_removeLexicon->setStatusTip(path.isEmpty() ? tr("No extra lexicon is loaded")
                                                 : tr("Stop using %1").arg(QFileInfo(path).fileName()));
}

bool ScoringActions::rescoreAllPosts()
{
    const QString extra = AppSettings::value(Setting::ExtraLexiconPath).toString();
    if (!m_db || !runRescoreAllPosts(m_window, m_db->path(), extra, *m_dialogs))
        return false;
    emit rescored();
    emit statusMessage(tr("Posts rescored"), 8000);
    return true;
}

void ScoringActions::chooseExtraLexicon()
{
    const QString current = AppSettings::value(Setting::ExtraLexiconPath).toString();
    const QString path = seance::chooseExtraLexicon(m_window, current, *m_dialogs);
    if (!path.isEmpty())
        useExtraLexicon(path, tr("New imports use %1 from now on. Score the posts already stored again with it?")
                                  .arg(QFileInfo(path).fileName()));
}

void ScoringActions::removeExtraLexicon()
{
    useExtraLexicon(QString(), tr("New imports use the built-in lexicon alone from now on. Score the posts "
                                  "already stored again with it?"));
}

void ScoringActions::useExtraLexicon(const QString& path, const QString& rescoreQuestion)
{
    AppSettings::setValue(Setting::ExtraLexiconPath, path);
    updateRemoveAction();
    // A rescore reloads the panes, which prepares the new scorer; otherwise it is prepared here. A read-only
    // workspace is not offered one: the stored scores cannot be written.
    const bool writable = m_db && !m_db->isReadOnly();
    if (!writable || !m_dialogs->confirm(m_window, tr("Rescore Posts"), rescoreQuestion) || !rescoreAllPosts())
        prepareScorer();
}

void ScoringActions::prepareScorer()
{
    // Building the scorer parses the built-in lexicon the first time, which the first frame need not wait for:
    // it is built on the pool and handed over when ready.
    const QStringList masked = m_db ? maskedTermsFromDatabase(*m_db) : QStringList();
    noteMaskedTermsChange(masked);
    const QString extra = AppSettings::value(Setting::ExtraLexiconPath).toString();
    const quint64 generation = ++m_scorerGeneration;
    emit scorerReady(nullptr);
    auto* watcher = new QFutureWatcher<std::shared_ptr<const Scorer>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        if (generation == m_scorerGeneration)
            emit scorerReady(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([masked, extra] { return scorerWithMaskedTerms(masked, extra); }));
}

void ScoringActions::noteMaskedTermsChange(const QStringList& maskedTerms)
{
    const QString path = m_db ? m_db->path() : QString();
    const bool changed = path == m_maskedTermsPath && maskedTerms != m_maskedTerms;
    m_maskedTermsPath = path;
    m_maskedTerms = maskedTerms;
    if (changed)
        emit statusMessage(tr("Names, aliases or keywords changed: Edit › Rescore All Posts applies them to the "
                              "posts already stored."),
                           20000);
}

} // namespace seance
