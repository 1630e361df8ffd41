// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/social/socialformat.h"
#include "models/io/social/socialpost.h"

namespace seance::social {

// Reads one export as a stream and hands its posts to onPost in file order; memory stays flat in the file's
// size. `path` is a file, or for X also an archive folder. The report's error, on failure, is
// "file: record: field: reason". Everything the reader skipped or repaired is counted in the report.
SocialReadReport readSocialFile(const QString& path, SocialFormat format, const SocialReadOptions& options,
                                const SocialPostHandler& onPost);

} // namespace seance::social
