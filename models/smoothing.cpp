// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/smoothing.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace seance {
namespace {

struct SmoothingText
{
    Q_DECLARE_TR_FUNCTIONS(Smoothing)
};

QString kindName(SmoothingKind kind)
{
    switch (kind) {
    case SmoothingKind::MovingAverage:
        return QStringLiteral("ma");
    case SmoothingKind::Exponential:
        return QStringLiteral("ema");
    case SmoothingKind::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<SmoothingKind> kindFromName(const QString& name)
{
    if (name == QLatin1String("none"))
        return SmoothingKind::None;
    if (name == QLatin1String("ma"))
        return SmoothingKind::MovingAverage;
    if (name == QLatin1String("ema"))
        return SmoothingKind::Exponential;
    return std::nullopt;
}

// A whole number in [low, high], or empty.
std::optional<int> readInt(const QJsonValue& value, int low, int high)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(d >= low && d <= high) || std::floor(d) != d)
        return std::nullopt;
    return int(d);
}

} // namespace

QString smoothingSpec(const Smoothing& smoothing)
{
    if (!smoothing.isOn())
        return QStringLiteral("none");
    return kindName(smoothing.kind) + QLatin1Char(':') + QString::number(smoothing.days);
}

std::optional<Smoothing> smoothingFromSpec(const QString& spec, const Smoothing& base)
{
    const QString text = spec.trimmed().toLower();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const auto kind = kindFromName(colon < 0 ? text : text.left(colon));
    if (!kind)
        return std::nullopt;
    Smoothing out = base;
    out.kind = *kind;
    if (colon < 0) {
        out.days = *kind == SmoothingKind::None ? base.days : Smoothing::defaultDays;
        return out;
    }
    if (*kind == SmoothingKind::None)
        return std::nullopt;
    bool ok = false;
    const int days = text.mid(colon + 1).toInt(&ok);
    if (!ok || days < 1 || days > Smoothing::maximumDays)
        return std::nullopt;
    out.days = days;
    return out;
}

QJsonObject smoothingToJson(const Smoothing& smoothing)
{
    return QJsonObject{{QStringLiteral("kind"), kindName(smoothing.kind)},
                       {QStringLiteral("days"), smoothing.days},
                       {QStringLiteral("band"), smoothing.band},
                       {QStringLiteral("minPosts"), smoothing.minPosts}};
}

std::optional<Smoothing> smoothingFromJson(const QJsonObject& json, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<Smoothing> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Smoothing out;
    if (json.contains(QLatin1String("kind"))) {
        const auto kind = kindFromName(json.value(QLatin1String("kind")).toString());
        if (!kind)
            return fail(SmoothingText::tr("\"smoothing.kind\" must be \"none\", \"ma\" or \"ema\"."));
        out.kind = *kind;
    }
    if (json.contains(QLatin1String("days"))) {
        const auto days = readInt(json.value(QLatin1String("days")), 1, Smoothing::maximumDays);
        if (!days)
            return fail(SmoothingText::tr("\"smoothing.days\" must be a whole number from 1 to %1.")
                            .arg(Smoothing::maximumDays));
        out.days = *days;
    }
    if (json.contains(QLatin1String("band"))) {
        const QJsonValue band = json.value(QLatin1String("band"));
        if (!band.isBool())
            return fail(SmoothingText::tr("\"smoothing.band\" must be true or false."));
        out.band = band.toBool();
    }
    if (json.contains(QLatin1String("minPosts"))) {
        const auto minPosts = readInt(json.value(QLatin1String("minPosts")), 0, Smoothing::maximumMinPosts);
        if (!minPosts)
            return fail(SmoothingText::tr("\"smoothing.minPosts\" must be a whole number from 0 to %1.")
                            .arg(Smoothing::maximumMinPosts));
        out.minPosts = *minPosts;
    }
    return out;
}

QString smoothingLabel(const Smoothing& smoothing)
{
    switch (smoothing.kind) {
    case SmoothingKind::MovingAverage:
        return SmoothingText::tr("%1-day moving average").arg(smoothing.days);
    case SmoothingKind::Exponential:
        return SmoothingText::tr("%1-day EMA").arg(smoothing.days);
    case SmoothingKind::None:
        break;
    }
    return QString();
}

} // namespace seance
