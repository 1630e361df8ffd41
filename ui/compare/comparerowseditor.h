// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/compare/comparesetup.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace seance {

struct CompareSubjectChoice
{
    SubjectKind kind = SubjectKind::Narrative;
    QString id;
    QString title;
};

// The comparison's rows: for each a colour swatch, a subject picker (narratives, then tokens), an anchor picker
// (the subject's own events first, then every other event) and a remove button; and an "Add row" button.
class CompareRowsEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit CompareRowsEditor(QWidget* parent = nullptr);

    void setChoices(const QList<CompareSubjectChoice>& subjects, const QList<EventRecord>& events);
    void setRows(const QList<CompareRow>& rows);
    QList<CompareRow> rows() const { return m_rows; }
    void setRowColors(const QList<QColor>& colors);

    // Whether an anchor at this time lies in the range the user looks at, with posts of the subject in the
    // comparison's window around it; asked when a row is suggested.
    using PostsAround = std::function<bool(SubjectKind kind, const QString& id, qint64 anchorTime)>;
    void setPostsAround(PostsAround postsAround) { m_postsAround = std::move(postsAround); }

    // A sensible next row: the first subject not compared yet with an event of its own that PostsAround accepts,
    // anchored there (an empty chart says nothing); else one with events of its own, on its first event.
    std::optional<CompareRow> suggestedRow() const;

    QComboBox* subjectBox(int row) const;
    QComboBox* anchorBox(int row) const;
    QToolButton* removeButton(int row) const;
    QPushButton* addButton() const { return m_add; }

signals:
    void rowsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct RowWidgets
    {
        QWidget* container = nullptr;
        QLabel* swatch = nullptr;
        QComboBox* subject = nullptr;
        QComboBox* anchor = nullptr;
        QToolButton* remove = nullptr;
    };

    PostsAround m_postsAround;

    void rebuild();
    void retranslateButtons();
    void fillSubjects(QComboBox* box, const CompareRow& row) const;
    void fillAnchors(QComboBox* box, const CompareRow& row) const;
    void subjectPicked(int row);
    void anchorPicked(int row);
    QString firstEventOf(SubjectKind kind, const QString& id) const;

    QList<CompareSubjectChoice> m_subjects;
    QList<EventRecord> m_events; // by time
    QList<CompareRow> m_rows;
    QList<QColor> m_colors;
    QList<RowWidgets> m_widgets;
    QVBoxLayout* m_rowLayout;
    QPushButton* m_add;
};

} // namespace seance
