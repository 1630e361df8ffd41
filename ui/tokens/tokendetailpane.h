// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QScrollArea;

namespace seance {

class Database;

// One token's identity card: chain and address, status, tagline, supply, tags, links and linked events.
// Everything that came from a data file is shown as plain text; links open only for http and https.
class TokenDetailPane final : public QWidget
{
    Q_OBJECT
public:
    explicit TokenDetailPane(QWidget* parent = nullptr);

    // Shows the token, or the empty state when the id is empty or unknown.
    void showToken(const Database& db, const QString& tokenId);
    QString tokenId() const { return m_tokenId; }

    // The HTML of a list of links: only http/https links become anchors; the rest are shown, escaped, as text.
    static QString linksHtml(const QList<QPair<QString, QString>>& labelledUrls);
    static bool isOpenableUrl(const QString& url);

signals:
    void eventActivated(const QString& eventId);

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* addRow();
    void retranslateUi(); // every text of the pane, in the installed language

    QString m_tokenId;
    const Database* m_db = nullptr; // the workspace the shown token was read from
    QLabel* m_eventsTitle = nullptr;
    QLabel* m_empty;
    QScrollArea* m_scroll;
    QWidget* m_card;
    QFormLayout* m_form;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_chain;
    QLabel* m_address;
    QLabel* m_tagline;
    QLabel* m_launched;
    QLabel* m_supply;
    QLabel* m_tags;
    QLabel* m_description;
    QLabel* m_links;
    QLabel* m_sources;
    QListWidget* m_events;
};

} // namespace seance
