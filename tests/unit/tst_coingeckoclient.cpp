// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/market/coingeckoclient.h"
#include "models/market/marketfetch.h"
#include "models/storage/database.h"
#include "models/storage/tokenstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <deque>

using namespace seance;

namespace {

// What the fake API does with one request.
struct Scripted
{
    QByteArray response;  // sent as it is (status line, headers, body)
    bool hang = false;    // never answer
    int chunkDelayMs = 0; // send the response in 16-byte pieces this far apart
};

QByteArray httpResponse(int status, const QByteArray& reason, const QByteArray& body,
                        const QByteArray& extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\n"
           "Connection: close\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(SEANCE_FIXTURES_DIR "/market/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The shape of /coins/{id}/market_chart: [ms, value] pairs, daily at 00:00 UTC beyond 90 days.
const QByteArray chartBody = fixture("market_chart.json");

// A minimal HTTP/1.1 server on 127.0.0.1 that answers each request with the next scripted response.
class FakeCoinGecko : public QObject
{
public:
    FakeCoinGecko()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
        });
    }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/api/v3").arg(m_server.serverPort()); }
    std::deque<Scripted> script;
    QList<QByteArray> requests;

private:
    void onRead(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        requests.append(buffer);
        buffer.clear();
        const Scripted next = script.empty() ? Scripted{httpResponse(200, "OK", chartBody)} : script.front();
        if (!script.empty())
            script.pop_front();
        if (next.hang)
            return;
        if (next.chunkDelayMs == 0) {
            socket->write(next.response);
            socket->disconnectFromHost();
            return;
        }
        auto* timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, offset, data = next.response] {
            socket->write(data.mid(*offset, 16));
            *offset += 16;
            if (*offset >= data.size()) {
                timer->stop();
                socket->disconnectFromHost();
            }
        });
        timer->start(next.chunkDelayMs);
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

