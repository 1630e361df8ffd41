// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/viewstate.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace seance {

namespace {

constexpr int jsonVersion = 1;
// Until the main window sets the data range: the first day of the bounds, so every range is valid from the start.
constexpr TimeRange initialRange{saneTimeBounds.from, saneTimeBounds.from + dayMs};

QStringList normalisedIds(const QStringList& ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (const QString& id : ids) {
        if (!id.isEmpty() && !out.contains(id))
            out.append(id);
    }
    return out;
}

bool readIds(const QJsonValue& value, QStringList& ids)
{
    if (!value.isArray())
        return false;
    QStringList read;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& id : array) {
        if (!id.isString())
            return false;
        read.append(id.toString());
    }
    ids = normalisedIds(read);
    return true;
}

// Milliseconds must be whole JSON numbers that fit in qint64; toInteger() falls back to its argument otherwise,
// so two different fallbacks reveal a value that is not one.
bool readTime(const QJsonValue& value, qint64& time)
{
    const qint64 read = value.toInteger(0);
    if (read != value.toInteger(1))
        return false;
    time = read;
    return true;
}

} // namespace

ViewState::ViewState(QObject* parent) : QObject(parent)
{
    m_values.visibleRange = initialRange;
    m_values.dataRange = initialRange;
    m_announced = m_values;
}

void ViewState::setSelectedTokens(const QStringList& ids)
{
    m_values.selectedTokens = normalisedIds(ids);
    publish();
}

void ViewState::setSelectedNarratives(const QStringList& ids)
{
    m_values.selectedNarratives = normalisedIds(ids);
    publish();
}

void ViewState::setFocusedEvent(const QString& id)
{
    m_values.focusedEvent = id;
    publish();
}

void ViewState::setVisibleRange(const TimeRange& range)
{
    m_values.visibleRange = normalisedRange(range, minimumSpan);
    publish();
}

void ViewState::setHoverTime(std::optional<qint64> time)
{
    m_values.hoverTime = time;
    publish();
}

void ViewState::setGranularity(Granularity granularity)
{
    m_values.granularity = granularity;
    publish();
}

void ViewState::setMetric(Metric metric)
{
    m_values.metric = metric;
    publish();
}

void ViewState::setPostLanguage(PostLanguage language)
{
    m_values.postLanguage = language;
    publish();
}

void ViewState::setDataRange(const TimeRange& range)
{
    m_values.dataRange = normalisedRange(range, minimumSpan);
    publish();
}

void ViewState::setImpactDays(int days)
{
    m_values.impactDays = std::clamp(days, 1, maximumImpactDays);
    publish();
}

void ViewState::setSmoothing(const Smoothing& smoothing)
{
    m_values.smoothing = smoothing;
    m_values.smoothing.days = std::clamp(smoothing.days, 1, Smoothing::maximumDays);
    m_values.smoothing.minPosts = std::clamp(smoothing.minPosts, 0, Smoothing::maximumMinPosts);
    publish();
}

void ViewState::resetRange()
{
    setVisibleRange(m_values.dataRange);
}

QJsonObject ViewState::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("version"), jsonVersion);
    json.insert(QLatin1String("selectedTokens"), QJsonArray::fromStringList(m_values.selectedTokens));
    json.insert(QLatin1String("selectedNarratives"), QJsonArray::fromStringList(m_values.selectedNarratives));
    json.insert(QLatin1String("focusedEvent"), m_values.focusedEvent);
    QJsonObject range;
    range.insert(QLatin1String("from"), m_values.visibleRange.from);
    range.insert(QLatin1String("to"), m_values.visibleRange.to);
    json.insert(QLatin1String("visibleRange"), range);
    json.insert(QLatin1String("granularity"), granularityName(m_values.granularity));
    json.insert(QLatin1String("metric"), metricName(m_values.metric));
    json.insert(QLatin1String("smoothing"), smoothingToJson(m_values.smoothing));
    if (m_values.postLanguage != PostLanguage::All) // absent means all, as in views saved before the filter
        json.insert(QLatin1String("language"), postLanguageName(m_values.postLanguage));
    return json;
}

