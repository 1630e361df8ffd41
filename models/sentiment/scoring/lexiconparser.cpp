// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/lexiconparser.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <optional>

namespace seance {
namespace {

constexpr qint64 maxLineBytes = 64 * 1024;
constexpr double afinnToVader = 0.8; // AFINN's −5..+5 onto VADER's −4..+4

std::optional<double> parseNumber(QByteArrayView field)
{
    bool ok = false;
    const double value = field.trimmed().toByteArray().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString text(QByteArrayView field)
{
    return QString::fromUtf8(field.trimmed());
}

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct LexiconText
{
    Q_DECLARE_TR_FUNCTIONS(seance::Lexicon)
};

} // namespace

QString lexiconMessage(const char* text)
{
    return LexiconText::tr(text);
}

LexiconParser::LexiconParser(QString sourceName, Lexicon::FileFormat format, Mode mode)
    : m_source(std::move(sourceName))
    , m_format(format)
    , m_mode(mode)
{
}

bool LexiconParser::parse(QIODevice& device, std::vector<LexiconEntry>& out)
{
    int number = 0;
    // One buffer for every line: QIODevice::readLine(qint64) allocates its whole maximum for each line before
    // shrinking it, which made loading the built-in lexicon cost 400 ms of allocator churn at startup.
    QByteArray buffer(maxLineBytes, Qt::Uninitialized);
    while (!device.atEnd()) {
        const qint64 read = device.readLine(buffer.data(), maxLineBytes);
        if (read < 0) {
            fail(number + 1, LexiconText::tr("the file could not be read"));
            return false;
        }
        QByteArray line = buffer.first(read);
        ++number;
        if (line.size() >= maxLineBytes - 1 && !line.endsWith('\n')) {
            fail(number, LexiconText::tr("the line is longer than 64 KiB"));
            return false;
        }
        if (number == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (!parseLine(line, number, out) && m_mode == Mode::Strict)
            return false;
    }
    return m_problems.isEmpty() || m_mode == Mode::Lenient;
}

bool LexiconParser::parseLine(QByteArrayView line, int number, std::vector<LexiconEntry>& out)
{
    if (line.trimmed().isEmpty())
        return true;
    const QList<QByteArrayView> fields = [line] {
        QList<QByteArrayView> parts;
        qsizetype start = 0;
        for (qsizetype tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
            parts.append(line.sliced(start, tab - start));
            start = tab + 1;
        }
        parts.append(line.sliced(start));
        return parts;
    }();
    // Seance files use '#' for comments. VADER and AFINN files have no comment syntax, and VADER's
    // own list has emoticons that start with '#', so there a '#' line is a comment only if it is no entry.
    if (line.startsWith('#')) {
        if (m_format == Lexicon::FileFormat::Seance || fields.size() < 2 || !parseNumber(fields.at(1)))
            return true;
    }
    if (m_format == Lexicon::FileFormat::Auto) {
        if (fields.size() < 2)
            return fail(number, LexiconText::tr("expected a term and a valence separated by a tab"));
        m_format = fields.size() >= 3 ? Lexicon::FileFormat::Vader : Lexicon::FileFormat::Afinn;
    }
    double valence = 0;
    if (!parseFields(fields, number, &valence))
        return false;
    const QString term = text(fields.at(0));
    if (term.isEmpty())
        return fail(number, LexiconText::tr("the term is empty"));
    std::string key = Lexicon::normalizeTerm(term);
    if (key.empty())
        return fail(number, LexiconText::tr("the term “%1” has no word, emoji or emoticon to match").arg(term));
    if (std::count(key.begin(), key.end(), ' ') >= Lexicon::maxPhraseWords)
        return fail(number,
                    LexiconText::tr("the phrase “%1” has more than %2 words").arg(term).arg(Lexicon::maxPhraseWords));
    out.push_back({std::move(key), valence});
    return true;
}

bool LexiconParser::parseFields(const QList<QByteArrayView>& fields, int number, double* valence)
{
    switch (m_format) {
    case Lexicon::FileFormat::Vader: {
        if (fields.size() < 3)
            return fail(number, LexiconText::tr("expected a term, a mean valence and a standard deviation separated "
                                                "by tabs (VADER format), found %1 field(s)")
                                    .arg(fields.size()));
        const std::optional<double> mean = parseNumber(fields.at(1));
        if (!mean)
            return fail(number, LexiconText::tr("the mean valence “%1” is not a number").arg(text(fields.at(1))));
        if (*mean < -4 || *mean > 4)
            return fail(number, LexiconText::tr("the mean valence %1 is outside −4..+4").arg(*mean));
        const std::optional<double> sd = parseNumber(fields.at(2));
        if (!sd || *sd < 0)
            return fail(
                number,
                LexiconText::tr("the standard deviation “%1” is not a non-negative number").arg(text(fields.at(2))));
        *valence = *mean;
        return true;
    }
    case Lexicon::FileFormat::Afinn: {
        if (fields.size() != 2)
            return fail(number, LexiconText::tr("expected a term and a whole-number valence separated by a tab "
                                                "(AFINN format), found %1 fields")
                                    .arg(fields.size()));
        bool ok = false;
        const int value = fields.at(1).trimmed().toByteArray().toInt(&ok);
        if (!ok || value < -5 || value > 5)
            return fail(number, LexiconText::tr("the valence “%1” is not a whole number from −5 to +5 (AFINN format)")
                                    .arg(text(fields.at(1))));
        *valence = value * afinnToVader;
        return true;
    }
    case Lexicon::FileFormat::Seance:
    case Lexicon::FileFormat::Auto: {
        if (fields.size() != 2)
            return fail(number, LexiconText::tr("expected a term and a valence separated by one tab, found %1 fields")
                                    .arg(fields.size()));
        const std::optional<double> value = parseNumber(fields.at(1));
        if (!value)
            return fail(number, LexiconText::tr("the valence “%1” is not a number").arg(text(fields.at(1))));
        if (*value < -4 || *value > 4)
            return fail(number, LexiconText::tr("the valence %1 is outside −4..+4").arg(*value));
        *valence = *value;
        return true;
    }
    }
    return false;
}

bool LexiconParser::fail(int number, const QString& reason)
{
    m_problems.append(LexiconText::tr("%1:%2: %3").arg(m_source).arg(number).arg(reason));
    return false;
}

} // namespace seance
