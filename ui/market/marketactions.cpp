// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/market/marketactions.h"

#include "models/appsettings.h"
#include "models/market/marketfetch.h"
#include "models/storage/database.h"
#include "models/storage/tokenstore.h"
#include "models/viewstate.h"
#include "ui/common/dialogseam.h"
#include "ui/common/progresstask.h"
#include "ui/common/retranslator.h"
#include "ui/mainwindow.h"
#include "ui/market/fetchmarketdialog.h"
#include "ui/market/leadlagpane.h"

#include <QDockWidget>

#include <QMenu>
#include <QMenuBar>
#include <QMutex>
#include <QUndoStack>

namespace seance {
namespace {

struct FetchWork
{
    MarketFetchOutcome outcome;
    CoinMetadata metadata;
    FetchResult metadataResult;
    int rateLimitWaits = 0;
};

} // namespace

MarketActions::MarketActions(MainWindow* window, const DialogSeam* dialogs)
    : QObject(window)
    , m_window(window)
    , m_dialogs(dialogs)
{
}

void MarketActions::addMenu(QMenuBar* menuBar)
{
    QMenu* menu = menuBar->addMenu(tr("&Token"));
    QAction* fetch = menu->addAction(tr("Fetch &Market Data…"), this, &MarketActions::fetchMarketData);
    fetch->setObjectName(QStringLiteral("fetchMarketDataAction"));
    fetch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    fetch->setStatusTip(tr("Fetch the selected token's price, market cap and volume from CoinGecko"));
    QAction* key = menu->addAction(tr("CoinGecko API &Key…"), this, &MarketActions::editApiKey);
    key->setStatusTip(tr("An optional free demo key; kept in Seance's settings, never in a workspace or an export"));
    menu->addSeparator();
    // The lead/lag panel: a dock of its own, hidden until asked for.
    auto* dock = new QDockWidget(tr("Sentiment and Price: Lead/Lag"), m_window);
    dock->setObjectName(QStringLiteral("leadLagDock"));
    m_leadLag = new LeadLagPane(
        m_window->viewState(),
        [window = m_window] { return window->database() ? window->database()->path() : QString(); }, dock);
    dock->setWidget(m_leadLag);
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    QAction* show = dock->toggleViewAction();
    show->setText(tr("Sentiment and Price &Lead/Lag"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    show->setStatusTip(tr("How the selected token's daily sentiment correlates with its price returns days before "
                          "and after"));
    menu->addAction(show);
    Retranslator::of(menu)->add(this, [menu, fetch, key, dock, show] { // the same texts after a language switch
        menu->setTitle(tr("&Token"));
        fetch->setText(tr("Fetch &Market Data…"));
        fetch->setStatusTip(tr("Fetch the selected token's price, market cap and volume from CoinGecko"));
        key->setText(tr("CoinGecko API &Key…"));
        key->setStatusTip(
            tr("An optional free demo key; kept in Seance's settings, never in a workspace or an export"));
        dock->setWindowTitle(tr("Sentiment and Price: Lead/Lag"));
        show->setText(tr("Sentiment and Price &Lead/Lag"));
        show->setStatusTip(tr("How the selected token's daily sentiment correlates with its price returns days "
                              "before and after"));
    });
}

QString MarketActions::chooseToken()
{
    const QStringList selected = m_window->viewState()->selectedTokens();
    if (selected.size() == 1)
        return selected.constFirst();
    QStringList ids;
    for (const TokenRecord& token : TokenStore(*m_window->database()).all())
        ids.append(token.id);
    if (ids.isEmpty()) {
        m_dialogs->showError(m_window, tr("Fetch Market Data"), tr("The workspace has no tokens yet. Add one first."));
        return {};
    }
    return m_dialogs->chooseItem(m_window, tr("Fetch Market Data"), tr("Which token?"),
                                 selected.isEmpty() ? ids : selected);
}

bool MarketActions::fetchMarketData()
{
    const Database& db = *m_window->database();
    const QString tokenId = chooseToken();
    const std::optional<TokenRecord> token = tokenId.isEmpty() ? std::nullopt : TokenStore(db).find(tokenId);
    if (!token)
        return false;
    FetchMarketDialog dialog(QStringLiteral("%1 (%2)").arg(token->name, token->symbol), token->coingeckoId,
                             AppSettings::value(Setting::MarketFetchDays).toInt(), m_window);
    if (m_dialogs->execDialog(&dialog) != QDialog::Accepted)
        return false;
    AppSettings::setValue(Setting::MarketFetchDays, dialog.days());
    MarketFetchRequest request{tokenId, dialog.coinId(), dialog.days()};
    const bool offerDetails = dialog.offerDetails();
    const CoinGeckoSettings settings = CoinGeckoSettings::fromAppSettings();
    const QString databasePath = db.path();
    FetchWork work;
    runWithProgressDialog(
        m_window, tr("Fetching market data for %1 from CoinGecko…").arg(token->name), [&](TaskProgress& progress) {
            // Its own connection: a QSqlDatabase belongs to the thread that made it.
            Database worker;
            QString error;
            if (!worker.open(databasePath, &error)) {
                work.outcome.fetch = FetchResult{FetchFailure::Http, error};
                return;
            }
            FetchControl control;
            control.cancel = &progress.cancelRequested;
            control.status = [&](const QString& status) {
                if (status.contains(QLatin1String("rate limit")))
                    ++work.rateLimitWaits;
            };
            work.outcome = fetchTokenMarketData(worker, request, settings, control);
            if (work.outcome.fetch.ok() && offerDetails)
                work.metadataResult = fetchCoinMetadata(settings, work.outcome.coinId, control, &work.metadata);
        });
    const QString waits = work.rateLimitWaits == 0
                              ? QString()
                              : tr("\n\nCoinGecko's rate limit was reached (%1 times); Seance waited and tried again.")
                                    .arg(work.rateLimitWaits);
    if (!work.outcome.fetch.ok()) {
        m_dialogs->showError(m_window, tr("Fetch Market Data"), work.outcome.fetch.message + waits);
        return false;
    }
    m_window->undoStack()->clear(); // the fetch bypasses the stack, so older commands may no longer apply
    m_window->reloadPanes();
    if (m_leadLag->isVisible())
        m_leadLag->refresh();
    QString summary = tr("Stored %1 points of %2's price, market cap and volume from CoinGecko.")
                          .arg(work.outcome.written.points)
                          .arg(token->name) +
                      waits;
    if (offerDetails && work.metadataResult.ok() && !work.metadata.id.isEmpty()) {
        const QString question = tr("%1\n\nCoinGecko says about this coin:\n\n%2\n\nAdd these links, categories (as "
                                    "tags), contract and supply to the token where it has none?")
                                     .arg(summary, describeCoinMetadata(work.metadata));
        if (m_dialogs->confirm(m_window, tr("Accept Coin Details"), question)) {
            const TokenStore store(db);
            QString error;
            const std::optional<TokenRecord> current = store.find(tokenId, &error);
            if (!current || !store.update(withCoinMetadata(*current, work.metadata), &error))
                m_dialogs->showError(m_window, tr("Accept Coin Details"), error);
            m_window->reloadPanes();
        }
        return true;
    }
    if (offerDetails && !work.metadataResult.ok())
        summary += tr("\n\nThe coin's details were not fetched: %1").arg(work.metadataResult.message);
    m_dialogs->showInformation(m_window, tr("Fetch Market Data"), summary);
    return true;
}

void MarketActions::editApiKey()
{
    const QString current = AppSettings::value(Setting::CoinGeckoApiKey).toString();
    const QString key = m_dialogs->askText(m_window, tr("CoinGecko API Key"),
                                           tr("An optional free demo key from coingecko.com (sent as "
                                              "x-cg-demo-api-key). It stays in Seance's settings on this computer and "
                                              "is never written to a workspace or an export. Enter a single space to "
                                              "remove it."),
                                           current);
    if (key.isEmpty())
        return; // cancelled
    AppSettings::setValue(Setting::CoinGeckoApiKey, key.trimmed());
}

} // namespace seance
