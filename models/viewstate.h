// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/metricformat.h"
#include "models/sentiment/scoring/postlanguage.h"
#include "models/smoothing.h"
#include "models/time/granularity.h"
#include "models/time/timerange.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <optional>

namespace seance {

// The one state shared by the linked panes. The main window creates it and passes it to every pane; panes send
// intents to the main window and follow this object. Each property has one signal, emitted only when the value
// really changes, so a pane that writes back what it was just told causes no further signal and two-way sync
// cannot loop. Signals pass the stored value by reference: if a slot changes the state while the signal is
// still being delivered, the slots after it see the newer value, never a stale one.
class ViewState final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 minimumSpan = hourMs;
    static constexpr int defaultImpactDays = 7;
    static constexpr int maximumImpactDays = 90;

    explicit ViewState(QObject* parent = nullptr);

    QStringList selectedTokens() const { return m_values.selectedTokens; }
    QStringList selectedNarratives() const { return m_values.selectedNarratives; }
    QString focusedEvent() const { return m_values.focusedEvent; }
    TimeRange visibleRange() const { return m_values.visibleRange; }
    std::optional<qint64> hoverTime() const { return m_values.hoverTime; }
    Granularity granularity() const { return m_values.granularity; }
    Metric metric() const { return m_values.metric; }
    // Which posts the chart, the stats and the posts pane count: all, or one language's (View › Language Filter).
    PostLanguage postLanguage() const { return m_values.postLanguage; }
    TimeRange dataRange() const { return m_values.dataRange; }
    // N of event impact: the days before and after an event that the impact table, the comparison's event
    // tooltips and the timeline's tooltips all measure.
    int impactDays() const { return m_values.impactDays; }
    // View › Smoothing: the chart's moving average or EMA, its band and its minimum-posts threshold; exports
    // and the comparison follow it.
    Smoothing smoothing() const { return m_values.smoothing; }

    // Ids keep their order (the first selected is the primary series); empty ids and repeats are dropped.
    void setSelectedTokens(const QStringList& ids);
    void setSelectedNarratives(const QStringList& ids);
    // An empty id means no focused event.
    void setFocusedEvent(const QString& id);
    // Normalised by normalisedRange() with minimumSpan inside saneTimeBounds.
    void setVisibleRange(const TimeRange& range);
    void setHoverTime(std::optional<qint64> time);
    void setGranularity(Granularity granularity);
    void setMetric(Metric metric);
    void setPostLanguage(PostLanguage language);
    // The extent of the loaded data, which resetRange() shows. Normalised like the visible range.
    void setDataRange(const TimeRange& range);
    // Clamped to [1, maximumImpactDays].
    void setImpactDays(int days);
    // days and minPosts are clamped to their ranges.
    void setSmoothing(const Smoothing& smoothing);

    // Shows the data range again (View › Show All Data).
    void resetRange();

    // Saved: selections, focused event, visible range, granularity, metric, smoothing (a view saved before
    // smoothing existed has no "smoothing" key and loads as none) and the language filter ("language", written only
    // when it is not "all", so older builds read the views as before). Not saved: the hover time, which
    // is transient, the data range, which belongs to the database, and the impact N, an application setting.
    QJsonObject toJson() const;
    // All or nothing: on a malformed object nothing changes and error says why. Missing keys keep their current
    // values, so a saved view may hold only the keys it cares about; except "smoothing" and "language", whose
    // absence means none and all (what toJson() writes for them, and what views saved before them showed). All values
    // are applied before any signal.
    bool fromJson(const QJsonObject& json, QString* error = nullptr);

signals:
    void selectedTokensChanged(const QStringList& ids);
    void selectedNarrativesChanged(const QStringList& ids);
    void focusedEventChanged(const QString& id);
    void visibleRangeChanged(const seance::TimeRange& range);
    void hoverTimeChanged(const std::optional<qint64>& time);
    void granularityChanged(const seance::Granularity& granularity);
    void metricChanged(const seance::Metric& metric);
    void postLanguageChanged(const seance::PostLanguage& language);
    void dataRangeChanged(const seance::TimeRange& range);
    void impactDaysChanged(const int& days);
    void smoothingChanged(const seance::Smoothing& smoothing);

private:
    struct Values
    {
        QStringList selectedTokens;
        QStringList selectedNarratives;
        QString focusedEvent;
        TimeRange visibleRange;
        std::optional<qint64> hoverTime;
        Granularity granularity = Granularity::Day;
        Metric metric = Metric::Mean;
        PostLanguage postLanguage = PostLanguage::All;
        TimeRange dataRange;
        int impactDays = defaultImpactDays;
        Smoothing smoothing;
    };

    // Emits a signal for each value that differs from what listeners were last told.
    void publish();

    Values m_values;
    // What the signals have announced so far. Comparing with this, not with the value before one setter ran,
    // is what stops a nested change made from a slot from being announced twice.
    Values m_announced;
};

} // namespace seance
