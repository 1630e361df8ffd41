// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the sentiment chart's GUI tests share: two workspaces (the sample, and one with a gap and a silent token)
// and a shown pane wired to a ViewState the way the main window wires it.
#pragma once

#include "models/io/sample/sampledatabase.h"
#include "models/io/sample/samplepostgenerator.h"
#include "models/sentiment/scoring/lexicon.h"
#include "models/sentiment/scoring/scorer.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/storage/narrativestore.h"
#include "models/storage/postwriter.h"
#include "models/storage/tokenstore.h"
#include "models/viewstate.h"
#include "ui/chart/sentimentchartpane.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

namespace seance::testing {

inline constexpr qint64 day0 = 1'759'276'800'000; // 2025-10-01T00:00Z
inline const QString ghostCoin = QStringLiteral("xrpl-ghost-coin");
inline const QString icGhost = QStringLiteral("icp-ghost");

// The mediator's part, as the main window does it: intents become ViewState changes.
inline void mediate(SentimentChartPane& pane, ViewState& state)
{
    QObject::connect(&pane, &SentimentChartPane::rangeRequested, &state, &ViewState::setVisibleRange);
    QObject::connect(&pane, &SentimentChartPane::hoverRequested, &state, &ViewState::setHoverTime);
    QObject::connect(&pane, &SentimentChartPane::eventActivated, &state, &ViewState::setFocusedEvent);
}

// The time under a pane x, by the pixel span the pane announces.
inline qint64 timeAt(const SentimentChartPane& pane, int x)
{
    const TimeRange range = pane.axisRange();
    return range.from + qint64(double(x - pane.plotLeft()) / (pane.plotRight() - pane.plotLeft()) * range.span());
}

inline QPoint toViewport(const SentimentChartPane& pane, const QPoint& panePoint)
{
    return pane.chartViewport()->mapFrom(&pane, panePoint);
}

inline bool hasGap(const QList<QPointF>& points)
{
    return std::any_of(points.cbegin(), points.cend(), [](const QPointF& p) { return std::isnan(p.y()); });
}

struct ChartPaneFixture
{
    ViewState state;
    SentimentChartPane pane{&state};
};

class ChartTestWorkspaces
{
public:
    // Call from initTestCase(); on failure the test is marked failed (check QTest::currentTestFailed()).
    void create()
    {
        QVERIFY(m_dir.isValid());
        m_samplePath = m_dir.filePath(QStringLiteral("sample.seance"));
        Scorer scorer(Lexicon::builtIn());
        scorer.setMaskedTerms({QStringLiteral("Ghost Coin"), QStringLiteral("IC GHOST"), QStringLiteral("GHOST"),
                               QStringLiteral("GhostAI"), QStringLiteral("KarpathyGhost"), QStringLiteral("ghost"),
                               QStringLiteral("ghosts"), QStringLiteral("Dogecoin"), QStringLiteral("DOGE"),
                               QStringLiteral("Shiba Inu"), QStringLiteral("SHIB"), QStringLiteral("PEPE")});
        QString error;
        QVERIFY2(createSampleDatabase(m_samplePath, scorer.scoreFunction(), &error), qPrintable(error));

        Database sample;
        QVERIFY(sample.open(m_samplePath, &error));
        m_events = EventStore(sample).all();
        for (const NarrativeRecord& narrative : NarrativeStore(sample).all())
            m_colors.insert(narrative.id, QColor(narrative.color));
        for (const TokenRecord& token : TokenStore(sample).all())
            m_names.insert(token.id, token.symbol == token.name
                                         ? token.name
                                         : QStringLiteral("%1 (%2)").arg(token.name, token.symbol));
        QVERIFY(!m_events.isEmpty());

        // A token with posts on days 0–2 and 5–6 (none on days 3 and 4), and one with no posts at all.
        m_gapPath = m_dir.filePath(QStringLiteral("gaps.seance"));
        Database db;
        QVERIFY2(db.open(m_gapPath, &error), qPrintable(error));
        for (const char* id : {"gappy", "silent"}) {
            TokenRecord token;
            token.id = QLatin1String(id);
            token.name = token.id;
            token.symbol = token.id.toUpper();
            token.chain = QStringLiteral("test");
            QVERIFY2(TokenStore(db).insert(token, &error), qPrintable(error));
        }
        Transaction transaction(db);
        PostWriter writer(db);
        QVERIFY2(writer.prepare(&error), qPrintable(error));
        for (const int day : {0, 1, 2, 5, 6}) {
            for (int i = 0; i < 3; ++i) {
                PostRecord post;
                post.tokenId = QStringLiteral("gappy");
                post.postedAt = day0 + day * dayMs + i * hourMs;
                post.text = QStringLiteral("post");
                post.compound = 0.1 * day;
                QCOMPARE(writer.insert(post, &error), PostWriter::Result::Inserted);
            }
        }
        QVERIFY2(writer.flushBuckets(&error) && transaction.commit(&error), qPrintable(error));
    }

    // A shown pane on path with tokens selected and loaded; null when it did not show or load in time.
    std::unique_ptr<ChartPaneFixture> makePane(const QString& path, const QStringList& tokens,
                                               const TimeRange& range) const
    {
        auto fixture = std::make_unique<ChartPaneFixture>();
        mediate(fixture->pane, fixture->state);
        fixture->pane.resize(1100, 620);
        fixture->pane.setTokenNames(m_names);
        fixture->pane.setEvents(m_events, m_colors);
        fixture->pane.setDatabasePath(path);
        fixture->pane.setPriceOverlay(false); // the sample has prices; the sentiment tests count lines without them
        fixture->state.setDataRange(range);
        fixture->state.setVisibleRange(range);
        fixture->pane.show();
        if (!QTest::qWaitForWindowExposed(&fixture->pane))
            return nullptr;
        if (!tokens.isEmpty()) {
            QSignalSpy loaded(&fixture->pane, &SentimentChartPane::loaded);
            fixture->state.setSelectedTokens(tokens);
            if (!loaded.wait(10000))
                return nullptr;
        }
        QCoreApplication::processEvents(); // let the chart lay out its axes
        return fixture;
    }

    QTemporaryDir m_dir;
    QString m_samplePath;
    QString m_gapPath;
    QList<EventRecord> m_events;
    QHash<QString, QColor> m_colors;
    QHash<QString, QString> m_names;
};

} // namespace seance::testing
