// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seance::social {

class SocialReadContext;

bool readXArchive(const QString& path, SocialReadContext& context);

} // namespace seance::social
