// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/market/coingeckoclient.h"

#include "models/appsettings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace seance {
namespace {

// The context of the existing translations (lupdate filed this file's strings under "seance").
struct CoinGeckoText
{
    Q_DECLARE_TR_FUNCTIONS(seance)
};

// Waits up to `ms` in an event loop, returning early (false) when cancelled.
bool waitUnlessCancelled(int ms, const FetchControl& control)
{
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (control.cancel && control.cancel->load())
            loop.quit();
    });
    done.start(ms);
    poll.start(50);
    loop.exec();
    return !(control.cancel && control.cancel->load());
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    int retryAfterSeconds = -1;
    bool timedOut = false;
    bool cancelled = false;
};

Reply getOnce(QNetworkAccessManager& network, const QNetworkRequest& request, const CoinGeckoSettings& settings,
              const FetchControl& control)
{
    Reply result;
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QTimer idle; // restarted on every byte: a slow but steady answer is not a timeout
    idle.setSingleShot(true);
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &idle, [&] { idle.start(settings.timeoutMs); });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (control.cancel && control.cancel->load()) {
            result.cancelled = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    idle.start(settings.timeoutMs);
    poll.start(50);
    if (!reply->isFinished())
        loop.exec();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorText = reply->errorString();
    if (reply->isOpen())
        result.body = reply->readAll();
    bool ok = false;
    const int retryAfter = reply->rawHeader("Retry-After").toInt(&ok);
    if (ok)
        result.retryAfterSeconds = retryAfter;
    reply->deleteLater();
    return result;
}

FetchResult failure(FetchFailure kind, const QString& message)
{
    return FetchResult{kind, message};
}

QString paidPlanMessage()
{
    return CoinGeckoText::tr(
               "CoinGecko's free API gives at most the last %1 days; a longer history needs a paid plan. For the full "
               "history, download the CSV from the coin's page on coingecko.com (Historical Data › Export) and import "
               "it with File › Import….")
        .arg(coinGeckoFreeHistoryDays);
}

// GET with the key header, a timeout, Cancel, and back-off on 429. The body only on success.
FetchResult getJson(const CoinGeckoSettings& settings, const QString& path, const QUrlQuery& query,
                    const FetchControl& control, QByteArray* body)
{
    QUrl url(settings.baseUrl + path);
    url.setQuery(query);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return failure(FetchFailure::Offline,
                       CoinGeckoText::tr("The CoinGecko address \"%1\" is not a web address.").arg(settings.baseUrl));
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Seance"));
    if (!settings.apiKey.isEmpty())
        request.setRawHeader("x-cg-demo-api-key", settings.apiKey.toUtf8());
    QNetworkAccessManager network;
    int backoffMs = settings.firstBackoffMs;
    for (int attempt = 1;; ++attempt) {
        if (control.status)
            control.status(CoinGeckoText::tr("Asking CoinGecko for %1…").arg(path));
        const Reply reply = getOnce(network, request, settings, control);
        if (reply.cancelled)
            return failure(FetchFailure::Cancelled, CoinGeckoText::tr("Cancelled. Nothing was written."));
        if (reply.timedOut)
            return failure(FetchFailure::Timeout,
                           CoinGeckoText::tr("CoinGecko did not answer within %1 seconds. Try again later.")
                               .arg(settings.timeoutMs / 1000.0, 0, 'g', 3));
        if (reply.status == 429) {
            if (attempt >= settings.maxAttempts)
                return failure(
                    FetchFailure::RateLimited,
                    CoinGeckoText::tr("CoinGecko's rate limit is still reached after %1 tries. Wait a minute and try "
                                      "again, or add a free demo API key in the settings.")
                        .arg(attempt));
            int waitMs = reply.retryAfterSeconds >= 0 ? reply.retryAfterSeconds * 1000 : backoffMs;
            waitMs = std::clamp(waitMs, 0, settings.maxBackoffMs);
            backoffMs = std::min(backoffMs * 2, settings.maxBackoffMs);
            if (control.status)
                control.status(
                    CoinGeckoText::tr(
                        "CoinGecko's rate limit was reached; waiting %1 s before trying again (try %2 of %3).")
                        .arg((waitMs + 999) / 1000)
                        .arg(attempt + 1)
                        .arg(settings.maxAttempts));
            if (!waitUnlessCancelled(waitMs, control))
                return failure(FetchFailure::Cancelled, CoinGeckoText::tr("Cancelled. Nothing was written."));
            continue;
        }
        if (reply.status == 401 && reply.body.contains("10012"))
            return failure(FetchFailure::PaidPlan, paidPlanMessage());
        if (reply.status == 404)
            return failure(FetchFailure::NotFound,
                           CoinGeckoText::tr("CoinGecko knows no coin at %1 (HTTP 404). Check the token's "
                                             "CoinGecko id: it is the last part of the coin's page address.")
                               .arg(path));
        if (reply.status >= 400)
            return failure(FetchFailure::Http,
                           CoinGeckoText::tr("CoinGecko answered HTTP %1 for %2. Nothing was written.")
                               .arg(reply.status)
                               .arg(path));
        if (reply.status == 0 || (reply.error != QNetworkReply::NoError && reply.status < 200))
            return failure(FetchFailure::Offline,
                           CoinGeckoText::tr("Cannot reach CoinGecko at %1: %2. Check the connection.")
                               .arg(settings.baseUrl, reply.errorText));
        if (reply.error != QNetworkReply::NoError)
            return failure(
                FetchFailure::Malformed,
                CoinGeckoText::tr("CoinGecko's answer broke off (%1). Nothing was written.").arg(reply.errorText));
        *body = reply.body;
        return {};
    }
}

} // namespace

