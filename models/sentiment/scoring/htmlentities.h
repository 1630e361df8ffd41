// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace seance {

// Posts from web APIs often arrive HTML-escaped ("&lt;3", "H&amp;M"). Returns text with &amp; &lt; &gt;
// &quot; &apos; &#39; and &#x27; decoded, using buffer only when there is something to decode.
std::string_view unescapeHtml(std::string_view text, std::string& buffer);

} // namespace seance
