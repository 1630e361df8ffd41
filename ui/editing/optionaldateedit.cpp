// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/optionaldateedit.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTimeZone>

namespace seance {

OptionalDateEdit::OptionalDateEdit(Precision precision, const QString& absentText, QWidget* parent)
    : QWidget(parent), m_precision(precision), m_edit(new QDateTimeEdit(this)),
      m_absent(new QCheckBox(absentText, this))
{
    m_edit->setObjectName(QStringLiteral("dateTimeEdit"));
    m_absent->setObjectName(QStringLiteral("absentBox"));
    m_edit->setTimeSpec(Qt::UTC);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(precision == Precision::Day ? QStringLiteral("yyyy-MM-dd")
                                                         : QStringLiteral("yyyy-MM-dd HH:mm"));
    m_edit->setDateTime(QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), QTimeZone::utc()));
    auto* utc = new QLabel(tr("UTC"), this);
    utc->setToolTip(tr("Dates and times are stored in UTC, whatever the local time zone."));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(utc);
    layout->addWidget(m_absent);

    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_edited = true;
        emit valueChanged();
    });
    connect(m_absent, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        emit valueChanged();
    });
    updateEnabled();
}

void OptionalDateEdit::setValue(std::optional<qint64> msecs)
{
    const QSignalBlocker blockEdit(m_edit);
    const QSignalBlocker blockAbsent(m_absent);
    m_original = msecs;
    m_edited = false;
    if (msecs)
        m_edit->setDateTime(QDateTime::fromMSecsSinceEpoch(*msecs, QTimeZone::utc()));
    m_absent->setChecked(!msecs);
    updateEnabled();
    emit valueChanged();
}

std::optional<qint64> OptionalDateEdit::value() const
{
    if (m_absent->isChecked())
        return std::nullopt;
    if (m_original && !m_edited)
        return m_original;
    const QDateTime shown = m_edit->dateTime().toUTC();
    const QTime time = m_precision == Precision::Day ? QTime(0, 0) : QTime(shown.time().hour(), shown.time().minute());
    return QDateTime(shown.date(), time, QTimeZone::utc()).toMSecsSinceEpoch();
}

bool OptionalDateEdit::isAbsent() const
{
    return m_absent->isChecked();
}

void OptionalDateEdit::setAbsent(bool absent)
{
    m_absent->setChecked(absent);
}

void OptionalDateEdit::updateEnabled()
{
    m_edit->setEnabled(!m_absent->isChecked());
}

} // namespace seance
