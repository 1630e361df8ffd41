// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The lexicon TSV parser (each input read in every layout: auto, Seance, VADER, AFINN): a strict parse either
// fails naming the file and line and leaves a lexicon unchanged, or gives entries with normalized keys and
// valences on the −4…+4 scale, the same entries a lenient parse gives.
#include "models/sentiment/scoring/lexicon.h"
#include "models/sentiment/scoring/lexiconparser.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QBuffer>

#include <algorithm>
#include <cmath>

using namespace seance;
using namespace seance::fuzz;

namespace {

std::vector<LexiconEntry> parsed(const QByteArray& text, Lexicon::FileFormat format, LexiconParser::Mode mode, bool* ok,
                                 QStringList* problems)
{
    QBuffer input;
    input.setData(text);
    input.open(QIODevice::ReadOnly);
    LexiconParser parser(inputName, format, mode);
    std::vector<LexiconEntry> entries;
    *ok = parser.parse(input, entries);
    *problems = parser.problems();
    return entries;
}

bool sameEntries(const std::vector<LexiconEntry>& a, const std::vector<LexiconEntry>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const LexiconEntry& x, const LexiconEntry& y) {
        return x.key == y.key && x.valence == y.valence;
    });
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    startQt(argc, argv);
    return 0;
}

namespace {

void checkLayout(const QByteArray& text, Lexicon::FileFormat format)
{
    bool ok = false;
    QStringList problems;
    const std::vector<LexiconEntry> strict = parsed(text, format, LexiconParser::Mode::Strict, &ok, &problems);

    QBuffer input;
    input.setData(text);
    input.open(QIODevice::ReadOnly);
    Lexicon lexicon;
    QString error;
    const bool merged = lexicon.mergeDevice(input, inputName, &error, format);
    require(merged == ok, "merging agrees with parsing");
    if (!ok) {
        require(!problems.isEmpty() && problems.first().startsWith(inputName + QLatin1Char(':')),
                "a strict failure names the file and line", problems.value(0));
        require(lexicon.size() == 0, "a failed merge leaves the lexicon unchanged", error);
        return;
    }
    require(problems.isEmpty(), "a strict success has no problems", problems.join(QLatin1Char('\n')));
    require(lexicon.size() <= strict.size(), "no more terms than entries");
    for (const LexiconEntry& entry : strict) {
        const QString key = QString::fromUtf8(entry.key);
        require(!entry.key.empty(), "no empty key");
        require(std::isfinite(entry.valence) && std::abs(entry.valence) <= 4.0, "valence on the −4…+4 scale",
                key + QStringLiteral(" %1").arg(entry.valence));
        // A key is its words' keys joined by spaces, and a ticker's key ("$ghost_coin" → "ghost_coin") is the
        // normalization of that word written as a ticker again, so each word must come back as itself one way or
        // the other ("$a__ $a__b" → "a__ a__b": the whole key written as one ticker would split the second word).
        bool normalized = Lexicon::normalizeTerm(key) == entry.key;
        if (!normalized) {
            normalized = true;
            for (const QString& word : key.split(QLatin1Char(' '))) {
                const std::string wordKey = word.toStdString();
                normalized = normalized && (Lexicon::normalizeTerm(word) == wordKey ||
                                            Lexicon::normalizeTerm(QString(QLatin1Char('$') + word)) == wordKey);
            }
        }
        require(normalized, "keys are normalized (normalizing twice changes nothing)",
                QString::fromLatin1(QByteArray::fromStdString(entry.key).toHex(' ')) + QStringLiteral(" → ") +
                    QString::fromLatin1(QByteArray::fromStdString(Lexicon::normalizeTerm(key)).toHex(' ')));
    }
    bool lenientOk = false;
    const std::vector<LexiconEntry> lenient = parsed(text, format, LexiconParser::Mode::Lenient, &lenientOk, &problems);
    require(lenientOk && sameEntries(lenient, strict), "a lenient parse of a clean file gives the same entries");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text = bytesOf(data, size);
    for (const Lexicon::FileFormat format : {Lexicon::FileFormat::Auto, Lexicon::FileFormat::Seance,
                                             Lexicon::FileFormat::Vader, Lexicon::FileFormat::Afinn})
        checkLayout(text, format);
    return 0;
}