CoinGeckoSettings CoinGeckoSettings::fromAppSettings()
{
    CoinGeckoSettings settings;
    settings.baseUrl = AppSettings::value(Setting::CoinGeckoBaseUrl).toString();
    settings.apiKey = AppSettings::value(Setting::CoinGeckoApiKey).toString();
    while (settings.baseUrl.endsWith(QLatin1Char('/')))
        settings.baseUrl.chop(1);
    return settings;
}

FetchResult fetchMarketChart(const CoinGeckoSettings& settings, const QString& coinId, int days,
                             const FetchControl& control, MarketTable* table)
{
    if (days > coinGeckoFreeHistoryDays)
        return failure(FetchFailure::PaidPlan, paidPlanMessage());
    if (days < 1)
        return failure(FetchFailure::Http, CoinGeckoText::tr("Ask for at least one day."));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("vs_currency"), QStringLiteral("usd"));
    query.addQueryItem(QStringLiteral("days"), QString::number(days));
    QByteArray body;
    const QString path =
        QStringLiteral("/coins/%1/market_chart").arg(QString::fromUtf8(QUrl::toPercentEncoding(coinId)));
    if (FetchResult result = getJson(settings, path, query, control, &body); !result.ok())
        return result;
    QString error;
    if (!parseMarketChartJson(body, table, &error))
        return failure(
            FetchFailure::Malformed,
            CoinGeckoText::tr("CoinGecko's answer for %1 is malformed: %2. Nothing was written.").arg(coinId, error));
    return {};
}

FetchResult fetchCoinMetadata(const CoinGeckoSettings& settings, const QString& coinId, const FetchControl& control,
                              CoinMetadata* metadata)
{
    QUrlQuery query;
    for (const char* off : {"localization", "tickers", "community_data", "developer_data", "sparkline"})
        query.addQueryItem(QLatin1String(off), QStringLiteral("false"));
    QByteArray body;
    const QString path = QStringLiteral("/coins/%1").arg(QString::fromUtf8(QUrl::toPercentEncoding(coinId)));
    if (FetchResult result = getJson(settings, path, query, control, &body); !result.ok())
        return result;
    QString error;
    if (!parseCoinJson(body, metadata, &error))
        return failure(
            FetchFailure::Malformed,
            CoinGeckoText::tr("CoinGecko's answer for %1 is malformed: %2. Nothing was written.").arg(coinId, error));
    return {};
}

} // namespace seance
