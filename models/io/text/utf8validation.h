// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace seance {

// Whether text is well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF). ASCII runs are
// checked eight bytes at a time, since most imported text is mostly ASCII.
bool isValidUtf8(std::string_view text);

} // namespace seance
