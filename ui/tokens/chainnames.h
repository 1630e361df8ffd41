// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seance {

// The name people use for a chain id as datasets store it ("xrpl" → "XRP Ledger"); an unknown id is shown as it is.
QString chainDisplayName(const QString& chainId);

} // namespace seance
