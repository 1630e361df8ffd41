// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/market/priceimpact.h"

#include "models/market/marketseries.h"
#include "models/market/priceaxis.h"
#include "models/time/granularity.h"

#include <QCoreApplication>
#include <QLocale>

namespace seance {
namespace {

// The context of the existing translations (lupdate filed this file's strings under "seance").
struct PriceImpactText
{
    Q_DECLARE_TR_FUNCTIONS(seance)
};

std::optional<double> change(const std::optional<double>& from, const std::optional<double>& to)
{
    if (!from || !to || !(*from > 0))
        return std::nullopt;
    return 100.0 * (*to / *from - 1.0);
}

} // namespace

PriceImpact priceImpact(const QList<SeriesPoint>& prices, qint64 eventTime, int days)
{
    const qint64 span = qint64(days) * dayMs;
    PriceImpact impact;
    const std::optional<double> at = priceAt(prices, eventTime);
    impact.beforePercent = change(priceAt(prices, eventTime - span), at);
    // After: only when the series reaches that far, not the last price carried forward.
    if (!prices.isEmpty() && prices.constLast().t >= eventTime + span - dayMs)
        impact.afterPercent = change(at, priceAt(prices, eventTime + span));
    return impact;
}

QHash<QString, PriceImpact> eventPriceImpacts(const Database& db, const QList<EventRecord>& events, int days)
{
    QHash<QString, std::optional<SeriesRecord>> prices; // token id → its price series, read once
    QHash<QString, PriceImpact> impacts;
    for (const EventRecord& event : events) {
        for (const QString& token : event.tokenIds) {
            if (!prices.contains(token))
                prices.insert(token, tokenPriceSeries(db, token));
            const std::optional<SeriesRecord>& series = prices[token];
            if (!series)
                continue;
            PriceImpact impact = priceImpact(series->points, event.occurredAt, days);
            impact.tokenId = token;
            impacts.insert(event.id, impact);
            break;
        }
    }
    return impacts;
}

QString percentChangeText(const std::optional<double>& percent)
{
    if (!percent)
        return QStringLiteral("—");
    const QString number = QLocale().toString(std::abs(*percent), 'f', 1);
    return PriceImpactText::tr("%1%2 %").arg(*percent >= 0.05    ? QStringLiteral("+")
                                             : *percent <= -0.05 ? QStringLiteral("−")
                                                                 : QString(),
                                             number);
}

QString priceImpactHtml(const PriceImpact& impact, const QString& tokenLabel, int days)
{
    if (!impact.beforePercent && !impact.afterPercent)
        return {};
    return PriceImpactText::tr("<br>Price of %1: %2 over the %4 days before, %3 over the %4 days after")
        .arg(tokenLabel.toHtmlEscaped(), percentChangeText(impact.beforePercent),
             percentChangeText(impact.afterPercent))
        .arg(days);
}

QHash<QString, QString> withPriceImpactHtml(QHash<QString, QString> html, const QHash<QString, PriceImpact>& prices,
                                            const QHash<QString, QString>& tokenLabels, int days)
{
    for (auto it = html.begin(); it != html.end(); ++it) {
        const auto price = prices.constFind(it.key());
        if (price != prices.cend())
            it.value() += priceImpactHtml(*price, tokenLabels.value(price->tokenId), days);
    }
    return html;
}

} // namespace seance
