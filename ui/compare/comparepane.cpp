// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/comparepane.h"
#include "ui/chart/chartpalette.h"
#include "ui/theme/theme.h"

#include "models/items/eventimpactmodel.h"
#include "models/metricformat.h"
#include "models/sentiment/buckets/bucketquery.h"
#include "models/sentiment/buckets/eventimpact.h"
#include "models/storage/database.h"
#include "models/time/timeformat.h"
#include "models/viewstate.h"
#include "ui/common/eventimpacttext.h"
#include "ui/compare/comparerowseditor.h"
#include "ui/compare/compareviews.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace seance {

namespace {

// Line colours for rows whose narrative has no colour of its own, or whose colour an earlier row already took.
// Light and saturated enough to read on the dark theme's base, and still distinct on a light one.
const QList<QColor>& fallbackColors()
{
    // Warm hues first: the sample's narratives are mostly violet and cyan, so a token row should not be blue.
    static const QList<QColor> colors{{0xff, 0xb7, 0x4d}, {0xf0, 0x62, 0x92}, {0x81, 0xc7, 0x84}, {0xff, 0xf1, 0x76},
                                      {0x64, 0xb5, 0xf6}, {0xe5, 0x73, 0x73}, {0xb3, 0x9d, 0xdb}, {0x4d, 0xd0, 0xe1}};
    return colors;
}

} // namespace

ComparePane::ComparePane(const ViewState* state, QWidget* parent)
    : QWidget(parent)
    , m_state(state)
    , m_dialogs(DialogSeam::standard())
    , m_rowsEditor(new CompareRowsEditor(this))
    , m_before(new QSpinBox(this))
    , m_after(new QSpinBox(this))
    , m_metricLabel(new QLabel(this))
    , m_chart(new CompareChartView(&m_scene, this))
    , m_lanes(new CompareLanesView(&m_scene, this))
{
    setObjectName(QStringLiteral("comparePane"));
    m_before->setRange(-CompareSetup::maximumWindowDays, -1);
    m_before->setValue(m_setup.window.first);
    m_after->setRange(1, CompareSetup::maximumWindowDays);
    m_after->setValue(m_setup.window.last);
    m_after->setPrefix(QStringLiteral("+"));

    auto* settings = new QHBoxLayout;
    m_windowLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    settings->addWidget(m_windowLabel);
    settings->addWidget(m_before);
    settings->addWidget(m_toLabel);
    settings->addWidget(m_after);
    settings->addSpacing(16);
    settings->addWidget(m_metricLabel);
    settings->addStretch();
    m_exportButton = createExportButton();
    settings->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_rowsEditor);
    layout->addLayout(settings);
    // No spacing between chart and lanes: one painted surface to the eye, one hover line through both.
    auto* views = new QVBoxLayout;
    views->setSpacing(0);
    // Docked under the chart the pane is short: the plot keeps room for its value labels and its rotated axis
    // title rather than shrinking to a strip.
    m_chart->setMinimumHeight(std::max(180, m_chart->fontMetrics().height() * 12));
    views->addWidget(m_chart, 1);
    views->addWidget(m_lanes);
    layout->addLayout(views, 1);

    const auto tip = [this](int day) { return toolTipForDay(day); };
    m_chart->setToolTipProvider(tip);
    m_lanes->setToolTipProvider(tip);
    connect(m_chart, &CompareSceneView::hoverDayRequested, this, &ComparePane::setHoverDay);
    connect(m_lanes, &CompareSceneView::hoverDayRequested, this, &ComparePane::setHoverDay);
    connect(m_lanes, &CompareLanesView::eventActivated, this, &ComparePane::eventActivated);
    connect(m_rowsEditor, &CompareRowsEditor::rowsChanged, this, &ComparePane::rowsEdited);
    connect(m_before, &QSpinBox::valueChanged, this, &ComparePane::windowEdited);
    connect(&TokenColors::instance(), &TokenColors::changed, this, [this] {
        if (isVisible())
            recompute();
        else
            m_stale = true;
    });
    connect(m_after, &QSpinBox::valueChanged, this, &ComparePane::windowEdited);
    connect(m_state, &ViewState::metricChanged, this, [this] {
        updateMetricLabel();
        recompute();
    });
    connect(m_state, &ViewState::smoothingChanged, this, [this] {
        updateMetricLabel();
        recompute();
    });
    updateMetricLabel();
    retranslateUi();
    recompute();
}

ComparePane::~ComparePane()
{
    // The views paint and hover through m_scene; they go first, before the members they point into.
    delete m_chart;
    delete m_lanes;
}

