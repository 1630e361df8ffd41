// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/cjklexicon.h"

#include "models/sentiment/scoring/cjkrulewords.h"
#include "models/sentiment/scoring/lexiconparser.h"
#include "models/sentiment/scoring/utf8.h"

#include <QFile>
#include <QLoggingCategory>

#include <cmath>

namespace seance {
namespace {

Q_LOGGING_CATEGORY(lcCjkLexicon, "seance.lexicon")

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

} // namespace

void normalizeCjk(std::string_view text, std::string& out, std::vector<std::uint32_t>* offsets)
{
    out.clear();
    if (offsets)
        offsets->clear();
    const char* const begin = text.data();
    const char* p = begin;
    const char* const end = p + text.size();
    while (p < end) {
        const char* const at = p;
        const auto byte = static_cast<unsigned char>(*p);
        const std::size_t before = out.size();
        if (byte < 0x80) {
            out.push_back(static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte));
            ++p;
        } else {
            char32_t cp = utf8::decode(p, end);
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp -= 0xFEE0; // fullwidth ASCII
                if (cp >= 'A' && cp <= 'Z')
                    cp += 'a' - 'A';
            } else if (cp == 0x3000) {
                cp = ' ';
            }
            if (cp < 0x80 || cp == 0xFFFD)
                appendUtf8(out, cp);
            else
                out.append(at, static_cast<std::size_t>(p - at));
        }
        if (offsets)
            offsets->insert(offsets->end(), out.size() - before, static_cast<std::uint32_t>(at - begin));
    }
    if (offsets)
        offsets->push_back(static_cast<std::uint32_t>(text.size()));
}

std::string normalizeCjk(std::string_view text)
{
    std::string out;
    normalizeCjk(text, out);
    return out;
}

CjkLexicon::CjkLexicon(ScoringLanguage language)
    : m_language(language)
{
    for (const cjk::RuleWord& word : cjk::ruleWords(language)) {
        CjkTerm& term = entry(normalizeCjk(word.key));
        term.scalar = word.scalar;
        term.flags |= word.flags;
    }
}

CjkTerm& CjkLexicon::entry(std::string_view key)
{
    // Every shorter beginning, at code point boundaries, is marked as a prefix.
    const char* p = key.data();
    const char* const end = p + key.size();
    while (p < end) {
        utf8::decode(p, end);
        if (p < end)
            m_table[key.substr(0, static_cast<std::size_t>(p - key.data()))].prefix = true;
    }
    return m_table[key];
}

void CjkLexicon::insert(std::string_view key, double valence)
{
    if (key.size() > maxKeyBytes)
        return;
    CjkTerm& term = entry(key);
    if (!term.hasValence)
        ++m_termCount;
    term.valence = valence;
    term.hasValence = true;
}

bool CjkLexicon::merge(QIODevice& device, const QString& sourceName, QString* error)
{
    int number = 0;
    std::string key;
    while (!device.atEnd()) {
        QByteArray line = device.readLine();
        ++number;
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype tab = line.lastIndexOf('\t');
        bool ok = tab > 0;
        const double valence = ok ? line.mid(tab + 1).trimmed().toDouble(&ok) : 0;
        if (!ok || !std::isfinite(valence) || valence < -4 || valence > 4) {
            if (error)
                *error = lexiconMessage("%1:%2: expected term<TAB>valence (−4..+4)").arg(sourceName).arg(number);
            return false;
        }
        normalizeCjk(std::string_view(line.constData(), static_cast<std::size_t>(tab)), key);
        insert(key, valence);
    }
    return true;
}

std::size_t CjkLexicon::longestMatch(std::string_view text, const CjkTerm** term) const noexcept
{
    std::size_t best = 0;
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p < end) {
        utf8::decode(p, end);
        const auto length = static_cast<std::size_t>(p - text.data());
        const CjkTerm* found = m_table.find(text.substr(0, length));
        if (!found)
            break;
        if (found->isTerm()) {
            best = length;
            *term = found;
        }
        if (!found->prefix)
            break;
    }
    return best;
}

std::shared_ptr<const CjkLexicon> CjkLexicon::builtIn(ScoringLanguage language)
{
    const auto load = [](ScoringLanguage language, const char* name) {
        auto lexicon = std::make_shared<CjkLexicon>(language);
        QFile file(QLatin1String(":/lexicon/") + QLatin1String(name));
        QString error;
        if (!file.open(QIODevice::ReadOnly))
            qCWarning(lcCjkLexicon) << "built-in lexicon file missing:" << file.fileName();
        else if (!lexicon->merge(file, file.fileName(), &error))
            qCWarning(lcCjkLexicon).noquote() << error;
        lexicon->m_table.spread(4);
        return std::shared_ptr<const CjkLexicon>(std::move(lexicon));
    };
    // Function-local statics are initialized once, even when threads race to them.
    static const std::shared_ptr<const CjkLexicon> korean = load(ScoringLanguage::Korean, "general-ko.tsv");
    static const std::shared_ptr<const CjkLexicon> japanese = load(ScoringLanguage::Japanese, "general-ja.tsv");
    return language == ScoringLanguage::Japanese ? japanese : korean;
}

} // namespace seance
