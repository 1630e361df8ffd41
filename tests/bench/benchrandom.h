// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstddef>

namespace seance::bench {

// SplitMix64: the benchmarks' data must be the same on every run and every machine.
class BenchRandom
{
public:
    explicit BenchRandom(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) / double(1ull << 53); }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

private:
    quint64 m_state;
};

} // namespace seance::bench
