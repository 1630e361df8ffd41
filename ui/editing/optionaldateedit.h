// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QDateTimeEdit;

namespace seance {

// A UTC date, or date and time, that may be absent: a QDateTimeEdit with a "UTC" label and a check box that
// stands for "no value". Seance never guesses a date, so "unknown" has to be something the user can say.
class OptionalDateEdit final : public QWidget
{
    Q_OBJECT
public:
    enum class Precision { Day, Minute };

    OptionalDateEdit(Precision precision, const QString& absentText, QWidget* parent = nullptr);

    // UTC milliseconds since the epoch, or nothing. A value finer than the precision (a launch time of day, an
    // event's seconds) comes back unchanged as long as the user does not change the date.
    void setValue(std::optional<qint64> msecs);
    std::optional<qint64> value() const;

    bool isAbsent() const;
    void setAbsent(bool absent);

    QDateTimeEdit* dateTimeEdit() const { return m_edit; }
    QCheckBox* absentBox() const { return m_absent; }

signals:
    void valueChanged();

private:
    void updateEnabled();

    Precision m_precision;
    QDateTimeEdit* m_edit;
    QCheckBox* m_absent;
    std::optional<qint64> m_original;
    bool m_edited = false;
};

} // namespace seance