CoinGeckoSettings fastSettings(const FakeCoinGecko& server)
{
    CoinGeckoSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.timeoutMs = 400;
    settings.firstBackoffMs = 30;
    settings.maxBackoffMs = 200;
    settings.maxAttempts = 3;
    return settings;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace

// The CoinGecko client against a local server that answers like the real API, failures included.
class TestCoinGeckoClient : public QObject
{
    Q_OBJECT
private slots:
    void successReadsTheThreeSeries()
    {
        FakeCoinGecko server;
        CoinGeckoSettings settings = fastSettings(server);
        settings.apiKey = QStringLiteral("CG-demo-key");
        MarketTable table;
        const FetchResult result = fetchMarketChart(settings, QStringLiteral("ghost-coin"), 90, {}, &table);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(table.rows.size(), std::size_t(3));
        QCOMPARE(table.source, QStringLiteral("CoinGecko"));
        QCOMPARE(table.currency, QStringLiteral("USD"));
        QCOMPARE(table.rows[1].t, 1759363200000);
        QCOMPARE(*table.rows[2].price, 0.0133);
        QCOMPARE(*table.rows[0].volume, 120044.9);
        QCOMPARE(server.requests.size(), 1);
        const QByteArray request = server.requests.constFirst();
        QVERIFY2(request.startsWith("GET /api/v3/coins/ghost-coin/market_chart?vs_currency=usd&days=90 HTTP/1.1"),
                 request.constData());
        QVERIFY2(request.toLower().contains("x-cg-demo-api-key: cg-demo-key"), request.constData());
    }

    void failures_data()
    {
        QTest::addColumn<QList<int>>("kinds"); // 0 = respond, 1 = hang, 2 = slow
        QTest::addColumn<QByteArrayList>("responses");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("requests");
        const QByteArray tooMany = httpResponse(429, "Too Many Requests", "{\"status\":{\"error_code\":429}}");
        QTest::newRow("429 then success: backs off and retries")
            << QList<int>{0, 0} << QByteArrayList{tooMany, httpResponse(200, "OK", chartBody)} << 30
            << int(FetchFailure::None) << QString() << 2;
        QTest::newRow("429 with Retry-After, three times: gives up and says so")
            << QList<int>{0, 0, 0}
            << QByteArrayList{httpResponse(429, "Too Many Requests", "{}", "Retry-After: 0\r\n"), tooMany, tooMany}
            << 30 << int(FetchFailure::RateLimited) << QStringLiteral("rate limit") << 3;
        QTest::newRow("500") << QList<int>{0} << QByteArrayList{httpResponse(500, "Internal Server Error", "oops")}
                             << 30 << int(FetchFailure::Http) << QStringLiteral("HTTP 500") << 1;
        QTest::newRow("404: unknown coin")
            << QList<int>{0} << QByteArrayList{httpResponse(404, "Not Found", "{\"error\":\"coin not found\"}")} << 30
            << int(FetchFailure::NotFound) << QStringLiteral("CoinGecko id") << 1;
        QTest::newRow("truncated body")
            << QList<int>{0}
            << QByteArrayList{QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                         "Content-Length: 900\r\n\r\n") +
                              chartBody.left(40)}
            << 30 << int(FetchFailure::Malformed) << QStringLiteral("Nothing was written") << 1;
        QTest::newRow("not JSON") << QList<int>{0}
                                  << QByteArrayList{httpResponse(200, "OK", "<html>Just a moment…</html>")} << 30
                                  << int(FetchFailure::Malformed) << QStringLiteral("not complete JSON") << 1;
        QTest::newRow("JSON without prices")
            << QList<int>{0} << QByteArrayList{httpResponse(200, "OK", "{\"market_caps\":[]}")} << 30
            << int(FetchFailure::Malformed) << QStringLiteral("\"prices\"") << 1;
        QTest::newRow("no answer: timeout") << QList<int>{1} << QByteArrayList{QByteArray()} << 30
                                            << int(FetchFailure::Timeout) << QStringLiteral("did not answer") << 1;
        QTest::newRow("slow but steady answer is no timeout")
            << QList<int>{2} << QByteArrayList{httpResponse(200, "OK", chartBody)} << 30 << int(FetchFailure::None)
            << QString() << 1;
        QTest::newRow("more than 365 days: paid plan, no request")
            << QList<int>{} << QByteArrayList{} << 400 << int(FetchFailure::PaidPlan) << QStringLiteral("CSV") << 0;
        QTest::newRow("error 10012 from the server: paid plan")
            << QList<int>{0}
            << QByteArrayList{httpResponse(401, "Unauthorized", "{\"error\":{\"status\":{\"error_code\":10012}}}")}
            << 200 << int(FetchFailure::PaidPlan) << QStringLiteral("paid plan") << 1;
    }
    void failures()
    {
        QFETCH(QList<int>, kinds);
        QFETCH(QByteArrayList, responses);
        QFETCH(int, days);
        QFETCH(int, failure);
        QFETCH(QString, message);
        QFETCH(int, requests);
        FakeCoinGecko server;
        for (qsizetype i = 0; i < kinds.size(); ++i)
            server.script.push_back(Scripted{responses.at(i), kinds.at(i) == 1, kinds.at(i) == 2 ? 60 : 0});
        QStringList statuses;
        FetchControl control;
        control.status = [&](const QString& status) { statuses.append(status); };
        MarketTable table;
        const FetchResult result =
            fetchMarketChart(fastSettings(server), QStringLiteral("ghost-coin"), days, control, &table);
        QCOMPARE(int(result.failure), failure);
        QVERIFY2(result.message.contains(message), qPrintable(result.message));
        QCOMPARE(server.requests.size(), requests);
        if (requests > 1)
            QVERIFY2(statuses.join(QLatin1Char('\n')).contains(QStringLiteral("rate limit was reached; waiting")),
                     qPrintable(statuses.join(QLatin1Char('\n'))));
    }

    void offline()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nobody listens there any more
        CoinGeckoSettings settings;
        settings.baseUrl = QStringLiteral("http://127.0.0.1:%1/api/v3").arg(port);
        MarketTable table;
        const FetchResult result = fetchMarketChart(settings, QStringLiteral("x"), 30, {}, &table);
        QCOMPARE(int(result.failure), int(FetchFailure::Offline));
        QVERIFY2(result.message.contains(QStringLiteral("Cannot reach CoinGecko")), qPrintable(result.message));
    }

    void cancelStopsAWaitingRequest_data()
    {
        QTest::addColumn<bool>("duringBackOff");
        QTest::newRow("while the server is silent") << false;
        QTest::newRow("while backing off after 429") << true;
    }
    void cancelStopsAWaitingRequest()
    {
        QFETCH(bool, duringBackOff);
        FakeCoinGecko server;
        server.script.push_back(duringBackOff
                                    ? Scripted{httpResponse(429, "Too Many Requests", "{}", "Retry-After: 30\r\n")}
                                    : Scripted{{}, true});
        CoinGeckoSettings settings = fastSettings(server);
        settings.timeoutMs = 30000;
        settings.maxBackoffMs = 30000;
        std::atomic_bool cancel{false};
        QTimer::singleShot(150, [&] { cancel = true; });
        FetchControl control;
        control.cancel = &cancel;
        QElapsedTimer clock;
        clock.start();
        MarketTable table;
        const FetchResult result = fetchMarketChart(settings, QStringLiteral("x"), 30, control, &table);
        QCOMPARE(int(result.failure), int(FetchFailure::Cancelled));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(server.requests.size(), 1);
    }

    void coinMetadataIsOfferedForTheToken()
    {
        FakeCoinGecko server;
        server.script.push_back(Scripted{httpResponse(200, "OK", fixture("coin.json"))});
        CoinMetadata metadata;
        const FetchResult result = fetchCoinMetadata(fastSettings(server), QStringLiteral("ghost-coin"), {}, &metadata);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(
            server.requests.constFirst().startsWith("GET /api/v3/coins/ghost-coin?localization=false&tickers=false"));
        QCOMPARE(metadata.categories, (QStringList{QStringLiteral("Meme"), QStringLiteral("XRP Ledger Ecosystem")}));
        QCOMPARE(metadata.totalSupply, QStringLiteral("589000000"));
        QCOMPARE(metadata.circulatingSupply, QStringLiteral("421000000.5"));
        QCOMPARE(metadata.maxSupply, QString());
        QCOMPARE(metadata.links.size(), 3);
        TokenRecord token;
        token.id = QStringLiteral("xrpl-ghost");
        token.chain = QStringLiteral("xrpl");
        token.tags = {QStringLiteral("meme")};
        const TokenRecord merged = withCoinMetadata(token, metadata);
        QCOMPARE(merged.coingeckoId, QStringLiteral("ghost-coin"));
        QCOMPARE(merged.address, QStringLiteral("rGhostIssuer"));
        QCOMPARE(merged.tags, (QStringList{QStringLiteral("meme"), QStringLiteral("xrp ledger ecosystem")}));
        QCOMPARE(merged.totalSupply, QStringLiteral("589000000"));
        QCOMPARE(merged.links.constFirst().url, QStringLiteral("https://ghost.example/"));
    }

    void fetchStoresAllOrNothing_data()
    {
        QTest::addColumn<bool>("serverFails");
        QTest::newRow("success stores the series and links the coin") << false;
        QTest::newRow("a 500 leaves the workspace byte-identical") << true;
    }
    void fetchStoresAllOrNothing()
    {
        QFETCH(bool, serverFails);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.seance"));
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(execSql(db.handle(),
                            "INSERT INTO tokens (id, name, symbol, chain) VALUES ('ghost', 'Ghost', 'GHOST', 'x')"));
        }
        const QByteArray before = fileHash(path);
        FakeCoinGecko server;
        if (serverFails)
            server.script.push_back(Scripted{httpResponse(500, "Internal Server Error", "")});
        Database db;
        QVERIFY(db.open(path));
        MarketFetchRequest request;
        request.tokenId = QStringLiteral("ghost");
        request.coinId = QStringLiteral("ghost-coin");
        request.days = 30;
        const MarketFetchOutcome outcome = fetchTokenMarketData(db, request, fastSettings(server), {});
        QCOMPARE(outcome.fetch.ok(), !serverFails);
        if (serverFails) {
            db.close();
            QCOMPARE(fileHash(path), before);
            return;
        }
        QCOMPARE(outcome.written.seriesIds,
                 (QStringList{QStringLiteral("ghost-price-usd"), QStringLiteral("ghost-market_cap-usd"),
                              QStringLiteral("ghost-volume-usd")}));
        QCOMPARE(outcome.written.points, 8); // a market cap of 0 is "not known"
        QCOMPARE(TokenStore(db).find(QStringLiteral("ghost"))->coingeckoId, QStringLiteral("ghost-coin"));
    }
};

QTEST_GUILESS_MAIN(TestCoinGeckoClient)
#include "tst_coingeckoclient.moc"
