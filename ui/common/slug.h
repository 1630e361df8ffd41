// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seance {

// "Karpathy's reply to Sutton" → "karpathy-s-reply-to-sutton": lowercase ASCII letters and digits joined by '-',
// accents dropped, at most maximumLength characters; empty when nothing is left. For ids and file names.
QString slugOf(const QString& text, int maximumLength = 60);

} // namespace seance
