// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/xarchivereader.h"

#include "models/io/social/socialreadcontext.h"

namespace seance::social {

bool readXArchive(const QString&, SocialReadContext& context)
{
    return context.fail({}, {}, QStringLiteral("not implemented yet"));
}

} // namespace seance::social
