// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/maskedterms.h"

#include "models/sentiment/scoring/nameindex.h"
#include "models/storage/database.h"

#include <QLoggingCategory>

namespace seance {
namespace {

Q_LOGGING_CATEGORY(lcMaskedTerms, "seance.sentiment.masking")

} // namespace

QStringList maskedTermsFromDatabase(const Database& db)
{
    if (!db.isOpen())
        return {};
    QString error;
    // The router reads the same index, so that what is masked is what routes.
    const NameIndex index = NameIndex::fromDatabase(db, &error);
    if (!error.isEmpty())
        qCWarning(lcMaskedTerms) << "cannot read masked terms:" << error;
    return index.terms();
}

} // namespace seance
