// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/comparerowseditor.h"

#include "models/time/timeformat.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace seance {

namespace {

QString subjectKey(SubjectKind kind, const QString& id)
{
    return subjectKindName(kind) + u':' + id;
}

} // namespace

void CompareRowsEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateButtons();
        rebuild(); // the rows' labels, tooltips and "(not in this workspace)"; before the event reaches them
    }
    QWidget::changeEvent(event);
}

void CompareRowsEditor::retranslateButtons()
{
    m_add->setText(tr("&Add Row"));
    m_add->setToolTip(tr("Add a narrative or token to the comparison"));
}

CompareRowsEditor::CompareRowsEditor(QWidget* parent)
    : QWidget(parent)
    , m_rowLayout(new QVBoxLayout)
    , m_add(new QPushButton(this))
{
    m_rowLayout->setContentsMargins(0, 0, 0, 0);
    m_rowLayout->setSpacing(4);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowLayout);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);
    retranslateButtons();
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (const std::optional<CompareRow> row = suggestedRow()) {
            m_rows.append(*row);
            rebuild();
            emit rowsChanged();
        }
    });
    rebuild();
}

void CompareRowsEditor::setChoices(const QList<CompareSubjectChoice>& subjects, const QList<EventRecord>& events)
{
    m_subjects = subjects;
    m_events = events;
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const EventRecord& a, const EventRecord& b) { return a.occurredAt < b.occurredAt; });
    rebuild();
}

void CompareRowsEditor::setRows(const QList<CompareRow>& rows)
{
    m_rows = rows;
    rebuild();
}

void CompareRowsEditor::setRowColors(const QList<QColor>& colors)
{
    m_colors = colors;
    for (int i = 0; i < m_widgets.size(); ++i) {
        const QColor color = i < m_colors.size() ? m_colors.at(i) : QColor(Qt::gray);
        m_widgets.at(i).swatch->setStyleSheet(
            QStringLiteral("QLabel { background: %1; border-radius: 3px; }").arg(color.name()));
    }
}

QString CompareRowsEditor::firstEventOf(SubjectKind kind, const QString& id) const
{
    for (const EventRecord& event : m_events) {
        if (eventConcernsSubject(event, kind, id))
            return event.id;
    }
    return QString();
}

std::optional<CompareRow> CompareRowsEditor::suggestedRow() const
{
    if (m_subjects.isEmpty() || m_events.isEmpty() || m_rows.size() >= CompareSetup::maximumRows)
        return std::nullopt;
    auto used = [this](const CompareSubjectChoice& s) {
        return std::any_of(m_rows.cbegin(), m_rows.cend(),
                           [&s](const CompareRow& r) { return r.kind == s.kind && r.subjectId == s.id; });
    };
    // First a subject with an event of its own whose window has posts in view: the chart shows something and
    // day 0 means something for it (the sample's first narrative is Dogecoin's, anchored in 2013).
    if (m_postsAround) {
        for (const CompareSubjectChoice& subject : m_subjects) {
            if (used(subject))
                continue;
            for (const EventRecord& event : m_events) {
                if (eventConcernsSubject(event, subject.kind, subject.id) &&
                    m_postsAround(subject.kind, subject.id, event.occurredAt))
                    return CompareRow{subject.kind, subject.id, event.id};
            }
        }
    }
    // Then one with events of its own, then any.
    const CompareSubjectChoice* pick = nullptr;
    for (const CompareSubjectChoice& subject : m_subjects) {
        if (!pick && !used(subject) && !firstEventOf(subject.kind, subject.id).isEmpty())
            pick = &subject;
    }
    for (const CompareSubjectChoice& subject : m_subjects) {
        if (!pick && !used(subject))
            pick = &subject;
    }
    if (!pick)
        pick = &m_subjects.constFirst();
    CompareRow row{pick->kind, pick->id, firstEventOf(pick->kind, pick->id)};
    if (row.anchorEventId.isEmpty())
        row.anchorEventId = m_rows.isEmpty() ? m_events.constFirst().id : m_rows.constLast().anchorEventId;
    return row;
}

QComboBox* CompareRowsEditor::subjectBox(int row) const
{
    return row >= 0 && row < m_widgets.size() ? m_widgets.at(row).subject : nullptr;
}

QComboBox* CompareRowsEditor::anchorBox(int row) const
{
    return row >= 0 && row < m_widgets.size() ? m_widgets.at(row).anchor : nullptr;
}

QToolButton* CompareRowsEditor::removeButton(int row) const
{
    return row >= 0 && row < m_widgets.size() ? m_widgets.at(row).remove : nullptr;
}

void CompareRowsEditor::fillSubjects(QComboBox* box, const CompareRow& row) const
{
    const QSignalBlocker blocker(box);
    box->clear();
    bool found = false;
    for (const CompareSubjectChoice& subject : m_subjects) {
        const QString prefix = subject.kind == SubjectKind::Narrative ? tr("Narrative") : tr("Token");
        box->addItem(QStringLiteral("%1: %2").arg(prefix, subject.title), subjectKey(subject.kind, subject.id));
        found = found || (subject.kind == row.kind && subject.id == row.subjectId);
    }
    if (!found) // a saved comparison may name a subject this workspace lacks; keep it visible, not silently gone
        box->addItem(tr("%1 (not in this workspace)").arg(row.subjectId), subjectKey(row.kind, row.subjectId));
    box->setCurrentIndex(box->findData(subjectKey(row.kind, row.subjectId)));
}

