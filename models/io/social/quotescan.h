// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace seance::social {

// The next '"' or '\\' at or after p, or end: where a JSON string ends or has an escape. Most strings in an
// export are short keys and values, where a memchr() call costs more than the search; sixteen bytes at a
// time with SSE2 serves both the short and the long ones.
inline const char* findQuoteOrBackslash(const char* p, const char* end)
{
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const int mask =
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(block, quote), _mm_cmpeq_epi8(block, backslash)));
        if (mask != 0)
            return p + __builtin_ctz(static_cast<unsigned>(mask));
        p += 16;
    }
#endif
    while (p < end && *p != '"' && *p != '\\')
        ++p;
    return p;
}

} // namespace seance::social
