// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/htmlentities.h"

namespace seance {

std::string_view unescapeHtml(std::string_view text, std::string& buffer)
{
    std::size_t amp = text.find('&');
    if (amp == std::string_view::npos)
        return text;
    static constexpr struct
    {
        std::string_view entity;
        char replacement;
    } entities[] = {{"&amp;", '&'},   {"&lt;", '<'},   {"&gt;", '>'},   {"&quot;", '"'},
                    {"&apos;", '\''}, {"&#39;", '\''}, {"&#x27;", '\''}};
    buffer.clear();
    std::size_t copied = 0;
    while (amp != std::string_view::npos) {
        const std::string_view rest = text.substr(amp);
        for (const auto& entity : entities) {
            if (rest.starts_with(entity.entity)) {
                buffer.append(text.substr(copied, amp - copied));
                buffer.push_back(entity.replacement);
                copied = amp + entity.entity.size();
                break;
            }
        }
        amp = text.find('&', amp + 1);
    }
    if (copied == 0)
        return text;
    buffer.append(text.substr(copied));
    return buffer;
}

} // namespace seance
