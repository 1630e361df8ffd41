// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace seance {

class Database;
struct DialogSeam;
class Scorer;

// Edit › Rescore All Posts… and the extra lexicon kept in the settings, and the scorer that explains posts: built
// off the GUI thread for the open workspace's masked names and the chosen lexicon.
class ScoringActions final : public QObject
{
    Q_OBJECT
public:
    // dialogs is the window's seam, read at each use so a test can replace it later.
    ScoringActions(QWidget* window, const DialogSeam* dialogs);

    void addTo(QMenu* edit);
    void setDatabase(const Database* db) { m_db = db; }

    // Every stored post scored again with the current names and lexicon; true when the workspace was rewritten.
    bool rescoreAllPosts();
    // Choose, check and keep an extra lexicon, then offer to rescore with it.
    void chooseExtraLexicon();
    void removeExtraLexicon();
    // Builds the scorer for the workspace as it is now. scorerReady(nullptr) says at once that the old one is
    // stale; the new one follows when built, and only the newest request is delivered.
    void prepareScorer();

signals:
    void scorerReady(std::shared_ptr<const seance::Scorer> scorer);
    void rescored();
    void statusMessage(const QString& message, int timeoutMs);

private:
    void updateRemoveAction();
    // Keeps path as the extra lexicon (empty: none) and asks whether to rescore the stored posts with it.
    void useExtraLexicon(const QString& path, const QString& rescoreQuestion);
    // Says when an edit changed the masked names, so stored scores are stale.
    void noteMaskedTermsChange(const QStringList& maskedTerms);

    QWidget* m_window;
    const DialogSeam* m_dialogs;
    const Database* m_db = nullptr;
    QAction* m_removeLexicon = nullptr;
    QString m_maskedTermsPath; // the workspace m_maskedTerms were read from
    QStringList m_maskedTerms;
    quint64 m_scorerGeneration = 0;
};

} // namespace seance
