// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetfileactions.h"

namespace seance {
} // namespace seance
