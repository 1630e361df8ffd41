// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/sentimentchartpane.h"

#include "ui/common/keyboardmousehelp.h"

#include "models/chart/chartloader.h"
#include "models/chart/smoothedseries.h"
#include "models/viewstate.h"
#include "ui/chart/chartpalette.h"
#include "ui/chart/sentimentchartview.h"

#include <QtCharts/QValueAxis>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace seance {

SentimentChartPane::SentimentChartPane(const ViewState* state, QWidget* parent)
    : QWidget(parent)
    , m_state(state)
    , m_palette(std::make_unique<ChartPalette>(ChartPalette::dark()))
    , m_cache(std::make_unique<ChartBuckets>())
    , m_view(new SentimentChartView(*m_palette, this))
    , m_loader(new ChartLoader(this))
    , m_caption(new QLabel(this))
    , m_help(new QToolButton(this))
    , m_reset(new QToolButton(this))
    , m_price(new QToolButton(this))
{
    setObjectName(QStringLiteral("sentimentChartPane"));
    applyHeaderPalette();
    setAutoFillBackground(true);

    m_caption->setTextFormat(Qt::PlainText);
    m_help->setText(QStringLiteral("?"));
    m_help->setAutoRaise(true);
    connect(m_help, &QToolButton::clicked, this, [this] { showKeyboardMouseHelp(this); });
    m_reset->setAutoRaise(true);
    m_view->setToolTip(QString()); // the chart draws its own tooltip

    auto* header = new QHBoxLayout;
    header->setContentsMargins(12, 6, 8, 0);
    header->addWidget(m_caption);
    header->addStretch(1);
    header->addWidget(m_price);
    header->addWidget(m_help);
    header->addWidget(m_reset);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);

    // Intents go out unless they were caused by following the state, which would echo it back.
    connect(m_view, &SentimentChartView::rangeRequested, this, [this](const TimeRange& range) {
        if (!m_following)
            emit rangeRequested(range);
    });
    connect(m_view, &SentimentChartView::resetRequested, this, [this] {
        if (!m_following)
            emit rangeRequested(m_state->dataRange());
    });
    connect(m_view, &SentimentChartView::hoverRequested, this, [this](std::optional<qint64> time) {
        if (!m_following)
            emit hoverRequested(time);
    });
    connect(m_view, &SentimentChartView::eventActivated, this, &SentimentChartPane::eventActivated);
    connect(m_view, &SentimentChartView::plotAreaChanged, this, &SentimentChartPane::announcePlotArea);
    m_view->installEventFilter(this);
    connect(m_reset, &QToolButton::clicked, this, [this] { emit rangeRequested(m_state->dataRange()); });
    connect(m_loader, &ChartLoader::loaded, this, &SentimentChartPane::applyLoaded);
    connect(&TokenColors::instance(), &TokenColors::changed, this, &SentimentChartPane::restyleTokenLines);

    connect(state, &ViewState::selectedTokensChanged, this, &SentimentChartPane::requestLoad);
    connect(state, &ViewState::selectedTokensChanged, m_view, &SentimentChartView::dropPointer);
    setUpPriceButton();
    connect(state, &ViewState::granularityChanged, this, &SentimentChartPane::requestLoad);
    connect(state, &ViewState::postLanguageChanged, this, &SentimentChartPane::requestLoad);
    connect(state, &ViewState::metricChanged, this, &SentimentChartPane::followMetric);
    connect(state, &ViewState::smoothingChanged, this, &SentimentChartPane::followMetric);
    connect(state, &ViewState::visibleRangeChanged, this, &SentimentChartPane::followRange);
    connect(state, &ViewState::focusedEventChanged, this, [this](const QString& id) {
        const QScopedValueRollback following(m_following, true);
        m_view->setFocusedEvent(id);
    });
    connect(state, &ViewState::hoverTimeChanged, this, [this](const std::optional<qint64>& time) {
        const QScopedValueRollback following(m_following, true);
        m_view->setHoverTime(time);
    });

    // Nothing to plot before a workspace is open: the window's first frame shows an empty pane, not an axis.
    m_view->setVisible(false);
    m_view->setMetric(state->metric());
    m_view->setSmoothing(state->smoothing());
    m_view->setVisibleRange(state->visibleRange());
    m_view->setFocusedEvent(state->focusedEvent());
    m_view->setHoverTime(state->hoverTime());
    m_view->refresh();
    retranslateUi(); // with the message and the caption
}

