// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tokens/tokendetailpane.h"

#include "models/items/tokentablemodel.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/storage/tokenstore.h"
#include "models/time/timeformat.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace seance {
namespace {

constexpr int EventIdRole = Qt::UserRole + 1;

QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TokenDetailPane::TokenDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_card(new QWidget(this))
    , m_form(new QFormLayout)
    , m_title(plainLabel(m_card))
    , m_status(plainLabel(m_card))
    , m_chain(nullptr)
    , m_address(nullptr)
    , m_tagline(nullptr)
    , m_launched(nullptr)
    , m_supply(nullptr)
    , m_tags(nullptr)
    , m_description(nullptr)
    , m_links(new QLabel(m_card))
    , m_sources(new QLabel(m_card))
    , m_events(new QListWidget(m_card))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_chain = addRow();
    m_address = addRow();
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_tagline = addRow();
    m_launched = addRow();
    m_supply = addRow();
    m_tags = addRow();
    m_description = addRow();
    for (QLabel* label : {m_links, m_sources}) {
        // Rich text we build ourselves, from escaped parts; clicks are checked before anything opens.
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setOpenExternalLinks(false);
        label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(label, &QLabel::linkActivated, this, [](const QString& url) {
            if (isOpenableUrl(url))
                QDesktopServices::openUrl(QUrl(url));
        });
    }
    m_form->addRow(new QLabel(m_card), m_links); // the row names are set by retranslateUi()
    m_form->addRow(new QLabel(m_card), m_sources);
    connect(m_events, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit eventActivated(item->data(EventIdRole).toString()); });

    auto* cardLayout = new QVBoxLayout(m_card);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_status);
    cardLayout->addLayout(m_form);
    m_eventsTitle = new QLabel(m_card);
    cardLayout->addWidget(m_eventsTitle);
    cardLayout->addWidget(m_events, 1);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_card);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll);
    m_scroll->hide();
    retranslateUi();
}

void TokenDetailPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TokenDetailPane::retranslateUi()
{
    m_empty->setText(tr("Select a token in the table to see its identity, supply, links and events."));
    const std::pair<QLabel*, QString> rows[] = {
        {m_chain, tr("Chain")},       {m_address, tr("Address")}, {m_tagline, tr("Tagline")},
        {m_launched, tr("Launched")}, {m_supply, tr("Supply")},   {m_tags, tr("Tags")},
        {m_description, tr("About")}, {m_links, tr("Links")},     {m_sources, tr("Sources")},
    };
    for (const auto& [field, label] : rows) {
        if (auto* name = qobject_cast<QLabel*>(m_form->labelForField(field)))
            name->setText(label);
    }
    m_events->setToolTip(tr("Double-click an event to focus it in the chart and timeline"));
    m_eventsTitle->setText(tr("Events"));
    if (m_db && !m_tokenId.isEmpty())
        showToken(*m_db, m_tokenId); // "unknown", "none", the status line; the same token keeps its scroll
}

QLabel* TokenDetailPane::addRow()
{
    QLabel* value = plainLabel(m_card);
    m_form->addRow(new QLabel(m_card), value); // named by retranslateUi(): an empty text would make no label
    return value;
}

bool TokenDetailPane::isOpenableUrl(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && !parsed.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QString TokenDetailPane::linksHtml(const QList<QPair<QString, QString>>& labelledUrls)
{
    QStringList items;
    for (const auto& [label, url] : labelledUrls) {
        const QString shown = (label.isEmpty() ? url : label).toHtmlEscaped();
        if (isOpenableUrl(url))
            items << QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), shown);
        else if (!url.isEmpty() && url != label)
            items << QStringLiteral("%1 (%2)").arg(shown, url.toHtmlEscaped());
        else
            items << shown;
    }
    return items.join(QStringLiteral("<br>"));
}

void TokenDetailPane::showToken(const Database& db, const QString& tokenId)
{
    // Another token starts at the top, where its name is; the same one shown again (a reload) stays where it was.
    if (tokenId != m_tokenId)
        m_scroll->verticalScrollBar()->setValue(0);
    m_tokenId = tokenId;
    m_db = &db;
    const std::optional<TokenRecord> token = tokenId.isEmpty() ? std::nullopt : TokenStore(db).find(tokenId);
    m_empty->setVisible(!token);
    m_scroll->setVisible(bool(token));
    if (!token)
        return;

    const QString unknown = tr("unknown");
    m_title->setText(QStringLiteral("%1 (%2)").arg(token->name, token->symbol));
    const bool hypothetical = token->status == QLatin1String("hypothetical");
    m_status->setText(hypothetical ? tr("HYPOTHETICAL — imagined in commentary; no such token is known on chain.")
                                   : tr("Status: %1").arg(token->status));
    m_status->setStyleSheet(hypothetical ? QStringLiteral("color: #c08aff; font-weight: bold;") : QString());
    m_chain->setText(token->chain);
    m_address->setText(token->address.isEmpty()
                           ? tr("unknown — identified by chain, symbol and the id “%1”").arg(token->id)
                           : QStringLiteral("%1 (%2)").arg(token->address, token->addressKind));
    m_tagline->setText(token->tagline.isEmpty() ? unknown : token->tagline);
    m_launched->setText(token->launchedAt ? formatUtcDate(*token->launchedAt) : unknown);
    QString supply = unknown;
    if (!token->totalSupply.isEmpty()) {
        supply = QStringLiteral("%1 (%2)").arg(TokenTableModel::abbreviatedSupply(token->totalSupply), token->totalSupply);
    }
    if (!token->supplyNote.isEmpty())
        supply += QLatin1Char('\n') + token->supplyNote;
    m_supply->setText(supply);
    m_tags->setText(token->tags.isEmpty() ? tr("none") : token->tags.join(QStringLiteral(", ")));
    m_description->setText(token->description.isEmpty() ? tr("none") : token->description);

    auto pairs = [](const QList<Link>& links) {
        QList<QPair<QString, QString>> result;
        for (const Link& link : links)
            result.append({link.label, link.url});
        return result;
    };
    m_links->setText(token->links.isEmpty() ? tr("none") : linksHtml(pairs(token->links)));
    m_sources->setText(token->sources.isEmpty() ? tr("none") : linksHtml(pairs(token->sources)));

    m_events->clear();
    QList<EventRecord> events = EventStore(db).all();
    std::sort(events.begin(), events.end(),
              [](const EventRecord& a, const EventRecord& b) { return a.occurredAt < b.occurredAt; });
    for (const EventRecord& event : std::as_const(events)) {
        if (!event.tokenIds.contains(token->id))
            continue;
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(formatUtcDate(event.occurredAt), event.title));
        item->setData(EventIdRole, event.id);
        item->setToolTip(event.description.toHtmlEscaped());
        m_events->addItem(item);
    }
    if (m_events->count() == 0)
        m_events->addItem(tr("No events are linked to this token."));
}

} // namespace seance
