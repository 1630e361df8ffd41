// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/compare/comparesetup.h"

#include <QJsonArray>

namespace seance {

namespace {

const QString formatName = QStringLiteral("seance-compare");
constexpr int formatVersion = 1;

bool fail(QString* error, const QString& field, const QString& reason)
{
    if (error)
        *error = QStringLiteral("%1: %2").arg(field, reason);
    return false;
}

// An integer day offset; JSON numbers are doubles, so fractions and huge values are refused explicitly.
bool readDay(const QJsonObject& object, const QString& key, const QString& field, int* day, QString* error)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return fail(error, field, QStringLiteral("expected a whole number of days"));
    const double number = value.toDouble();
    // The range is checked before the conversion: converting 1e300 to an integer would be undefined behaviour.
    if (!(number >= -CompareSetup::maximumWindowDays && number <= CompareSetup::maximumWindowDays)
        || number != double(qint64(number)))
        return fail(error, field,
                    QStringLiteral("expected a whole number of days between %1 and %2")
                        .arg(-CompareSetup::maximumWindowDays)
                        .arg(CompareSetup::maximumWindowDays));
    *day = int(number);
    return true;
}

bool readId(const QJsonObject& object, const QString& key, const QString& field, QString* id, QString* error)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return fail(error, field, QStringLiteral("expected a non-empty id"));
    *id = value.toString();
    return true;
}

} // namespace

QString subjectKindName(SubjectKind kind)
{
    return kind == SubjectKind::Token ? QStringLiteral("token") : QStringLiteral("narrative");
}

QJsonObject CompareSetup::toJson() const
{
    QJsonArray rowArray;
    for (const CompareRow& row : rows) {
        rowArray.append(QJsonObject{{QStringLiteral("kind"), subjectKindName(row.kind)},
                                    {QStringLiteral("subject"), row.subjectId},
                                    {QStringLiteral("anchorEvent"), row.anchorEventId}});
    }
    return QJsonObject{
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("window"),
         QJsonObject{{QStringLiteral("first"), window.first}, {QStringLiteral("last"), window.last}}},
        {QStringLiteral("rows"), rowArray},
    };
}

bool CompareSetup::fromJson(const QJsonObject& json, QString* error)
{
    if (json.value(QStringLiteral("format")).toString() != formatName)
        return fail(error, QStringLiteral("format"), QStringLiteral("expected \"%1\"").arg(formatName));
    if (json.value(QStringLiteral("version")).toInt(-1) != formatVersion)
        return fail(error, QStringLiteral("version"), QStringLiteral("expected %1").arg(formatVersion));

    CompareSetup next;
    const QJsonValue windowValue = json.value(QStringLiteral("window"));
    if (!windowValue.isObject())
        return fail(error, QStringLiteral("window"), QStringLiteral("expected an object with \"first\" and \"last\""));
    const QJsonObject windowObject = windowValue.toObject();
    if (!readDay(windowObject, QStringLiteral("first"), QStringLiteral("window.first"), &next.window.first, error)
        || !readDay(windowObject, QStringLiteral("last"), QStringLiteral("window.last"), &next.window.last, error))
        return false;
    // Strictly before and after: a comparison is about what changed around day 0, and the pane's spin boxes
    // offer no other window.
    if (next.window.first >= 0 || next.window.last <= 0)
        return fail(error, QStringLiteral("window"),
                    QStringLiteral("the window must start before day 0 and end after it"));

    const QJsonValue rowsValue = json.value(QStringLiteral("rows"));
    if (!rowsValue.isArray())
        return fail(error, QStringLiteral("rows"), QStringLiteral("expected an array"));
    const QJsonArray rowArray = rowsValue.toArray();
    if (rowArray.size() > maximumRows)
        return fail(error, QStringLiteral("rows"), QStringLiteral("at most %1 rows").arg(maximumRows));
    for (qsizetype i = 0; i < rowArray.size(); ++i) {
        const QString field = QStringLiteral("rows[%1]").arg(i);
        if (!rowArray.at(i).isObject())
            return fail(error, field, QStringLiteral("expected an object"));
        const QJsonObject object = rowArray.at(i).toObject();
        CompareRow row;
        const QString kind = object.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("narrative"))
            row.kind = SubjectKind::Narrative;
        else if (kind == QLatin1String("token"))
            row.kind = SubjectKind::Token;
        else
            return fail(error, field + QStringLiteral(".kind"), QStringLiteral("expected \"narrative\" or \"token\""));
        if (!readId(object, QStringLiteral("subject"), field + QStringLiteral(".subject"), &row.subjectId, error) ||
            !readId(object, QStringLiteral("anchorEvent"), field + QStringLiteral(".anchorEvent"), &row.anchorEventId,
                    error))
            return false;
        next.rows.append(row);
    }
    *this = next;
    return true;
}

} // namespace seance
