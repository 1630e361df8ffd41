// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/text/csvreader.h"
#include "models/io/text/linereader.h"

#include <QBuffer>
#include <QTest>

using namespace seance;

using Records = QList<QStringList>;
using Lines = QList<qint64>;

namespace {

struct Outcome
{
    Records records;
    Lines lines;
    bool failed = false;
    QString error;
};

Outcome readAll(const QByteArray& input, qsizetype chunkSize, qsizetype maxRecordBytes = 1 << 20)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, chunkSize, maxRecordBytes);
    Outcome outcome;
    for (;;) {
        const CsvReader::Status status = reader.next();
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error) {
            outcome.failed = true;
            outcome.error = reader.errorString();
            outcome.lines.append(reader.line());
            break;
        }
        QStringList fields;
        for (const std::string_view field : reader.fields())
            fields.append(QString::fromUtf8(field.data(), qsizetype(field.size())));
        outcome.records.append(fields);
        outcome.lines.append(reader.line());
    }
    return outcome;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Records>("records");
        QTest::addColumn<Lines>("lines");
        auto row = [](const char* name, const QByteArray& input, const Records& records, const Lines& lines) {
            QTest::newRow(name) << input << records << lines;
        };
        const QString a = QStringLiteral("a"), b = QStringLiteral("b"), c = QStringLiteral("c"), e;
        row("plain LF", "a,b\nc,d\n", {{a, b}, {c, QStringLiteral("d")}}, {1, 2});
        row("CRLF", "a,b\r\nc,d\r\n", {{a, b}, {c, QStringLiteral("d")}}, {1, 2});
        row("no final line break", "a,b\nc", {{a, b}, {c}}, {1, 2});
        row("CR at the end of the file", "a,b\r", {{a, b}}, {1});
        row("BOM skipped", "\xEF\xBB\xBF" "a,b\n", {{a, b}}, {1});
        row("BOM before a quoted field", "\xEF\xBB\xBF\"a\",b\n", {{a, b}}, {1});
        row("embedded comma", "\"a,b\",c\n", {{QStringLiteral("a,b"), c}}, {1});
        row("doubled quote", "\"say \"\"hi\"\"\",c\n", {{QStringLiteral("say \"hi\""), c}}, {1});
        row("only a doubled quote", "\"\"\"\"\n", {{QStringLiteral("\"")}}, {1});
        row("embedded LF moves the next record's line", "\"a\nb\",c\nd\n",
            {{QStringLiteral("a\nb"), c}, {QStringLiteral("d")}}, {1, 3});
        row("embedded CRLF kept", "\"a\r\nb\"\r\nc\r\n", {{QStringLiteral("a\r\nb")}, {c}}, {1, 3});
        row("empty fields", ",,\n", {{e, e, e}}, {1});
        row("empty quoted field", "\"\",b\n", {{e, b}}, {1});
        row("trailing comma at the end of the file", "a,", {{a, e}}, {1});
        row("blank lines skipped", "a\n\n\r\nb\n", {{a}, {b}}, {1, 4});
        row("stray quote in an unquoted field is text", "ab\"c,d\n", {{QStringLiteral("ab\"c"), QStringLiteral("d")}},
            {1});
        row("UTF-8 passes through", "\"유령\",👻\n", {{QStringLiteral("유령"), QStringLiteral("👻")}}, {1});
        row("spaces kept", " a , b \n", {{QStringLiteral(" a "), QStringLiteral(" b ")}}, {1});
        row("empty input", "", {}, {});
        row("only a BOM", "\xEF\xBB\xBF", {}, {});
    }
    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(Records, records);
        QFETCH(Lines, lines);
        // Tiny chunks put every chunk boundary inside quotes, at "" pairs, and between CR and LF.
        for (const qsizetype chunk : {1, 2, 3, 5, 64 * 1024}) {
            const Outcome outcome = readAll(input, chunk);
            QVERIFY2(!outcome.failed, qPrintable(outcome.error));
            QCOMPARE(outcome.records, records);
            QCOMPARE(outcome.lines, lines);
        }
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("goodRecords");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("unterminated quote at EOF") << QByteArray("a,b\nc,\"open\nstill open\n") << 1 << qint64(2)
                                                   << QStringLiteral("unterminated quoted field");
        QTest::newRow("text after a closing quote") << QByteArray("a\n\"x\"y,z\n") << 1 << qint64(2)
                                                    << QStringLiteral("unexpected character after a closing quote");
        QTest::newRow("text after a quote that closes on a later line")
            << QByteArray("a\n\"x\ny\"z\n") << 1 << qint64(3)
            << QStringLiteral("unexpected character after a closing quote");
        QTest::newRow("record too long") << QByteArray("a\n\"" + QByteArray(300, 'x') + "\"\n") << 1 << qint64(2)
                                         << QStringLiteral("record longer than 100 bytes");
    }
    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, goodRecords);
        QFETCH(qint64, line);
        QFETCH(QString, message);
        for (const qsizetype chunk : {1, 4, 64 * 1024}) {
            const Outcome outcome = readAll(input, chunk, 100);
            QVERIFY(outcome.failed);
            QCOMPARE(outcome.records.size(), goodRecords);
            QCOMPARE(outcome.lines.constLast(), line);
            QCOMPARE(outcome.error, message);
        }
    }

    void lineReader_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("LF") << QByteArray("a\nb\n") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("CRLF and no final break") << QByteArray("a\r\n\r\nb")
                                                 << QStringList{QStringLiteral("a"), QString(), QStringLiteral("b")};
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF{}\n") << QStringList{QStringLiteral("{}")};
        QTest::newRow("empty") << QByteArray() << QStringList{};
    }
    void lineReader()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, lines);
        for (const qsizetype chunk : {1, 2, 1 << 20}) {
            QBuffer buffer(&input);
            buffer.open(QIODevice::ReadOnly);
            LineReader reader(&buffer, chunk);
            QStringList got;
            std::string_view line;
            while (reader.next(&line) == LineReader::Status::Line) {
                got.append(QString::fromUtf8(line.data(), qsizetype(line.size())));
                QCOMPARE(reader.lineNumber(), got.size());
            }
            QCOMPARE(got, lines);
        }
    }

    void lineReaderRejectsLongLines()
    {
        QByteArray input = "short\n" + QByteArray(5000, 'x') + "\nafter\n";
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        LineReader reader(&buffer, 256, 1000);
        std::string_view line;
        QCOMPARE(reader.next(&line), LineReader::Status::Line);
        QCOMPARE(reader.next(&line), LineReader::Status::Error);
        QCOMPARE(reader.lineNumber(), 2);
        QCOMPARE(reader.errorString(), QStringLiteral("line longer than 1000 bytes"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
