// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>

namespace seance {

// xoshiro256** seeded through splitmix64 (Blackman & Vigna), with helpers that use only integer and
// basic floating-point arithmetic. The std:: distributions and libm's exp/log/cos may differ between
// standard libraries, and the sample must be the same everywhere.
class SampleRandom final
{
public:
    explicit SampleRandom(quint64 seed)
    {
        for (quint64& word : m_state) {
            seed += 0x9E3779B97F4A7C15ull;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    // [0, n) by multiply-shift; the bias (n / 2^32) is far below anything the sample could show.
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(((next() >> 32) * static_cast<quint64>(n)) >> 32); }

    bool chance(double p) { return uniform() < p; }

    // Approximately standard normal: the Irwin–Hall sum of twelve uniforms, exact in arithmetic.
    double normal()
    {
        double sum = 0;
        for (int i = 0; i < 12; ++i)
            sum += uniform();
        return sum - 6.0;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_state{};
};

} // namespace seance
