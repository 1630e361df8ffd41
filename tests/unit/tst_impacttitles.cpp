// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the event impact table calls its subjects: narratives by title, tokens by their chart label.
#include "models/chart/chartworkspacefacts.h"
#include "models/chart/impacttitles.h"

#include <QTest>

using namespace seance;

class TestImpactTitles : public QObject
{
    Q_OBJECT
private slots:
    void titles_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("narrative") << QStringLiteral("ghosts") << QStringLiteral("Summoning ghosts");
        QTest::newRow("token with a symbol") << QStringLiteral("xrpl-ghost") << QStringLiteral("Ghost Coin (GHOST)");
        QTest::newRow("second token, same ticker") << QStringLiteral("icp-ghost") << QStringLiteral("IC Ghost (GHOST)");
        QTest::newRow("a token shadows a narrative of the same id")
            << QStringLiteral("pepe") << QStringLiteral("Pepe (PEPE)");
        QTest::newRow("unknown") << QStringLiteral("nobody") << QStringLiteral("");
    }
    void titles()
    {
        QFETCH(QString, id);
        QFETCH(QString, expected);
        ChartWorkspaceFacts facts;
        const auto narrative = [](const char* narrativeId, const char* title) {
            NarrativeRecord record;
            record.id = QLatin1String(narrativeId);
            record.title = QLatin1String(title);
            return record;
        };
        facts.narratives = {narrative("ghosts", "Summoning ghosts"), narrative("pepe", "The frog")};
        for (const auto& [tokenId, name] :
             {std::pair{"xrpl-ghost", "Ghost Coin"}, std::pair{"icp-ghost", "IC Ghost"}, std::pair{"pepe", "Pepe"}}) {
            TokenRecord token;
            token.id = QLatin1String(tokenId);
            token.name = QLatin1String(name);
            token.symbol = QString::fromLatin1(tokenId).startsWith(QLatin1String("pepe")) ? QStringLiteral("PEPE")
                                                                                          : QStringLiteral("GHOST");
            facts.tokenLabels.insert(token.id, chartTokenLabel(token));
        }
        QCOMPARE(eventImpactTitles(facts).value(id), expected);
    }
};

QTEST_GUILESS_MAIN(TestImpactTitles)
#include "tst_impacttitles.moc"