SentimentChartPane::~SentimentChartPane() = default;

void SentimentChartPane::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    m_view->setVisible(!path.isEmpty());
    reload();
}

void SentimentChartPane::setEvents(const QList<EventRecord>& events, const QHash<QString, QColor>& narrativeColors)
{
    QList<ChartEventMarker> markers;
    markers.reserve(events.size());
    for (const EventRecord& event : events)
        markers.append({event.id, event.occurredAt, event.title, narrativeColors.value(event.narrativeId)});
    m_view->setEvents(markers);
}

void SentimentChartPane::setTokenNames(const QHash<QString, QString>& idToLabel)
{
    m_tokenNames = idToLabel;
    m_tokenNamesKnown = true;
    restyleTokenLines();
    updateMessage();
}

void SentimentChartPane::restyleTokenLines()
{
    // Relabels and recolours the lines on screen; they keep their ids, so no series is rebuilt.
    QStringList shown;
    for (const ChartTokenLine& line : m_view->seriesSet().tokens())
        shown.append(line.id);
    m_view->setTokens(tokenLines(shown));
}

void SentimentChartPane::setSampleData(bool sample)
{
    m_view->setBadgeVisible(sample);
}

void SentimentChartPane::applyHeaderPalette()
{
    // The header shares the chart's colours so the pane reads as one surface.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, m_palette->background);
    colours.setColor(QPalette::WindowText, m_palette->mutedText);
    colours.setColor(QPalette::Button, m_palette->plotBackground);
    colours.setColor(QPalette::ButtonText, m_palette->text);
    setPalette(colours);
}

void SentimentChartPane::setChartPalette(const ChartPalette& palette)
{
    *m_palette = palette;
    applyHeaderPalette();
    m_view->setChartPalette(palette);
    restyleTokenLines();
}

void SentimentChartPane::setHeaderVisible(bool visible)
{
    for (QWidget* widget : {static_cast<QWidget*>(m_caption), static_cast<QWidget*>(m_help),
                            static_cast<QWidget*>(m_reset)})
        widget->setVisible(visible);
    layout()->itemAt(0)->layout()->setContentsMargins(visible ? QMargins(12, 6, 8, 0) : QMargins());
}

bool SentimentChartPane::isHeaderVisible() const
{
    return !m_caption->isHidden();
}

void SentimentChartPane::setTextScale(double scale)
{
    m_view->setTextScale(scale);
}

void SentimentChartPane::reload()
{
    *m_cache = ChartBuckets();
    requestLoad();
}

void SentimentChartPane::renderTo(QPainter* painter, const QRectF& target)
{
    m_view->renderTo(painter, target);
}

void SentimentChartPane::requestLoad()
{
    if (m_state->selectedTokens().isEmpty()) {
        m_loader->cancel();
        *m_cache = ChartBuckets();
        m_view->setTokens({});
        reloadPrices();
        m_view->clearData();
    } else {
        requestWindow(loadWindow(m_state->visibleRange(), m_state->granularity(), smoothingLead(m_state->smoothing())));
    }
    updateMessage();
    updateCaption();
}

void SentimentChartPane::requestWindow(const TimeRange& window)
{
    ChartRequest request;
    request.databasePath = m_databasePath;
    request.tokenIds = m_state->selectedTokens();
    request.granularity = m_state->granularity();
    request.window = window;
    request.shareOfVoice = m_state->metric() == Metric::ShareOfVoice;
    request.language = m_state->postLanguage();
    m_loader->request(request);
}

// The first load is the visible range and half a span either side, which is quick; a wider window then loads
// in the background, and again whenever the view comes within half a span of the cached window's edge.
void SentimentChartPane::prefetchIfNeeded()
{
    // A language filter folds raw posts, so only the visible range and its margin are read, never the wide window.
    if (m_loader->isBusy() || !cacheMatches() || m_state->postLanguage() != PostLanguage::All)
        return;
    const TimeRange visible = m_state->visibleRange();
    const Granularity granularity = m_state->granularity();
    const qint64 lead = smoothingLead(m_state->smoothing());
    const TimeRange wide = prefetchWindow(visible, granularity, m_state->selectedTokens().size(), lead);
    const TimeRange margin = loadWindow(visible, granularity, lead);
    const TimeRange& cached = m_cache->window;
    const bool nearEdge = margin.from < cached.from || cached.to < margin.to;
    // Three quarters: windows aligned to buckets differ a little from pan to pan, which must not start a load.
    if (nearEdge || cached.span() < wide.span() / 4 * 3)
        requestWindow(wide);
}

