// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in lexicon's first load, raced by several threads. A process loads it once, so this test has an
// executable of its own: in tst_lexicon an earlier test would already have loaded it, and the race would never
// happen.
#include "models/sentiment/scoring/lexicon.h"

#include <QTest>

#include <array>
#include <latch>
#include <thread>

using namespace seance;

class TestLexiconBuiltIn : public QObject
{
    Q_OBJECT
private slots:
    void builtInIsLoadedOnceAcrossThreads()
    {
        constexpr int threads = 8;
        std::array<std::shared_ptr<const Lexicon>, threads> seen;
        std::latch start(threads);
        {
            std::array<std::jthread, threads> racers;
            for (int i = 0; i < threads; ++i) {
                racers[std::size_t(i)] = std::jthread([&seen, &start, i] {
                    start.arrive_and_wait(); // all threads ask at the same moment: the first load is raced
                    seen[std::size_t(i)] = Lexicon::builtIn();
                });
            }
        }
        QVERIFY(seen[0]);
        QVERIFY(seen[0]->size() > 1000); // really the built-in files, not an empty fallback
        for (const auto& lexicon : seen)
            QCOMPARE(lexicon.get(), seen[0].get());
        QCOMPARE(Lexicon::builtIn().get(), seen[0].get());
    }
};

QTEST_GUILESS_MAIN(TestLexiconBuiltIn)
#include "tst_lexiconbuiltin.moc"
