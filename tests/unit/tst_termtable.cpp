// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/termtable.h"

#include <QTest>

#include <string>
#include <vector>

using namespace seance;

namespace {

// prefix, number, suffix: appended rather than built with operator+, which GCC 12 warns about (-Wrestrict).
std::string keyOf(std::string_view prefix, int number, std::string_view suffix = {})
{
    std::string key(prefix);
    key.append(std::to_string(number)).append(suffix);
    return key;
}

// Enough keys that many sit past their first slot, short (one word of head) and long (compared in the arena).
std::vector<std::string> presentKeys()
{
    std::vector<std::string> keys;
    for (int i = 0; i < 3000; ++i) {
        keys.push_back(keyOf("w", i));
        keys.push_back(keyOf("longer key ", i));
    }
    return keys;
}

// Keys that share a head, a length or a prefix with the present ones.
std::vector<std::string> absentKeys()
{
    std::vector<std::string> keys;
    for (int i = 0; i < 3000; ++i) {
        keys.push_back(keyOf("x", i));
        keys.push_back(keyOf("w", i, "z"));
        keys.push_back(keyOf("longer key ", i, "!"));
        keys.push_back(keyOf("longer kez ", i));
    }
    keys.emplace_back();
    return keys;
}

const int* lookUp(const TermTable<int>& table, const std::string& key)
{
    return &table.findOrDefault(key, hashTerm(key), termHead(key));
}

} // namespace

class TestTermTable : public QObject
{
    Q_OBJECT
private slots:
    void findOrDefaultAgreesWithFind_data()
    {
        QTest::addColumn<int>("slotsPerEntry"); // 0: as the insertions left it, about half full
        QTest::newRow("half full") << 0;
        QTest::newRow("spread") << 4;
    }
    void findOrDefaultAgreesWithFind()
    {
        QFETCH(int, slotsPerEntry);
        TermTable<int> table;
        const std::vector<std::string> keys = presentKeys();
        for (std::size_t i = 0; i < keys.size(); ++i)
            table[keys[i]] = static_cast<int>(i) + 1;
        if (slotsPerEntry > 0)
            table.spread(static_cast<std::size_t>(slotsPerEntry));
        QCOMPARE(table.size(), keys.size());
        for (std::size_t i = 0; i < keys.size(); ++i) {
            QCOMPARE(lookUp(table, keys[i]), table.find(keys[i]));
            QCOMPARE(*lookUp(table, keys[i]), static_cast<int>(i) + 1);
            QCOMPARE(&table.findOrDefault(keys[i]), table.find(keys[i]));
        }
        for (const std::string& key : absentKeys()) {
            QVERIFY2(!table.find(key), key.c_str());
            QCOMPARE(*lookUp(table, key), 0);
        }
    }
    void emptyTableGivesTheDefault()
    {
        const TermTable<int> table;
        QCOMPARE(table.findOrDefault("anything"), 0);
        QCOMPARE(table.findOrDefault(std::string_view()), 0);
    }
    void spreadKeepsInsertionOrder()
    {
        TermTable<int> table;
        table["b"] = 1;
        table["a"] = 2;
        table.spread(8);
        table["c"] = 3;
        std::string order;
        table.forEach([&order](std::string_view key, int) { order += key; });
        QCOMPARE(order, std::string("bac"));
        QCOMPARE(table.findOrDefault("c"), 3);
    }
};

QTEST_GUILESS_MAIN(TestTermTable)
#include "tst_termtable.moc"