void ComparePane::setWorkspace(const Database* db, const QList<NarrativeRecord>& narratives,
                               const QHash<QString, QString>& tokenNames, const QList<EventRecord>& events)
{
    m_db = db;
    m_narratives = narratives;
    m_tokenNames = tokenNames;
    m_events = events;
    QList<CompareSubjectChoice> subjects;
    for (const NarrativeRecord& narrative : narratives)
        subjects.append({SubjectKind::Narrative, narrative.id, narrative.title.isEmpty() ? narrative.id : narrative.title});
    QList<CompareSubjectChoice> tokens;
    for (auto it = tokenNames.cbegin(); it != tokenNames.cend(); ++it)
        tokens.append({SubjectKind::Token, it.key(), it.value()});
    std::sort(tokens.begin(), tokens.end(), [](const CompareSubjectChoice& a, const CompareSubjectChoice& b) {
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    m_rowsEditor->setChoices(subjects + tokens, events);
    m_rowsEditor->setPostsAround([this](SubjectKind kind, const QString& id, qint64 anchorTime) {
        if (!m_db || !m_state->visibleRange().contains(anchorTime))
            return false;
        const qint64 day0 = bucketStart(anchorTime, Granularity::Day);
        const auto buckets =
            BucketQuery(*m_db).range(kind, id, Granularity::Day, day0 + m_setup.window.first * dayMs,
                                     day0 + (m_setup.window.last + 1) * dayMs, BucketQuery::ShareOfVoice::Skip);
        return buckets && !buckets->isEmpty();
    });
    m_rowsEditor->setRows(m_setup.rows);
    m_stale = true;
    recompute();
}

void ComparePane::setSetup(const CompareSetup& setup)
{
    m_setup = setup;
    {
        const QSignalBlocker before(m_before);
        const QSignalBlocker after(m_after);
        m_before->setValue(setup.window.first);
        m_after->setValue(setup.window.last);
    }
    m_rowsEditor->setRows(setup.rows);
    m_stale = true;
    recompute();
    emit setupChanged();
}

bool ComparePane::fromJson(const QJsonObject& json, QString* error)
{
    CompareSetup next;
    if (!next.fromJson(json, error))
        return false;
    setSetup(next);
    return true;
}

void ComparePane::rowsEdited()
{
    m_setup.rows = m_rowsEditor->rows();
    m_stale = true;
    recompute();
    emit setupChanged();
}

void ComparePane::windowEdited()
{
    m_setup.window = {m_before->value(), m_after->value()};
    m_stale = true;
    recompute();
    emit setupChanged();
}

void ComparePane::updateMetricLabel()
{
    const QString smoothing = smoothingLabel(m_state->smoothing());
    m_metricLabel->setText(smoothing.isEmpty() ? tr("Metric: %1").arg(metricLabel(m_state->metric()))
                                               : tr("Metric: %1 · %2").arg(metricLabel(m_state->metric()), smoothing));
}

void ComparePane::setHoverDay(std::optional<int> day)
{
    if (day == m_scene.hoverDay)
        return;
    m_scene.hoverDay = day;
    m_chart->update();
    m_lanes->update();
}

void ComparePane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ComparePane::retranslateUi()
{
    m_before->setSuffix(tr(" d"));
    m_before->setToolTip(tr("First day of the window, relative to each row's anchor"));
    m_after->setSuffix(tr(" d"));
    m_after->setToolTip(tr("Last day of the window, relative to each row's anchor"));
    m_metricLabel->setToolTip(tr("The comparison shows the metric chosen in View › Metric"));
    m_windowLabel->setText(tr("Window:"));
    m_toLabel->setText(tr("to"));
    updateMetricLabel();
    m_stale = true; // the empty message and the axis titles are made by recompute()
    if (isVisible())
        recompute();
}

void ComparePane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        recompute();
}

QList<QColor> ComparePane::rowColors() const
{
    QList<QColor> colors;
    int nextFallback = 0;
    const auto take = [&colors](const QColor& color) { return color.isValid() && !colors.contains(color); };
    for (const CompareRow& row : m_setup.rows) {
        QColor color;
        if (row.kind == SubjectKind::Narrative) {
            for (const NarrativeRecord& narrative : m_narratives) {
                if (narrative.id == row.subjectId && QColor::isValidColorName(narrative.color))
                    color = QColor::fromString(narrative.color);
            }
        } else {
            // A token keeps the colour it has in the chart and its exports.
            color = chartPalette(savedTheme()).tokenColor(row.subjectId, m_tokenNames.keys());
        }
        for (int tries = 0; !take(color) && tries < fallbackColors().size(); ++tries)
            color = fallbackColors().at(nextFallback++ % fallbackColors().size());
        colors.append(color);
    }
    return colors;
}

QString ComparePane::emptyMessage() const
{
    if (!m_db)
        return tr("Open a workspace to compare narratives.");
    if (m_setup.rows.isEmpty())
        return tr("Nothing to compare yet. Click “Add Row” and pick a narrative or token and the event that is its "
                  "day 0; add a second row to overlay another one. Each row is shifted so that its anchor event "
                  "falls on day 0.");
    if (m_scene.lines.isEmpty())
        return tr("None of the rows names a narrative or token and an anchor event of this workspace. Pick them "
                  "above.");
    for (const CompareLine& line : m_scene.lines) {
        for (const AlignedPoint& point : line.series.points) {
            if (point.value)
                return QString();
        }
    }
    return tr("No posts between day %1 and day +%2 around these anchors. Widen the window or pick other anchors.")
        .arg(m_setup.window.first)
        .arg(m_setup.window.last);
}

void ComparePane::recompute()
{
    if (!isVisible() && m_db) {
        m_stale = true; // a hidden pane does not query; showEvent catches up
        return;
    }
    m_stale = false;
    m_scene.lines.clear();
    m_scene.window = m_setup.window;
    m_scene.metric = m_state->metric();
    const QList<QColor> colors = rowColors();
    m_rowsEditor->setRowColors(colors);
    QString error;
    if (m_db) {
        BucketQuery query(*m_db);
        for (qsizetype i = 0; i < m_setup.rows.size(); ++i) {
            const CompareRow& row = m_setup.rows.at(i);
            const auto anchor = std::find_if(m_events.cbegin(), m_events.cend(),
                                             [&row](const EventRecord& e) { return e.id == row.anchorEventId; });
            const bool known = row.kind == SubjectKind::Token
                                   ? m_tokenNames.contains(row.subjectId)
                                   : std::any_of(m_narratives.cbegin(), m_narratives.cend(),
                                                 [&row](const NarrativeRecord& n) { return n.id == row.subjectId; });
            if (anchor == m_events.cend() || !known)
                continue;
            const auto series = alignSubject(query, row.kind, row.subjectId, anchor->occurredAt, anchor->id, m_events,
                                             m_setup.window, m_scene.metric, &error, m_state->smoothing());
            if (!series)
                break;
            QString label = row.kind == SubjectKind::Token ? m_tokenNames.value(row.subjectId) : row.subjectId;
            for (const NarrativeRecord& narrative : std::as_const(m_narratives)) {
                if (row.kind == SubjectKind::Narrative && narrative.id == row.subjectId && !narrative.title.isEmpty())
                    label = narrative.title;
            }
            AlignedSeries aligned = *series;
            // An anchor borrowed from another narrative (or from no narrative) is day 0 all the same: its lane
            // shows it, or day 0 would be a line with nothing on it.
            const bool anchorShown = std::any_of(aligned.events.cbegin(), aligned.events.cend(),
                                                 [&](const AlignedEvent& e) { return e.eventId == anchor->id; });
            if (!anchorShown) {
                const auto at = std::find_if(aligned.events.begin(), aligned.events.end(),
                                             [](const AlignedEvent& e) { return e.day >= 0; });
                aligned.events.insert(at, AlignedEvent{0, anchor->id, anchor->title, anchor->occurredAt});
            }
            m_scene.lines.append(CompareLine{label, anchor->title, colors.at(i), aligned});
        }
    }
    m_scene.emptyMessage = error.isEmpty() ? emptyMessage() : tr("Could not read the sentiment buckets: %1").arg(error);
    if (m_scene.hoverDay && !m_scene.window.contains(*m_scene.hoverDay))
        m_scene.hoverDay.reset();
    m_exportButton->setEnabled(!m_scene.lines.isEmpty());
    m_lanes->updateLaneCount();
    m_chart->update();
}

QString ComparePane::toolTipForDay(int day) const
{
    if (m_scene.lines.isEmpty())
        return QString();
    QString html = QStringLiteral("<qt><b>%1</b>")
                       .arg(tr("Day %1 since anchor").arg(day > 0 ? QStringLiteral("+%1").arg(day) : QString::number(day)));
    for (const CompareLine& line : m_scene.lines) {
        const std::optional<AlignedPoint> point = line.series.pointAt(day);
        const QString date = formatUtcDate(alignedDayStart(line.series.anchorTime, day));
        QString value;
        if (!point || point->posts == 0)
            value = tr("no posts");
        else if (!point->value)
            value = tr("no value · posts: %1").arg(point->posts);
        else
            value = tr("%1 · posts: %2").arg(metricValueText(*point->value, m_scene.metric)).arg(point->posts);
        html += QStringLiteral("<br/><span style='color:%1'>■</span> %2 (%3): %4")
                    .arg(line.color.name(), line.label.toHtmlEscaped(), date, value.toHtmlEscaped());
        for (const AlignedEvent& event : line.series.events) {
            if (event.day != day)
                continue;
            html += QStringLiteral("<br/>&nbsp;&nbsp;◆ ") + event.title.toHtmlEscaped();
            // The event's impact on this row's subject: the same N-day windows as the Event Impact table.
            if (m_db && m_db->isOpen()) {
                BucketQuery query(*m_db);
                const auto impact = eventImpact(query, line.series.kind, line.series.subjectId, event.occurredAt,
                                                m_scene.metric, m_state->impactDays());
                if (impact)
                    html += QStringLiteral("<br/>&nbsp;&nbsp;&nbsp;&nbsp;") +
                            eventImpactHtml(*impact, m_scene.metric, m_state->impactDays())
                                .replace(QStringLiteral("<br/>"), QStringLiteral("<br/>&nbsp;&nbsp;&nbsp;&nbsp;"));
            }
        }
    }
    return html + QStringLiteral("</qt>");
}

} // namespace seance
