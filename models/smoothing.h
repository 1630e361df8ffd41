// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace seance {

// How the chart smooths its lines (View › Smoothing, saved views, `seance export-chart --smooth`). The math is
// in models/chart/smoothedseries.h; docs/design.md ("Smoothing") explains the choices.
enum class SmoothingKind { None, MovingAverage, Exponential };

struct Smoothing
{
    static constexpr int defaultDays = 7;
    static constexpr int maximumDays = 90;
    static constexpr int defaultMinPosts = 5;
    static constexpr int maximumMinPosts = 1000;

    SmoothingKind kind = SmoothingKind::None;
    int days = defaultDays; // N: the moving average's window, or the EMA's span (alpha = 2 / (N + 1) per day)
    // Draw the standard error of the smoothed value as a band around the line.
    bool band = false;
    // A point computed from fewer posts than this is drawn faded; 0 draws every point alike.
    int minPosts = defaultMinPosts;

    bool isOn() const { return kind != SmoothingKind::None; }
    friend bool operator==(const Smoothing&, const Smoothing&) = default;
};

// "none", "ma:7", "ema:14": the kind and N, as `--smooth` takes them and tests write them.
QString smoothingSpec(const Smoothing& smoothing);
// Reads a spec onto base (band and minPosts come from base). "ma" and "ema" alone take the default N.
// Empty when the text is not a spec or N is outside [1, maximumDays].
std::optional<Smoothing> smoothingFromSpec(const QString& spec, const Smoothing& base = {});

// {"kind": "none"|"ma"|"ema", "days": N, "band": bool, "minPosts": n}, as ViewState stores it.
QJsonObject smoothingToJson(const Smoothing& smoothing);
// All or nothing; a missing key keeps its default. error names the bad key.
std::optional<Smoothing> smoothingFromJson(const QJsonObject& json, QString* error = nullptr);

// A short label for captions and subtitles: "7-day moving average", "7-day EMA"; empty for none.
QString smoothingLabel(const Smoothing& smoothing);

} // namespace seance
