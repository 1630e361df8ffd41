// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presenting/presentationmode.h"

#include "ui/chart/sentimentchartpane.h"
#include "ui/common/retranslator.h"

#include "models/time/timeformat.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTextDocument>

#include <algorithm>
#include <functional>

namespace seance {
namespace {

// How much larger the chart's text and lines are in presentation mode, read from across a room.
constexpr double presentationTextScale = 1.6;

} // namespace

PresentationMode::PresentationMode(QMainWindow* window, SentimentChartPane* chart, QSplitter* chartColumn)
    : QObject(window)
    , m_window(window)
    , m_chart(chart)
    , m_chartColumn(chartColumn)
    , m_toggle(new QAction(this))
    , m_caption(new QLabel(chart))
{
    // Light text on a dark translucent plate reads over every theme's chart.
    m_caption->setObjectName(QStringLiteral("presentationCaption"));
    m_caption->setTextFormat(Qt::RichText);
    m_caption->setWordWrap(true);
    m_caption->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_caption->setStyleSheet(QStringLiteral("QLabel { background: rgba(20, 20, 28, 215); color: #f4f4f8; "
                                            "border-radius: 6px; padding: 8px 12px; }"));
    m_caption->hide();
    m_chart->installEventFilter(this); // keeps the caption placed as the chart resizes

    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F11));
    Retranslator::of(window)->add(m_toggle, [this] {
        m_toggle->setText(tr("&Presentation Mode"));
        m_toggle->setStatusTip(tr("Show only the chart, full screen; ← and → step through the events, Esc leaves"));
    });
    connect(m_toggle, &QAction::toggled, this, &PresentationMode::setPresenting);

    const std::pair<QKeySequence, std::function<void()>> keys[] = {
        {QKeySequence(Qt::Key_Escape), [this] { setPresenting(false); }},
        {QKeySequence(Qt::Key_Right), [this] { emit stepRequested(+1); }},
        {QKeySequence(Qt::Key_Left), [this] { emit stepRequested(-1); }},
    };
    for (const auto& [key, run] : keys) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, run);
        m_window->addAction(action);
        m_presentingOnly.append(action);
    }
}

void PresentationMode::setPresenting(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    if (on)
        enter();
    else
        leave();
    for (QAction* action : std::as_const(m_presentingOnly))
        action->setEnabled(on);
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(on);
    emit presentingChanged(on);
}

void PresentationMode::enter()
{
    m_before = {m_window->saveState(),
                m_window->geometry(),
                m_window->windowState(),
                m_chartColumn->sizes(),
                !m_window->menuBar()->isHidden(),
                !m_window->statusBar()->isHidden(),
                QApplication::focusWidget()};
    const QList<QDockWidget*> docks = m_window->findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly);
    for (QDockWidget* dock : docks)
        dock->hide();
    m_window->menuBar()->hide();
    m_window->statusBar()->hide();
    m_chart->setHeaderVisible(false);
    m_chart->setTextScale(presentationTextScale);
    // The timeline stays under the chart, smaller: it names the events the arrows step through.
    const int total = std::max(1, m_chartColumn->height());
    m_chartColumn->setSizes({total * 5 / 6, total - total * 5 / 6});
    // Without a window manager (a kiosk, a bare X server) nobody resizes a full-screen window; with one, this is
    // the size it gets anyway. Before showFullScreen(): setGeometry() would clear the state.
    if (QScreen* shown = m_window->screen())
        m_window->setGeometry(shown->geometry());
    m_window->showFullScreen();
    m_chart->setFocus();
}

void PresentationMode::leave()
{
    m_window->setWindowState(m_before.windowState);
    // The client geometry, not restoreGeometry()'s frame geometry: a bare X server has no frame, and the window
    // would come back shifted by the frame Qt assumes.
    if (!(m_before.windowState & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        m_window->setGeometry(m_before.geometry);
    m_window->menuBar()->setVisible(m_before.menuBar);
    m_window->statusBar()->setVisible(m_before.statusBar);
    m_window->restoreState(m_before.dockState);
    m_chart->setHeaderVisible(true);
    m_chart->setTextScale(1.0);
    m_caption->hide();
    m_chartColumn->setSizes(m_before.split);
    if (m_before.focus)
        m_before.focus->setFocus();
}

void PresentationMode::showFocusedEvent(const QList<EventRecord>& charted, const QList<EventRecord>& all,
                                        const QString& focusedId, StepEnd end)
{
    if (!m_presenting)
        return;
    const auto isFocused = [&focusedId](const EventRecord& e) { return !focusedId.isEmpty() && e.id == focusedId; };
    const auto found = std::find_if(all.cbegin(), all.cend(), isFocused);
    const EventRecord* event = found == all.cend() ? nullptr : &*found;
    const auto stepped = std::find_if(charted.cbegin(), charted.cend(), isFocused);
    const qsizetype position = stepped == charted.cend() ? -1 : stepped - charted.cbegin();
    const qsizetype count = charted.size();
    QStringList parts;
    if (event) {
        parts << QStringLiteral("<b>%1</b> &nbsp;·&nbsp; %2")
                     .arg(event->title.toHtmlEscaped(), formatUtcDate(event->occurredAt).toHtmlEscaped());
        if (!event->description.isEmpty())
            parts << event->description.toHtmlEscaped();
    }
    QString where;
    if (count == 0)
        where = tr("No event concerns what is charted.");
    else if (position >= 0)
        where = tr("Event %1 of %2").arg(position + 1).arg(count);
    else
        where = tr("%n event(s) concern what is charted: ← and → step through them.", nullptr, int(count));
    if (end == StepEnd::Last)
        where += QStringLiteral(" — ") + tr("that was the last one; ← goes back, Esc leaves.");
    else if (end == StepEnd::First)
        where += QStringLiteral(" — ") + tr("that was the first one; → goes on, Esc leaves.");
    parts << QStringLiteral("<i>%1</i>").arg(where.toHtmlEscaped());
    m_caption->setText(parts.join(QStringLiteral("<br>")));
    m_caption->show();
    m_caption->raise();
    placeCaption();
}

QString PresentationMode::captionText() const
{
    if (m_caption->isHidden())
        return {};
    QTextDocument document;
    document.setHtml(m_caption->text());
    return document.toPlainText();
}

void PresentationMode::placeCaption()
{
    // Top left, under the legend, no wider than about half the chart so most of the lines stay in sight.
    const double scale = presentationTextScale * 0.8;
    QFont font = m_chart->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    m_caption->setFont(font);
    const int margin = int(16 * scale);
    const int width = std::min(m_chart->width() - 2 * margin, std::max(420, m_chart->width() * 11 / 20));
    m_caption->setFixedWidth(std::max(200, width));
    m_caption->adjustSize();
    m_caption->move(int(70 * scale), int(44 * scale));
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_chart && event->type() == QEvent::Resize && m_caption->isVisible())
        placeCaption();
    return QObject::eventFilter(watched, event);
}

} // namespace seance
