// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <string>

namespace seance::social {

// Telegram Desktop writes control characters inside strings as "\xHH", which JSON does not allow (tdesktop
// issue #27571). This rewrites each as "\u00HH" while the bytes stream past, following the string and escape
// state across block boundaries, so a 200 MB export is repaired without being held whole.
class EscapeRepair
{
public:
    // Appends the repaired form of [data, data + size) to *out.
    void process(const char* data, std::size_t size, std::string* out);
    qint64 repaired() const { return m_repaired; }
    // Bytes in the string being read, for the caller's cap on string length; 0 outside strings.
    qint64 openStringBytes() const { return m_inString ? m_stringBytes : 0; }

private:
    qint64 m_repaired = 0;
    qint64 m_stringBytes = 0;
    bool m_inString = false;
    bool m_escaped = false;
};

} // namespace seance::social