void CompareRowsEditor::fillAnchors(QComboBox* box, const CompareRow& row) const
{
    const QSignalBlocker blocker(box);
    box->clear();
    auto add = [box](const EventRecord& event) {
        box->addItem(QStringLiteral("%1 — %2").arg(formatUtcDate(event.occurredAt), event.title), event.id);
        // Tooltips guess rich text; an event title is data, so it is escaped.
        box->setItemData(box->count() - 1, QStringLiteral("<qt>%1</qt>").arg(event.title.toHtmlEscaped()),
                         Qt::ToolTipRole);
    };
    for (const EventRecord& event : m_events) {
        if (eventConcernsSubject(event, row.kind, row.subjectId))
            add(event);
    }
    const int own = box->count();
    for (const EventRecord& event : m_events) {
        if (!eventConcernsSubject(event, row.kind, row.subjectId))
            add(event);
    }
    if (own > 0 && own < box->count())
        box->insertSeparator(own);
    if (box->findData(row.anchorEventId) < 0 && !row.anchorEventId.isEmpty())
        box->addItem(tr("%1 (not in this workspace)").arg(row.anchorEventId), row.anchorEventId);
    box->setCurrentIndex(box->findData(row.anchorEventId));
}

void CompareRowsEditor::rebuild()
{
    for (const RowWidgets& widgets : std::as_const(m_widgets))
        delete widgets.container;
    m_widgets.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        RowWidgets w;
        w.container = new QWidget(this);
        auto* layout = new QHBoxLayout(w.container);
        layout->setContentsMargins(0, 0, 0, 0);
        w.swatch = new QLabel(w.container);
        w.swatch->setFixedSize(14, 14);
        w.subject = new QComboBox(w.container);
        w.subject->setToolTip(tr("The narrative or token whose sentiment this row shows"));
        w.subject->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        w.subject->setMinimumContentsLength(18);
        w.anchor = new QComboBox(w.container);
        w.anchor->setToolTip(tr("Day 0: the event this row is aligned on"));
        w.anchor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        w.anchor->setMinimumContentsLength(24);
        w.remove = new QToolButton(w.container);
        w.remove->setText(tr("Remove"));
        w.remove->setToolTip(tr("Remove this row from the comparison"));
        layout->addWidget(w.swatch);
        layout->addWidget(w.subject, 2);
        layout->addWidget(new QLabel(tr("day 0:"), w.container));
        layout->addWidget(w.anchor, 3);
        layout->addWidget(w.remove);
        fillSubjects(w.subject, m_rows.at(i));
        fillAnchors(w.anchor, m_rows.at(i));
        connect(w.subject, &QComboBox::currentIndexChanged, this, [this, i] { subjectPicked(i); });
        connect(w.anchor, &QComboBox::currentIndexChanged, this, [this, i] { anchorPicked(i); });
        connect(w.remove, &QToolButton::clicked, this, [this, i, container = w.container] {
            // Deleting the button that is delivering this click is not safe, so the row goes once control
            // returns; until then its widgets take no more input, so no later click sees a shifted index.
            container->setEnabled(false);
            QMetaObject::invokeMethod(
                this,
                [this, i] {
                    if (i >= m_rows.size())
                        return;
                    m_rows.removeAt(i);
                    rebuild();
                    emit rowsChanged();
                },
                Qt::QueuedConnection);
        });
        m_rowLayout->addWidget(w.container);
        m_widgets.append(w);
    }
    m_add->setEnabled(!m_subjects.isEmpty() && !m_events.isEmpty() && m_rows.size() < CompareSetup::maximumRows);
    setRowColors(m_colors);
}

void CompareRowsEditor::subjectPicked(int row)
{
    if (row >= m_rows.size() || row >= m_widgets.size())
        return;
    const QString key = m_widgets.at(row).subject->currentData().toString();
    for (const CompareSubjectChoice& subject : std::as_const(m_subjects)) {
        if (subjectKey(subject.kind, subject.id) != key)
            continue;
        CompareRow& r = m_rows[row];
        r.kind = subject.kind;
        r.subjectId = subject.id;
        // A new subject starts at its own first event when the old anchor is not one of its events.
        const auto anchor = std::find_if(m_events.cbegin(), m_events.cend(),
                                         [&r](const EventRecord& e) { return e.id == r.anchorEventId; });
        if (anchor == m_events.cend() || !eventConcernsSubject(*anchor, r.kind, r.subjectId)) {
            const QString own = firstEventOf(r.kind, r.subjectId);
            if (!own.isEmpty())
                r.anchorEventId = own;
        }
        fillAnchors(m_widgets.at(row).anchor, r);
        emit rowsChanged();
        return;
    }
}

void CompareRowsEditor::anchorPicked(int row)
{
    if (row >= m_rows.size() || row >= m_widgets.size())
        return;
    const QString id = m_widgets.at(row).anchor->currentData().toString();
    if (id.isEmpty() || id == m_rows.at(row).anchorEventId)
        return;
    m_rows[row].anchorEventId = id;
    emit rowsChanged();
}

} // namespace seance
