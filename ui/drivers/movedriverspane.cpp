// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drivers/movedriverspane.h"

#include "models/analysis/movedriversloader.h"
#include "models/items/driverpostmodel.h"
#include "models/items/drivertermmodel.h"
#include "models/items/modelretranslation.h"
#include "models/metricformat.h"
#include "models/sentiment/scoring/scorer.h"
#include "models/time/timeformat.h"
#include "models/viewstate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace seance {
namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder); // the model's order until a header is clicked
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QSortFilterProxyModel* makeProxy(QAbstractItemModel* source, int sortRole, QObject* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setSortLocaleAware(true);
    return proxy;
}

QString rangeText(const TimeRange& range)
{
    return QStringLiteral("%1 – %2").arg(formatUtcDate(range.from), formatUtcDate(range.to - 1));
}

QWidget* titled(QLabel* label, QWidget* content, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    label->setParent(box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

MoveDriversPane::MoveDriversPane(const ViewState* state, QWidget* parent)
    : QWidget(parent)
    , m_state(state)
    , m_loader(new MoveDriversLoader(this))
    , m_termModel(new DriverTermModel(this))
    , m_postModel(new DriverPostModel(this))
    , m_termProxy(makeProxy(m_termModel, DriverTermModel::SortRole, this))
    , m_postProxy(makeProxy(m_postModel, DriverPostModel::SortRole, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_note(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_terms(makeTable(m_termProxy, this))
    , m_posts(makeTable(m_postProxy, this))
    , m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("moveDriversPane"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    QFont small = m_note->font();
    small.setItalic(true);
    m_note->setFont(small);
    m_progress->setTextVisible(true);
    m_terms->setObjectName(QStringLiteral("driverTerms"));
    m_posts->setObjectName(QStringLiteral("driverPosts"));
    m_posts->horizontalHeader()->setSectionResizeMode(DriverPostModel::TextColumn, QHeaderView::Stretch);
    m_settle->setSingleShot(true);
    m_settle->setInterval(400);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_termsTitle = new QLabel(this);
    m_postsTitle = new QLabel(this);
    splitter->addWidget(titled(m_termsTitle, m_terms, splitter));
    splitter->addWidget(titled(m_postsTitle, m_posts, splitter));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_summary);
    contentLayout->addLayout(progressRow);
    contentLayout->addWidget(splitter, 1);
    contentLayout->addWidget(m_note);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_stack);
    setComputing(false);
    retranslateUi();
    showEmpty([] { return emptyHint(); });

    connect(m_settle, &QTimer::timeout, this, &MoveDriversPane::refresh);
    connect(m_state, &ViewState::selectedTokensChanged, this, &MoveDriversPane::scheduleRefresh);
    connect(m_state, &ViewState::visibleRangeChanged, this, &MoveDriversPane::scheduleRefresh);
    connect(m_cancel, &QPushButton::clicked, this, &MoveDriversPane::cancel);
    connect(m_loader, &MoveDriversLoader::progressed, this, [this](qint64 done, qint64 total) {
        m_explained = done;
        m_toExplain = total;
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(1000 * done / total) : 0);
        sayProgress();
    });
    connect(m_loader, &MoveDriversLoader::loaded, this, &MoveDriversPane::showResult);
}

MoveDriversPane::~MoveDriversPane() = default;

void MoveDriversPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MoveDriversPane::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
    m_progress->setToolTip(tr("Posts explained so far"));
    m_cancel->setToolTip(tr("Stop explaining the posts of this range"));
    m_terms->setToolTip(tr("The terms whose contributions to the mean sentiment changed most between the range "
                           "before and the chosen range"));
    m_posts->setToolTip(tr("The posts of the chosen range with the most engagement"));
    m_termsTitle->setText(tr("Terms that moved the mean (approximate share)"));
    m_postsTitle->setText(tr("Most engaged posts of the range"));
    announceRetranslation(*m_termModel);
    announceRetranslation(*m_postModel);
    sayStatus();
}

void MoveDriversPane::sayStatus()
{
    switch (m_status) {
    case Status::Empty:
        if (m_emptyText)
            m_empty->setText(m_emptyText());
        break;
    case Status::Computing:
        if (m_shown)
            showTexts(*m_shown); // the previous result's note stays under its tables until the new one arrives
        if (m_computing) {
            const QString label = m_tokenLabels.value(m_computing->subjectId, m_computing->subjectId);
            m_summary->setText(tr("%1: explaining %2 against %3…")
                                   .arg(label, rangeText(m_computing->after), rangeText(m_computing->before)));
        }
        sayProgress();
        break;
    case Status::Result:
        if (m_shown)
            showTexts(*m_shown);
        break;
    }
}

void MoveDriversPane::sayProgress()
{
    m_progress->setFormat(
        m_explained < 0
            ? tr("Counting posts…")
            : tr("Explaining posts: %1 of %2").arg(QLocale().toString(m_explained), QLocale().toString(m_toExplain)));
}

QString MoveDriversPane::emptyHint()
{
    return tr("Select a token and a range: zoom the chart to the days you want explained. They are compared with "
              "the days of the same length just before.");
}

void MoveDriversPane::setWorkspace(const QString& databasePath, const QHash<QString, QString>& tokenLabels)
{
    m_databasePath = databasePath;
    m_tokenLabels = tokenLabels;
    scheduleRefresh();
}

void MoveDriversPane::setScorer(std::shared_ptr<const Scorer> scorer)
{
    m_scorer = std::move(scorer);
    if (m_scorer)
        scheduleRefresh();
    else if (m_loader->isBusy())
        refresh(); // the running job uses the old scorer: refresh() cancels it and waits for the new one
}

bool MoveDriversPane::isComputing() const
{
    return m_loader->isBusy();
}

QString MoveDriversPane::summaryText() const
{
    return m_summary->text();
}

QString MoveDriversPane::emptyText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

bool MoveDriversPane::isShowingResult() const
{
    return m_stack->currentWidget() != m_empty && !isComputing();
}

void MoveDriversPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_settle->start(0);
}

