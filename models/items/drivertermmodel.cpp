// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/drivertermmodel.h"

#include <QLocale>

#include <cmath>

namespace seance {
namespace {

// "+0.042", "−0.013", "0.000": three decimals, since a term's share of a mean is often a few thousandths.
QString signedValue(double value)
{
    const QString number = QLocale().toString(std::abs(value), 'f', 3);
    if (value >= 0.0005)
        return QLatin1Char('+') + number;
    if (value <= -0.0005)
        return QChar(0x2212) + number;
    return number;
}

} // namespace

DriverTermModel::DriverTermModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DriverTermModel::setTerms(const QList<DriverTerm>& terms)
{
    beginResetModel();
    m_terms = terms;
    endResetModel();
}

int DriverTermModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_terms.size());
}

int DriverTermModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DriverTermModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DriverTerm& term = m_terms.at(index.row());
    switch (role) {
    case SortRole:
        switch (index.column()) {
        case TermColumn:
            return term.term;
        case ChangeColumn:
            return term.change;
        case BeforeColumn:
            return term.before;
        case AfterColumn:
            return term.after;
        case PostsBeforeColumn:
            return term.postsBefore;
        case PostsAfterColumn:
            return term.postsAfter;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TermColumn:
            return term.term;
        case ChangeColumn:
            return signedValue(term.change);
        case BeforeColumn:
            return signedValue(term.before);
        case AfterColumn:
            return signedValue(term.after);
        case PostsBeforeColumn:
            return QLocale().toString(term.postsBefore);
        case PostsAfterColumn:
            return QLocale().toString(term.postsAfter);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TermColumn)
            return tr("“%1”, written “%2” in a post of these ranges").arg(term.term, term.written);
        return tr("%1 adds %2 to the mean sentiment after, against %3 before: an approximate share of the change")
            .arg(term.term, signedValue(term.after), signedValue(term.before));
    case Qt::TextAlignmentRole:
        return index.column() == TermColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant DriverTermModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TermColumn:
            return tr("The lexicon entry, as “Why this score?” names it");
        case ChangeColumn:
            return tr("The term's approximate share of the change in mean sentiment: what it adds per post after, "
                      "minus what it added before. Each post's score is split over its terms in proportion to their "
                      "contributions, so the shares add up to the change, but the split is approximate: the score "
                      "is not a plain sum of its terms.");
        case BeforeColumn:
            return tr("What the term adds to the mean sentiment of the range before (per scored post)");
        case AfterColumn:
            return tr("What the term adds to the mean sentiment of the chosen range (per scored post)");
        case PostsBeforeColumn:
            return tr("Posts of the range before that contain the term");
        case PostsAfterColumn:
            return tr("Posts of the chosen range that contain the term");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TermColumn:
        return tr("Term");
    case ChangeColumn:
        return tr("Approx. share");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case PostsBeforeColumn:
        return tr("Posts before");
    case PostsAfterColumn:
        return tr("Posts after");
    }
    return {};
}

} // namespace seance