void SentimentChartPane::applyLoaded(const ChartBuckets& buckets)
{
    *m_cache = buckets;
    m_view->setTokens(tokenLines(buckets.tokenIds));
    reloadPrices(); // after the lines, so the legend lists each token's sentiment before its price
    m_view->setBuckets(buckets);
    m_view->setMetric(m_state->metric());
    m_view->setSmoothing(m_state->smoothing());
    m_view->refresh();
    updateMessage();
    updateCaption();
    emit loaded();
    prefetchIfNeeded();
}

bool SentimentChartPane::cacheMatches() const
{
    return m_cache->isUsable() && m_cache->databasePath == m_databasePath &&
           m_cache->tokenIds == m_state->selectedTokens() && m_cache->granularity == m_state->granularity() &&
           (m_cache->shareOfVoice || m_state->metric() != Metric::ShareOfVoice) &&
           m_cache->language == m_state->postLanguage();
}

void SentimentChartPane::followRange(const TimeRange& range)
{
    const QScopedValueRollback following(m_following, true);
    m_view->setVisibleRange(range);
    if (m_state->selectedTokens().isEmpty())
        return;
    const bool matches = cacheMatches();
    // Draw what the cache has right away, even while a wider window loads.
    if (matches)
        m_view->refresh();
    if (!matches || !m_cache->covers(range, smoothingLead(m_state->smoothing()))) {
        requestLoad();
    } else {
        updateMessage();
        prefetchIfNeeded();
    }
}

void SentimentChartPane::followMetric()
{
    const QScopedValueRollback following(m_following, true);
    m_view->setMetric(m_state->metric());
    m_view->setSmoothing(m_state->smoothing());
    updateCaption();
    if (m_state->selectedTokens().isEmpty())
        return;
    // A longer smoothing may need buckets further back than the cache holds.
    if (cacheMatches() && m_cache->covers(m_state->visibleRange(), smoothingLead(m_state->smoothing()))) {
        m_view->refresh();
        updateMessage();
    } else {
        requestLoad();
    }
}

QList<ChartTokenLine> SentimentChartPane::tokenLines(const QStringList& ids) const
{
    QList<ChartTokenLine> lines;
    for (qsizetype i = 0; i < ids.size(); ++i)
        lines.append({ids.at(i), m_tokenNames.value(ids.at(i), ids.at(i)),
                      m_palette->tokenColor(ids.at(i), m_tokenNames.keys())});
    return lines;
}

void SentimentChartPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SentimentChartPane::retranslateUi()
{
    // One list of gestures for this tooltip and Help › Keyboard and Mouse, which a click opens.
    m_help->setToolTip(gestureLines(chartGestures()) + tr("\n\nClick for every key and gesture."));
    m_reset->setText(tr("Reset zoom"));
    m_reset->setToolTip(tr("Show all the data (Home)"));
    retranslatePriceButton();
    updateMessage();
    updateCaption();
}

void SentimentChartPane::updateMessage()
{
    if (m_state->selectedTokens().isEmpty() && m_tokenNamesKnown && m_tokenNames.isEmpty()) {
        m_view->setMessage(tr("This workspace has no tokens yet"),
                           tr("Add some with File › Import… or Edit › New Token…"));
        return;
    }
    if (m_state->selectedTokens().isEmpty()) {
        m_view->setMessage(tr("Select one or more tokens to chart their sentiment"),
                           tr("Select several tokens to compare them."));
        return;
    }
    if (!m_cache->error.isEmpty()) {
        m_view->setMessage(tr("The sentiment data could not be loaded"), m_cache->error);
        return;
    }
    if (!cacheMatches()) {
        m_view->setMessage(QString()); // still loading: keep the old lines rather than flash a message
        return;
    }
    const bool anyPosts = std::any_of(m_cache->tokens.cbegin(), m_cache->tokens.cend(),
                                      [](const TokenBuckets& token) { return token.hasPosts; });
    if (!anyPosts)
        m_view->setMessage(tr("No posts for these tokens yet — File › Import… to add posts"));
    else if (!m_view->hasVisibleData())
        m_view->setMessage(tr("No posts in this time range"), tr("Press Home or Reset zoom to see all of them."));
    else
        m_view->setMessage(QString());
}

