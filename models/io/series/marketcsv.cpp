// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/series/marketcsv.h"

#include "models/io/text/csvreader.h"
#include "models/io/text/timestampparsing.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <unordered_set>

namespace seance {
namespace {

// The context of the existing translations (lupdate filed this file's strings under "seance::MarketCsvParser").
struct MarketCsvText
{
    Q_DECLARE_TR_FUNCTIONS(seance::MarketCsvParser)
};

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

QByteArray withoutByteOrderMark(QByteArray line)
{
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    return line.trimmed();
}

// What a value cell holds: nothing (a gap), a number, or something that is not a number.
enum class Cell { Empty, Number, Bad };

Cell parseCell(std::string_view text, bool decimalComma, double* value)
{
    text = trimmed(text);
    if (text.empty())
        return Cell::Empty;
    std::string copy(text);
    if (decimalComma && copy.find('.') == std::string::npos)
        std::replace(copy.begin(), copy.end(), ',', '.');
    const char* begin = copy.data() + (copy.front() == '+' ? 1 : 0);
    const auto [end, ec] = std::from_chars(begin, copy.data() + copy.size(), *value);
    if (ec != std::errc() || end != copy.data() + copy.size() || !std::isfinite(*value))
        return Cell::Bad;
    return Cell::Number;
}

// The columns a market file maps to the table's fields; -1 where the file has none.
struct ColumnMap
{
    int time = -1;
    int price = -1;
    int marketCap = -1;
    int volume = -1;
    int supply = -1;
    QString names[5];
};

class MarketCsvParser
{
public:
    MarketCsvParser(const QByteArray& data, char delimiter, MarketCsvError* error)
        : m_error(error)
    {
        m_buffer.setData(data);
        m_buffer.open(QIODevice::ReadOnly);
        m_reader.emplace(&m_buffer);
        m_reader->setDelimiter(delimiter);
    }

    bool fail(qint64 line, const QString& column, const QString& reason)
    {
        if (m_error)
            *m_error = {line, column, reason};
        return false;
    }

    // Reads the header and finds the columns by name (case-insensitive).
    bool readHeader(const char* const (&names)[5], const char* alternativeTime, bool priceRequired, ColumnMap* map)
    {
        const CsvReader::Status status = m_reader->next();
        if (status == CsvReader::Status::Error)
            return fail(m_reader->line(), {}, m_reader->errorString());
        if (status == CsvReader::Status::End)
            return fail(1, {}, MarketCsvText::tr("the file is empty; expected a header row"));
        const auto& header = m_reader->fields();
        m_columnCount = static_cast<int>(header.size());
        int* targets[5] = {&map->time, &map->price, &map->marketCap, &map->volume, &map->supply};
        int alternative = -1;
        for (int i = 0; i < m_columnCount; ++i) {
            const std::string_view raw = trimmed(header[static_cast<std::size_t>(i)]);
            const QString name = QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size()));
            for (int k = 0; k < 5; ++k) {
                if (names[k] && name.compare(QLatin1String(names[k]), Qt::CaseInsensitive) == 0) {
                    *targets[k] = i;
                    map->names[k] = name;
                }
            }
            if (alternativeTime && name.compare(QLatin1String(alternativeTime), Qt::CaseInsensitive) == 0) {
                alternative = i;
                if (map->time < 0)
                    map->names[0] = name;
            }
        }
        if (map->time < 0)
            map->time = alternative;
        if (map->time < 0)
            return fail(1, QLatin1String(names[0]),
                        MarketCsvText::tr("the header has no time column \"%1\"").arg(QLatin1String(names[0])));
        if (priceRequired && map->price < 0)
            return fail(1, QLatin1String(names[1]),
                        MarketCsvText::tr("the header has no price column \"%1\"").arg(QLatin1String(names[1])));
        return true;
    }