bool ViewState::fromJson(const QJsonObject& json, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };

    const QJsonValue version = json.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != jsonVersion) {
        if (version.isDouble() && version.toDouble() > jsonVersion)
            return fail(tr("The view was saved by a newer version of Seance (format %1).").arg(version.toDouble()));
        return fail(tr("The view has no valid \"version\"."));
    }

    Values next = m_values;
    if (json.contains(QLatin1String("selectedTokens")) &&
        !readIds(json.value(QLatin1String("selectedTokens")), next.selectedTokens))
        return fail(tr("\"selectedTokens\" must be an array of strings."));
    if (json.contains(QLatin1String("selectedNarratives")) &&
        !readIds(json.value(QLatin1String("selectedNarratives")), next.selectedNarratives))
        return fail(tr("\"selectedNarratives\" must be an array of strings."));
    if (json.contains(QLatin1String("focusedEvent"))) {
        const QJsonValue event = json.value(QLatin1String("focusedEvent"));
        if (!event.isString())
            return fail(tr("\"focusedEvent\" must be a string."));
        next.focusedEvent = event.toString();
    }
    if (json.contains(QLatin1String("visibleRange"))) {
        const QJsonObject range = json.value(QLatin1String("visibleRange")).toObject();
        TimeRange read;
        if (!readTime(range.value(QLatin1String("from")), read.from) ||
            !readTime(range.value(QLatin1String("to")), read.to))
            return fail(tr("\"visibleRange\" must hold integer milliseconds \"from\" and \"to\"."));
        next.visibleRange = normalisedRange(read, minimumSpan);
    }
    if (json.contains(QLatin1String("granularity"))) {
        const auto granularity = granularityFromName(json.value(QLatin1String("granularity")).toString());
        if (!granularity)
            return fail(tr("\"granularity\" must be \"hour\", \"day\" or \"week\"."));
        next.granularity = *granularity;
    }
    if (json.contains(QLatin1String("metric"))) {
        const auto metric = metricFromName(json.value(QLatin1String("metric")).toString());
        if (!metric)
            return fail(tr("\"metric\" names no known metric."));
        next.metric = *metric;
    }
    // Unlike the keys above, a missing "smoothing" does not keep the current one: a view saved before smoothing
    // existed showed raw buckets, and shows them again.
    const QJsonValue smoothing = json.value(QLatin1String("smoothing"));
    if (!smoothing.isUndefined() && !smoothing.isObject())
        return fail(tr("\"smoothing\" must be an object."));
    QString smoothingError;
    const auto readSmoothing = smoothingFromJson(smoothing.toObject(), &smoothingError);
    if (!readSmoothing)
        return fail(smoothingError);
    next.smoothing = *readSmoothing;
    // Like "smoothing": toJson() leaves "language" out for all languages, so a missing key means all, not "keep".
    if (json.contains(QLatin1String("language"))) {
        const auto language = postLanguageFromName(json.value(QLatin1String("language")).toString());
        if (!language)
            return fail(tr("\"language\" must be \"all\", \"en\", \"ko\", \"ja\" or \"other\"."));
        next.postLanguage = *language;
    } else {
        next.postLanguage = PostLanguage::All;
    }

    m_values = next;
    publish();
    return true;
}

void ViewState::publish()
{
    // Each announced value is updated before its signal, so a slot that writes the same value back finds nothing
    // new to announce.
    if (m_values.selectedTokens != m_announced.selectedTokens) {
        m_announced.selectedTokens = m_values.selectedTokens;
        emit selectedTokensChanged(m_values.selectedTokens);
    }
    if (m_values.selectedNarratives != m_announced.selectedNarratives) {
        m_announced.selectedNarratives = m_values.selectedNarratives;
        emit selectedNarrativesChanged(m_values.selectedNarratives);
    }
    if (m_values.focusedEvent != m_announced.focusedEvent) {
        m_announced.focusedEvent = m_values.focusedEvent;
        emit focusedEventChanged(m_values.focusedEvent);
    }
    if (m_values.visibleRange != m_announced.visibleRange) {
        m_announced.visibleRange = m_values.visibleRange;
        emit visibleRangeChanged(m_values.visibleRange);
    }
    if (m_values.hoverTime != m_announced.hoverTime) {
        m_announced.hoverTime = m_values.hoverTime;
        emit hoverTimeChanged(m_values.hoverTime);
    }
    if (m_values.granularity != m_announced.granularity) {
        m_announced.granularity = m_values.granularity;
        emit granularityChanged(m_values.granularity);
    }
    if (m_values.metric != m_announced.metric) {
        m_announced.metric = m_values.metric;
        emit metricChanged(m_values.metric);
    }
    if (m_values.dataRange != m_announced.dataRange) {
        m_announced.dataRange = m_values.dataRange;
        emit dataRangeChanged(m_values.dataRange);
    }
    if (m_values.postLanguage != m_announced.postLanguage) {
        m_announced.postLanguage = m_values.postLanguage;
        emit postLanguageChanged(m_values.postLanguage);
    }
    if (m_values.impactDays != m_announced.impactDays) {
        m_announced.impactDays = m_values.impactDays;
        emit impactDaysChanged(m_values.impactDays);
    }
    if (m_values.smoothing != m_announced.smoothing) {
        m_announced.smoothing = m_values.smoothing;
        emit smoothingChanged(m_values.smoothing);
    }
}

} // namespace seance