void MoveDriversPane::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        m_settle->start();
}

void MoveDriversPane::refresh()
{
    m_settle->stop();
    m_dirty = false;
    const QStringList tokens = m_state->selectedTokens();
    const TimeRange range = m_state->visibleRange();
    if (tokens.isEmpty() || range.isEmpty() || m_databasePath.isEmpty()) {
        m_loader->cancel();
        setComputing(false);
        showEmpty([] { return emptyHint(); });
        return;
    }
    if (!m_scorer) {
        // A job still running was started for the previous workspace or scoring: its result must not show.
        m_loader->cancel();
        setComputing(false);
        showEmpty([] { return tr("Preparing the scorer…"); });
        m_dirty = true; // setScorer() starts again
        return;
    }
    const MoveDriversRequest request = moveDriversRequest(SubjectKind::Token, tokens.constFirst(), range);
    m_status = Status::Computing;
    m_computing = request;
    m_explained = -1;
    m_toExplain = 0;
    m_progress->setRange(0, 0);
    sayStatus();
    m_stack->setCurrentIndex(1);
    setComputing(true);
    m_loader->request(m_databasePath, m_scorer, request);
}

void MoveDriversPane::cancel()
{
    m_loader->cancel();
    setComputing(false);
    showEmpty([] {
        return tr("Cancelled. Change the range or the token, or choose What Drove This Move? again, to start over.");
    });
}

void MoveDriversPane::setComputing(bool computing)
{
    m_progress->setVisible(computing);
    m_cancel->setVisible(computing);
}

void MoveDriversPane::showEmpty(std::function<QString()> text)
{
    m_status = Status::Empty;
    m_computing.reset();
    m_shown.reset();
    m_termModel->setTerms({});
    m_postModel->setPosts({});
    m_emptyText = std::move(text);
    m_empty->setText(m_emptyText());
    m_stack->setCurrentWidget(m_empty);
}

void MoveDriversPane::showResult(const MoveDrivers& result)
{
    setComputing(false);
    if (!result.error.isEmpty()) {
        showEmpty([error = result.error] { return tr("The drivers could not be computed: %1").arg(error); });
        return;
    }
    const MoveDriversRequest& request = result.request;
    if (result.postsBefore + result.postsAfter == 0) {
        const QString label = m_tokenLabels.value(request.subjectId, request.subjectId);
        showEmpty([label, request] {
            return tr("%1 has no posts in %2 or in the days before it (%3). Choose a range with posts.")
                .arg(label, rangeText(request.after), rangeText(request.before));
        });
        return;
    }
    m_status = Status::Result;
    m_computing.reset();
    m_shown = result;
    showTexts(result);
    m_termModel->setTerms(result.terms);
    m_postModel->setPosts(result.topPosts);
    m_stack->setCurrentIndex(1);
    emit computed();
}

void MoveDriversPane::showTexts(const MoveDrivers& result)
{
    const MoveDriversRequest& request = result.request;
    const QString label = m_tokenLabels.value(request.subjectId, request.subjectId);
    const auto mean = [](const std::optional<double>& value) {
        return value ? metricValueText(*value, Metric::Mean) : tr("no scored posts");
    };
    QString summary =
        tr("%1, mean sentiment %2 (%3, %4 scored posts) → %5 (%6, %7 scored posts)")
            .arg(label, mean(result.meanBefore), rangeText(request.before), QLocale().toString(result.scoredBefore),
                 mean(result.meanAfter), rangeText(request.after), QLocale().toString(result.scoredAfter));
    if (const std::optional<double> change = result.change())
        summary += tr(": a change of %1.").arg(metricChangeText(*change, Metric::Mean));
    m_summary->setText(summary);
    double listed = 0;
    for (const DriverTerm& term : result.terms)
        listed += term.change;
    m_note->setText(tr("Approximate share: each post's score is split over its terms in proportion to their "
                       "contributions (as “Why this score?” shows them). The score is not a plain sum of its terms, "
                       "so the split is an approximation; the shares add up to the change. The terms listed account "
                       "for %1, the others for %2.")
                        .arg(metricChangeText(listed, Metric::Mean),
                             metricChangeText(result.otherTermsChange + result.unattributedChange, Metric::Mean)));
}

} // namespace seance
