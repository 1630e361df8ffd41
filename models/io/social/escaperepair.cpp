// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/escaperepair.h"

namespace seance::social {

void EscapeRepair::process(const char* data, std::size_t size, std::string* out)
{
    out->reserve(out->size() + size + 64);
    for (std::size_t i = 0; i < size; ++i) {
        const char c = data[i];
        if (m_inString) {
            ++m_stringBytes;
            if (m_escaped) {
                m_escaped = false;
                if (c == 'x') {
                    out->append("u00", 3);
                    ++m_repaired;
                    continue;
                }
            } else if (c == '\\') {
                m_escaped = true;
            } else if (c == '"') {
                m_inString = false;
            }
        } else if (c == '"') {
            m_inString = true;
            m_stringBytes = 0;
        }
        out->push_back(c);
    }
}

} // namespace seance::social