void SentimentChartPane::updateCaption()
{
    QString granularity;
    switch (m_state->granularity()) {
    case Granularity::Hour:
        granularity = tr("Hourly buckets");
        break;
    case Granularity::Day:
        granularity = tr("Daily buckets");
        break;
    case Granularity::Week:
        granularity = tr("Weekly buckets");
        break;
    }
    QString text = tr("%1 · UTC").arg(granularity);
    const Smoothing smoothing = m_state->smoothing();
    if (smoothing.isOn())
        text = tr("%1 · %2").arg(text, smoothingLabel(smoothing));
    if (smoothing.band && smoothing.isOn())
        text = tr("%1 ± standard error").arg(text);
    if (smoothing.minPosts > 0 && !metricCountsPosts(m_state->metric()))
        text = tr("%1 · faded: under %n posts", nullptr, smoothing.minPosts).arg(text);
    m_caption->setToolTip(
        tr("Points resting on fewer posts than the threshold (View › Smoothing) are drawn faded rather than hidden: "
           "the value is there, but too few posts stand behind it to trust. With smoothing, the posts of the N days "
           "up to a point count. The band is the standard error of the smoothed value, from the spread of the "
           "days in its window."));
    if (m_state->postLanguage() != PostLanguage::All)
        text = tr("%1 · %2 posts only").arg(text, postLanguageLabel(m_state->postLanguage()));
    if (const QString price = priceCaption(); !price.isEmpty())
        text = tr("%1 · %2").arg(text, price);
    m_caption->setText(isLoading() ? tr("%1 · loading…").arg(text) : text);
}

void SentimentChartPane::announcePlotArea()
{
    // A hidden view has no place in the layout yet; it announces when it is shown and laid out.
    if (!m_view->isVisible())
        return;
    const QRectF plot = m_view->plotArea();
    const QPointF left = m_view->mapFromScene(plot.topLeft());
    const QPointF right = m_view->mapFromScene(plot.topRight());
    const int l = m_view->viewport()->mapTo(this, QPoint(int(std::lround(left.x())), 0)).x();
    const int r = m_view->viewport()->mapTo(this, QPoint(int(std::lround(right.x())), 0)).x();
    if (l == m_plotLeft && r == m_plotRight)
        return;
    m_plotLeft = l;
    m_plotRight = r;
    emit plotAreaChanged(l, r);
}

void SentimentChartPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    announcePlotArea();
}

void SentimentChartPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    announcePlotArea();
}

bool SentimentChartPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && (event->type() == QEvent::Move || event->type() == QEvent::Show))
        announcePlotArea();
    return QWidget::eventFilter(watched, event);
}

int SentimentChartPane::visibleSeriesCount() const
{
    return m_view->seriesSet().visibleLineCount();
}

QList<QPointF> SentimentChartPane::seriesPoints(int index) const
{
    return m_view->seriesSet().linePoints(index);
}

TimeRange SentimentChartPane::axisRange() const
{
    const QValueAxis* axis = m_view->seriesSet().xAxis();
    return {qint64(std::llround(axis->min())), qint64(std::llround(axis->max()))};
}

QString SentimentChartPane::emptyStateText() const
{
    return m_view->decorations().message();
}

std::optional<QPoint> SentimentChartPane::eventMarkerPosition(const QString& eventId) const
{
    const std::optional<QPointF> point = m_view->decorations().eventClickPoint(eventId);
    if (!point)
        return std::nullopt;
    return m_view->mapFromScene(*point);
}

std::optional<int> SentimentChartPane::eventLineX(const QString& eventId) const
{
    const std::optional<double> x = m_view->decorations().eventLineX(eventId);
    if (!x)
        return std::nullopt;
    return m_view->mapFromScene(QPointF(*x, 0)).x();
}

QWidget* SentimentChartPane::chartViewport() const
{
    return m_view->viewport();
}

bool SentimentChartPane::isLoading() const
{
    return m_loader->isBusy() && !(cacheMatches() && m_cache->covers(m_state->visibleRange()));
}

bool SentimentChartPane::isPrefetching() const
{
    return m_loader->isBusy() && !isLoading();
}

TimeRange SentimentChartPane::cachedWindow() const
{
    return m_cache->window;
}

int SentimentChartPane::staleResultCount() const
{
    return m_loader->staleCount();
}

bool SentimentChartPane::isSampleBadgeVisible() const
{
    return m_view->decorations().isBadgeVisible();
}

} // namespace seance
