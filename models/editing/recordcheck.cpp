// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/editing/recordcheck.h"

#include "models/editing/fieldsyntax.h"

#include <QCoreApplication>

namespace seance {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct RecordCheckText
{
    Q_DECLARE_TR_FUNCTIONS(seance::RecordCheck)
};

QString idProblem(const QString& id)
{
    if (id.isEmpty())
        return RecordCheckText::tr("The id is required.");
    if (!isValidRecordId(id))
        return RecordCheckText::tr("The id may contain only lowercase letters, digits, '-', '_' and ':'.");
    return {};
}

QString linksProblem(const QList<Link>& links, const QString& field)
{
    for (const Link& link : links) {
        if (!link.url.isEmpty() && !isWebUrl(link.url))
            return RecordCheckText::tr("%1: “%2” is not an http or https address.").arg(field, link.url);
    }
    return {};
}

} // namespace

QStringList tokenStatuses()
{
    return {QStringLiteral("live"), QStringLiteral("hypothetical"), QStringLiteral("defunct"),
            QStringLiteral("unknown")};
}

QStringList addressKinds()
{
    return {QString(), QStringLiteral("issuer"), QStringLiteral("contract"), QStringLiteral("canister"),
            QStringLiteral("native")};
}

QString tokenProblem(const TokenRecord& token)
{
    if (QString problem = idProblem(token.id); !problem.isEmpty())
        return problem;
    if (token.name.trimmed().isEmpty())
        return RecordCheckText::tr("The name is required.");
    if (token.symbol.trimmed().isEmpty())
        return RecordCheckText::tr("The symbol is required.");
    if (token.chain.trimmed().isEmpty())
        return RecordCheckText::tr("The chain is required.");
    if (!tokenStatuses().contains(token.status))
        return RecordCheckText::tr("The status must be live, hypothetical, defunct or unknown.");
    if (!addressKinds().contains(token.addressKind))
        return RecordCheckText::tr("The address kind must be issuer, contract, canister, native or unknown.");
    if (!token.totalSupply.isEmpty() && !isDecimalAmount(token.totalSupply))
        return RecordCheckText::tr(
            "The total supply must be a non-negative decimal number such as 1000000 or 420.69, or empty "
            "when unknown.");
    if (QString problem = linksProblem(token.links, RecordCheckText::tr("Links")); !problem.isEmpty())
        return problem;
    return linksProblem(token.sources, RecordCheckText::tr("Sources"));
}

QString narrativeProblem(const NarrativeRecord& narrative)
{
    if (QString problem = idProblem(narrative.id); !problem.isEmpty())
        return problem;
    if (narrative.title.trimmed().isEmpty())
        return RecordCheckText::tr("The title is required.");
    if (!narrative.color.isEmpty() && !isColorName(narrative.color))
        return RecordCheckText::tr("The colour must look like #rrggbb.");
    return linksProblem(narrative.sources, RecordCheckText::tr("Sources"));
}

QString eventProblem(const EventRecord& event)
{
    if (QString problem = idProblem(event.id); !problem.isEmpty())
        return problem;
    if (event.title.trimmed().isEmpty())
        return RecordCheckText::tr("The title is required.");
    if (!event.narrativeId.isEmpty() && !isValidRecordId(event.narrativeId))
        return RecordCheckText::tr("The narrative id may contain only lowercase letters, digits, '-', '_' and ':'.");
    return linksProblem(event.sources, RecordCheckText::tr("Sources"));
}

} // namespace seance
