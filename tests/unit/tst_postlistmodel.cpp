// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/postlistmodel.h"
#include "models/storage/database.h"
#include "models/storage/postwriter.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace seance;

class TestPostListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("posts.seance"))));
        QVERIFY(execSql(m_db.handle(), "INSERT INTO tokens (id, name, symbol, chain) VALUES ('a', 'Alpha Coin', 'A', 'x'), ('b', 'Beta Coin', 'B', 'x')"));
        Transaction transaction(m_db);
        PostWriter writer(m_db);
        QString error;
        QVERIFY(writer.prepare(&error));
        // 1000 posts; every 7th shares its timestamp with the previous one, to exercise the (time, id) keyset.
        for (int i = 0; i < 1000; ++i) {
            PostRecord post;
            post.tokenId = i % 3 == 0 ? QStringLiteral("b") : QStringLiteral("a");
            post.postedAt = 1'000'000 + qint64(i - (i % 7 == 0 ? 1 : 0)) * 1000;
            post.text = i == 500 ? QStringLiteral("100% sure_thing") : QStringLiteral("post number %1").arg(i);
            if (i % 10 != 0)
                post.compound = (i % 21 - 10) / 10.0;
            QCOMPARE(writer.insert(post, &error), PostWriter::Result::Inserted);
        }
        QVERIFY(writer.flushBuckets(&error));
        QVERIFY(transaction.commit());
    }

    void pagesLazilyWithoutGapsOrRepeats()
    {
        PostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConnection(m_db.connection());
        QCOMPARE(model.rowCount(), PostListModel::pageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        QSet<qint64> ids;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            ids.insert(index.data(PostListModel::PostIdRole).toLongLong());
            const qint64 t = index.data(PostListModel::PostedAtRole).toLongLong();
            QVERIFY(t <= previous);
            previous = t;
        }
        QCOMPARE(ids.size(), 1000);
    }

    void filtersByTokenRangeAndText()
    {
        PostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConnection(m_db.connection());
        PostFilter filter;
        filter.tokenIds = {QStringLiteral("b")};
        model.setFilter(filter);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 334);

        filter.tokenIds.clear();
        filter.from = 1'000'000 + 100 * 1000;
        filter.to = 1'000'000 + 200 * 1000;
        model.setFilter(filter);
        QVERIFY(model.rowCount() >= 99 && model.rowCount() <= 101);
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 t = model.index(row, 0).data(PostListModel::PostedAtRole).toLongLong();
            QVERIFY(t >= filter.from && t < filter.to);
        }

        // LIKE wildcards in the search text are literal characters.
        filter = {};
        filter.text = QStringLiteral("100%");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        filter.text = QStringLiteral("e_t");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, PostListModel::TextColumn).data().toString().contains(QStringLiteral("sure_thing")));
    }

    void unscoredIsNotNeutral()
    {
        PostListModel model;
        model.setConnection(m_db.connection());
        int unscored = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, PostListModel::ScoreColumn);
            if (!index.data(PostListModel::CompoundRole).isValid()) {
                ++unscored;
                QCOMPARE(index.data().toString(), QStringLiteral("unscored"));
                QCOMPARE(index.data(Qt::ForegroundRole).value<QColor>(), PostListModel::scoreColor(std::nullopt));
            }
        }
        QVERIFY(unscored > 0);
        QVERIFY(PostListModel::scoreColor(0.8) != PostListModel::scoreColor(-0.8));
    }

    void tooltipEscapesRichText()
    {
        QVERIFY(execSql(m_db.handle(), "INSERT INTO posts (token_id, posted_at, text) VALUES ('a', 99999999, '<b>bold</b> <img src=x>')"));
        PostListModel model;
        model.setConnection(m_db.connection());
        const QString tip = model.index(0, PostListModel::TextColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("&lt;b&gt;")));
        QVERIFY(!tip.contains(QStringLiteral("<img")));
    }

    // A ticker is not an identity, so the subject column shows the token's name or the narrative's title.
    void subjectIsShownByName()
    {
        QVERIFY(execSql(m_db.handle(), "INSERT INTO narratives (id, title) VALUES ('n', 'Night story')"));
        QVERIFY(execSql(m_db.handle(), "INSERT INTO posts (narrative_id, posted_at, text) VALUES ('n', 99999998, 'about the story')"));
        PostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConnection(m_db.connection());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSubjectNames({{QStringLiteral("a"), QStringLiteral("Alpha Coin")},
                               {QStringLiteral("b"), QStringLiteral("Beta Coin")},
                               {QStringLiteral("n"), QStringLiteral("Night story")}});
        QCOMPARE(changed.count(), 1); // the rows already shown take the names
        QHash<QString, QString> shown;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex subject = model.index(row, PostListModel::TokenColumn);
            const QString token = subject.data(PostListModel::TokenIdRole).toString();
            shown.insert(token.isEmpty() ? subject.data(Qt::ToolTipRole).toString() : token, subject.data().toString());
        }
        QCOMPARE(shown.value(QStringLiteral("a")), QStringLiteral("Alpha Coin"));
        QCOMPARE(shown.value(QStringLiteral("b")), QStringLiteral("Beta Coin"));
        QCOMPARE(shown.value(QStringLiteral("Narrative: n")), QStringLiteral("Night story"));
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestPostListModel)
#include "tst_postlistmodel.moc"