    bool readRows(const ColumnMap& map, bool decimalComma, bool zeroIsUnknown, MarketTable* table)
    {
        std::unordered_set<qint64> seen;
        for (;;) {
            const CsvReader::Status status = m_reader->next();
            if (status == CsvReader::Status::End)
                break;
            if (status == CsvReader::Status::Error)
                return fail(m_reader->line(), {}, m_reader->errorString());
            const qint64 line = m_reader->line();
            const auto& fields = m_reader->fields();
            if (static_cast<int>(fields.size()) != m_columnCount)
                return fail(line, {},
                            MarketCsvText::tr("expected %1 fields as in the header, found %2")
                                .arg(m_columnCount)
                                .arg(fields.size()));
            std::string_view timeText = trimmed(fields[static_cast<std::size_t>(map.time)]);
            if (timeText.size() > 4 && timeText.substr(timeText.size() - 4) == " UTC")
                timeText.remove_suffix(4);
            const std::optional<qint64> t = parseTimestamp(timeText);
            if (!t)
                return fail(line, map.names[0], MarketCsvText::tr("not an ISO 8601 time or an epoch number"));
            if (!seen.insert(*t).second)
                return fail(line, map.names[0], MarketCsvText::tr("a second row for the same time"));
            MarketRow row;
            row.t = *t;
            std::optional<double>* values[4] = {&row.price, &row.marketCap, &row.volume, &row.circulatingSupply};
            const int columns[4] = {map.price, map.marketCap, map.volume, map.supply};
            for (int k = 0; k < 4; ++k) {
                if (columns[k] < 0)
                    continue;
                double value = 0;
                switch (parseCell(fields[static_cast<std::size_t>(columns[k])], decimalComma, &value)) {
                case Cell::Empty:
                    break;
                case Cell::Bad:
                    return fail(line, map.names[k + 1], MarketCsvText::tr("not a number"));
                case Cell::Number:
                    if (value < 0)
                        return fail(line, map.names[k + 1], MarketCsvText::tr("a negative value"));
                    // A volume of zero is a day without trades; a zero price or market cap means "not known".
                    if (value != 0 || !zeroIsUnknown || k == 2)
                        *values[k] = value;
                    break;
                }
            }
            table->rows.push_back(row);
        }
        if (table->rows.empty())
            return fail(m_reader->linesRead() + 1, {}, MarketCsvText::tr("the file has a header but no rows"));
        std::sort(table->rows.begin(), table->rows.end(),
                  [](const MarketRow& a, const MarketRow& b) { return a.t < b.t; });
        return true;
    }

private:
    QBuffer m_buffer;
    std::optional<CsvReader> m_reader;
    MarketCsvError* m_error;
    int m_columnCount = 0;
};

} // namespace

std::optional<SeriesFileFormat> detectMarketCsv(const QByteArray& firstLine)
{
    const QByteArray line = withoutByteOrderMark(firstLine).toLower();
    if (line.startsWith("snapped_at,"))
        return SeriesFileFormat::CoinGecko;
    if (line.contains(';') && (line.contains("timeopen") || line.contains("\"timeopen\"")) && line.contains("close"))
        return SeriesFileFormat::CoinMarketCap;
    return std::nullopt;
}

bool parseCoinGeckoCsv(const QByteArray& data, MarketTable* table, MarketCsvError* error)
{
    static const char* const names[5] = {"snapped_at", "price", "market_cap", "total_volume", nullptr};
    MarketCsvParser parser(data, ',', error);
    ColumnMap map;
    table->source = QStringLiteral("CoinGecko");
    return parser.readHeader(names, nullptr, true, &map) && parser.readRows(map, false, true, table);
}

bool parseCoinMarketCapCsv(const QByteArray& data, MarketTable* table, MarketCsvError* error)
{
    static const char* const names[5] = {"timeOpen", "close", "marketCap", "volume", "circulatingSupply"};
    MarketCsvParser parser(data, ';', error);
    ColumnMap map;
    table->source = QStringLiteral("CoinMarketCap");
    return parser.readHeader(names, "timestamp", true, &map) && parser.readRows(map, true, true, table);
}

QString currencyFromCoinGeckoFileName(const QString& fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+-([a-z]{3,4})-[a-z0-9]+\\.csv$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QFileInfo(fileName).fileName());
    return match.hasMatch() ? match.captured(1).toUpper() : QString();
}

} // namespace seance
