// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/text/timestampparsing.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace seance;

namespace {

// The expected values come from QDateTime, an independent implementation.
qint64 utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

class TestTimestampParsing : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("expected");
        const qint64 day0 = utc(2025, 10, 1);
        QTest::newRow("date only is midnight UTC") << QByteArray("2025-10-01") << true << day0;
        QTest::newRow("Z") << QByteArray("2025-10-01T12:34:56Z") << true << utc(2025, 10, 1, 12, 34, 56);
        QTest::newRow("lower-case z") << QByteArray("2025-10-01t12:34:56z") << true << utc(2025, 10, 1, 12, 34, 56);
        QTest::newRow("no offset means UTC") << QByteArray("2025-10-01T12:34:56") << true << utc(2025, 10, 1, 12, 34, 56);
        QTest::newRow("space separator") << QByteArray("2025-10-01 12:34") << true << utc(2025, 10, 1, 12, 34);
        QTest::newRow("minutes only") << QByteArray("2025-10-01T12:34Z") << true << utc(2025, 10, 1, 12, 34);
        QTest::newRow("milliseconds") << QByteArray("2025-10-01T12:34:56.789Z") << true << utc(2025, 10, 1, 12, 34, 56, 789);
        QTest::newRow("microseconds truncate") << QByteArray("2025-10-01T12:34:56.789999Z") << true
                                               << utc(2025, 10, 1, 12, 34, 56, 789);
        QTest::newRow("one fraction digit") << QByteArray("2025-10-01T12:34:56.5Z") << true << utc(2025, 10, 1, 12, 34, 56, 500);
        QTest::newRow("+09:00") << QByteArray("2025-10-01T09:00:00+09:00") << true << day0;
        QTest::newRow("+0900") << QByteArray("2025-10-01T09:00:00+0900") << true << day0;
        QTest::newRow("+09") << QByteArray("2025-10-01T09:00:00+09") << true << day0;
        QTest::newRow("-05:30 crosses the day") << QByteArray("2025-09-30T18:30:00-05:30") << true << day0;
        QTest::newRow("+05:45 with fraction") << QByteArray("2025-10-01T05:45:00.250+05:45") << true << day0 + 250;
        QTest::newRow("leap day") << QByteArray("2024-02-29") << true << utc(2024, 2, 29);
        QTest::newRow("2000 is a leap year") << QByteArray("2000-02-29T23:59:59Z") << true << utc(2000, 2, 29, 23, 59, 59);
        QTest::newRow("before 1970") << QByteArray("1969-12-31T23:59:59Z") << true << qint64(-1000);
        QTest::newRow("surrounding spaces") << QByteArray("  2025-10-01  ") << true << day0;
        QTest::newRow("epoch seconds") << QByteArray("1759276800") << true << day0;
        QTest::newRow("epoch milliseconds") << QByteArray("1759276800123") << true << day0 + 123;
        QTest::newRow("epoch seconds with fraction") << QByteArray("1759276800.5") << true << day0 + 500;
        QTest::newRow("epoch zero") << QByteArray("0") << true << qint64(0);
        QTest::newRow("negative epoch seconds") << QByteArray("-86400") << true << qint64(-86'400'000);
        QTest::newRow("largest seconds") << QByteArray("99999999999") << true << qint64(99'999'999'999'000);
        QTest::newRow("smallest milliseconds") << QByteArray("100000000000") << true << qint64(100'000'000'000);

        QTest::newRow("empty") << QByteArray("") << false << qint64(0);
        QTest::newRow("words") << QByteArray("yesterday") << false << qint64(0);
        QTest::newRow("month 13") << QByteArray("2025-13-01") << false << qint64(0);
        QTest::newRow("day 0") << QByteArray("2025-10-00") << false << qint64(0);
        QTest::newRow("Feb 29 in 2025") << QByteArray("2025-02-29") << false << qint64(0);
        QTest::newRow("1900 is not a leap year") << QByteArray("1900-02-29") << false << qint64(0);
        QTest::newRow("April 31") << QByteArray("2025-04-31") << false << qint64(0);
        QTest::newRow("hour 24") << QByteArray("2025-10-01T24:00:00Z") << false << qint64(0);
        QTest::newRow("minute 60") << QByteArray("2025-10-01T12:60Z") << false << qint64(0);
        QTest::newRow("second 60") << QByteArray("2025-10-01T12:00:60Z") << false << qint64(0);
        QTest::newRow("hour without minutes") << QByteArray("2025-10-01T12Z") << false << qint64(0);
        QTest::newRow("bad separator") << QByteArray("2025/10/01") << false << qint64(0);
        QTest::newRow("short year") << QByteArray("25-10-01") << false << qint64(0);
        QTest::newRow("trailing junk") << QByteArray("2025-10-01T12:00:00Zx") << false << qint64(0);
        QTest::newRow("offset hour 24") << QByteArray("2025-10-01T12:00:00+24:00") << false << qint64(0);
        QTest::newRow("offset minutes 60") << QByteArray("2025-10-01T12:00:00+01:60") << false << qint64(0);
        QTest::newRow("offset half") << QByteArray("2025-10-01T12:00:00+1") << false << qint64(0);
        QTest::newRow("empty fraction") << QByteArray("2025-10-01T12:00:00.Z") << false << qint64(0);
        QTest::newRow("epoch with letters") << QByteArray("1759276800s") << false << qint64(0);
        QTest::newRow("epoch with empty fraction") << QByteArray("1759276800.") << false << qint64(0);
        QTest::newRow("epoch beyond year 9999") << QByteArray("999999999999999999") << false << qint64(0);
        QTest::newRow("epoch overflow") << QByteArray("99999999999999999999999") << false << qint64(0);
        QTest::newRow("minus only") << QByteArray("-") << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(qint64, expected);
        const std::optional<qint64> parsed = parseTimestamp(std::string_view(text.constData(), std::size_t(text.size())));
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, expected);
    }

    void epochByMagnitude_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("seconds") << 1759276800.0 << true << qint64(1'759'276'800'000);
        QTest::newRow("fractional seconds round to ms") << 1759276800.1234 << true << qint64(1'759'276'800'123);
        QTest::newRow("milliseconds") << 1759276800123.0 << true << qint64(1'759'276'800'123);
        QTest::newRow("NaN") << std::nan("") << false << qint64(0);
        QTest::newRow("infinity") << HUGE_VAL << false << qint64(0);
        QTest::newRow("beyond 9999") << 1e18 << false << qint64(0);
    }
    void epochByMagnitude()
    {
        QFETCH(double, value);
        QFETCH(bool, valid);
        QFETCH(qint64, expected);
        const std::optional<qint64> parsed = timestampFromEpoch(value);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, expected);
            // Integral JSON numbers take the integer overload and must agree with it.
            if (value == std::floor(value))
                QCOMPARE(timestampFromEpoch(static_cast<qint64>(value)), parsed);
        }
    }

    void daysFromCivilMatchesQDate()
    {
        const QDate epoch(1970, 1, 1);
        for (QDate d(1899, 12, 25); d < QDate(2101, 1, 5); d = d.addDays(13))
            QCOMPARE(daysFromCivil(d.year(), d.month(), d.day()), epoch.daysTo(d));
    }
};

QTEST_GUILESS_MAIN(TestTimestampParsing)
#include "tst_timestampparsing.moc"
