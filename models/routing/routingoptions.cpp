// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/routing/routingoptions.h"

namespace seance {

std::optional<RoutingOptions> RouteSpec::parse(const QString& text, QString* error)
{
    RoutingOptions options;
    const QString spec = text.trimmed();
    if (spec.isEmpty() || spec == QLatin1String("mentions"))
        return options;
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString kind = spec.left(colon);
    const QString id = colon < 0 ? QString() : spec.mid(colon + 1).trimmed();
    if (colon > 0 && !id.isEmpty() && (kind == QLatin1String("token") || kind == QLatin1String("narrative"))) {
        options.mode = kind == QLatin1String("token") ? RouteMode::Token : RouteMode::Narrative;
        options.target = id;
        return options;
    }
    if (error)
        *error = tr("unknown route \"%1\": expected mentions, token:ID or narrative:ID").arg(text);
    return std::nullopt;
}

QString RouteSpec::format(const RoutingOptions& options)
{
    switch (options.mode) {
    case RouteMode::Mentions:
        return QStringLiteral("mentions");
    case RouteMode::Token:
        return QStringLiteral("token:") + options.target;
    case RouteMode::Narrative:
        return QStringLiteral("narrative:") + options.target;
    }
    return {};
}

} // namespace seance
