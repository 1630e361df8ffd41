// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/scriptdetection.h"

#include "models/sentiment/scoring/utf8.h"

#include <QCoreApplication>

namespace seance {
namespace {

constexpr bool in(char32_t cp, char32_t first, char32_t last) noexcept
{
    return cp >= first && cp <= last;
}

constexpr CharInfo letter(Script script) noexcept
{
    return {CharClass::Letter, script};
}

CharInfo classifyEmojiOrSymbol(char32_t cp) noexcept
{
    // Glue that only modifies the pictograph before it: variation selectors, ZWJ, keycap, skin tones, tags.
    if (cp == 0xFE0E || cp == 0xFE0F || cp == 0x200D || cp == 0x20E3 || in(cp, 0x1F3FB, 0x1F3FF) ||
        in(cp, 0xE0020, 0xE007F))
        return {CharClass::Modifier, Script::Common};
    if (in(cp, 0x1F000, 0x1FAFF) || in(cp, 0x2600, 0x27BF) || in(cp, 0x2300, 0x23FF) || in(cp, 0x2B00, 0x2BFF) ||
        in(cp, 0x2190, 0x21FF) || in(cp, 0x25A0, 0x25FF) || cp == 0x3030 || cp == 0x303D || cp == 0x3297 ||
        cp == 0x3299)
        return {CharClass::Emoji, Script::Common};
    return {};
}

} // namespace

CharInfo classifyCodePoint(char32_t cp) noexcept
{
    if (cp < 0x80) {
        if (in(cp, 'a', 'z') || in(cp, 'A', 'Z'))
            return letter(Script::Latin);
        return {};
    }
    // Most non-ASCII characters in posts are pictographs: their block is answered before the script tests.
    if (in(cp, 0x1F000, 0x1FAFF))
        return {in(cp, 0x1F3FB, 0x1F3FF) ? CharClass::Modifier : CharClass::Emoji, Script::Common};
    if (cp < 0x0250) {
        // Latin-1 Supplement and Latin Extended-A/B, minus the symbols and the multiplication/division signs.
        if (cp >= 0x00C0 && cp != 0x00D7 && cp != 0x00F7)
            return letter(Script::Latin);
        return {};
    }
    if (cp < 0x0300)
        return letter(Script::Latin); // IPA extensions and spacing modifier letters
    if (cp < 0x0370)
        return {CharClass::Mark, Script::Common};
    if (cp < 0x0400)
        return letter(Script::Greek);
    if (cp < 0x0530)
        return letter(Script::Cyrillic);
    if (cp < 0x0590)
        return letter(Script::Armenian);
    if (cp < 0x0600)
        return letter(Script::Hebrew);
    if (cp < 0x0900)
        return letter(Script::Arabic); // Arabic, Syriac, Thaana, NKo, Samaritan, Arabic Extended
    if (cp < 0x0E00)
        return letter(Script::Indic);
    if (cp < 0x0E80)
        return letter(Script::Thai);
    if (cp < 0x10A0)
        return letter(Script::SoutheastAsian);
    if (cp < 0x1100)
        return letter(Script::Georgian);
    if (cp < 0x1200)
        return letter(Script::Hangul); // Hangul Jamo
    if (cp < 0x13A0)
        return letter(Script::Ethiopic);
    if (in(cp, 0x1780, 0x17FF))
        return letter(Script::SoutheastAsian);
    if (in(cp, 0x1AB0, 0x1AFF) || in(cp, 0x1DC0, 0x1DFF) || in(cp, 0x20D0, 0x20DC) || in(cp, 0xFE20, 0xFE2F))
        return {CharClass::Mark, Script::Common};
    if (cp < 0x1E00)
        return letter(Script::OtherLetter); // Cherokee, Canadian syllabics, Mongolian, Balinese, ...
    if (cp < 0x1F00)
        return letter(Script::Latin); // Latin Extended Additional (Vietnamese)
    if (cp < 0x2000)
        return letter(Script::Greek);
    if (cp < 0x3000)
        return classifyEmojiOrSymbol(cp);
    if (in(cp, 0x3041, 0x30FF) && cp != 0x30FB) // Hiragana, Katakana (minus the middle dot)
        return letter(Script::Kana);
    if (in(cp, 0x31F0, 0x31FF) || in(cp, 0xFF66, 0xFF9F))
        return letter(Script::Kana);
    if (in(cp, 0x3100, 0x312F) || in(cp, 0x31A0, 0x31BF))
        return letter(Script::Han); // Bopomofo, written with Han text
    if (in(cp, 0x3130, 0x318F) || in(cp, 0xA960, 0xA97F) || in(cp, 0xAC00, 0xD7FF) || in(cp, 0xFFA0, 0xFFDC))
        return letter(Script::Hangul);
    if (in(cp, 0x3400, 0x4DBF) || in(cp, 0x4E00, 0x9FFF) || in(cp, 0xF900, 0xFAFF) || in(cp, 0x20000, 0x3FFFF))
        return letter(Script::Han);
    if (in(cp, 0xA000, 0xA4CF))
        return letter(Script::OtherLetter); // Yi
    if (in(cp, 0xFB1D, 0xFB4F))
        return letter(Script::Hebrew);
    if (in(cp, 0xFB50, 0xFDFF) || in(cp, 0xFE70, 0xFEFF))
        return letter(Script::Arabic);
    if (in(cp, 0xFF21, 0xFF3A) || in(cp, 0xFF41, 0xFF5A))
        return letter(Script::Fullwidth);
    if (in(cp, 0x10000, 0x1EFFF))
        return letter(Script::OtherLetter); // historic scripts and mathematical letters
    return classifyEmojiOrSymbol(cp);
}

void ScriptTally::add(Script script, int count) noexcept
{
    const int weighted = count * letterWeight(script);
    letters[static_cast<int>(script)] += weighted;
    if (script == Script::Latin)
        covered += weighted;
    else if (script != Script::Common)
        uncovered += weighted;
}

Script ScriptTally::dominantUncovered() const noexcept
{
    Script best = Script::Common;
    int bestCount = 0;
    for (int i = static_cast<int>(Script::Greek); i < scriptCount; ++i) {
        if (letters[i] > bestCount) {
            bestCount = letters[i];
            best = static_cast<Script>(i);
        }
    }
    return best;
}

ScriptTally tallyScripts(std::string_view text) noexcept
{
    ScriptTally tally;
    const char* p = text.data();
    const char* end = p + text.size();
    int ascii = 0;
    while (p < end) {
        const auto byte = static_cast<unsigned char>(*p);
        if (byte < 0x80) {
            ascii += ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z') ? 1 : 0;
            ++p;
            continue;
        }
        const CharInfo info = classifyCodePoint(utf8::decode(p, end));
        if (info.charClass == CharClass::Letter)
            tally.add(info.script);
    }
    tally.add(Script::Latin, ascii);
    return tally;
}

QString scriptName(Script script)
{
    switch (script) {
    case Script::Common:
        return QCoreApplication::translate("seance::Script", "no script");
    case Script::Latin:
        return QCoreApplication::translate("seance::Script", "Latin");
    case Script::Greek:
        return QCoreApplication::translate("seance::Script", "Greek");
    case Script::Cyrillic:
        return QCoreApplication::translate("seance::Script", "Cyrillic");
    case Script::Armenian:
        return QCoreApplication::translate("seance::Script", "Armenian");
    case Script::Hebrew:
        return QCoreApplication::translate("seance::Script", "Hebrew");
    case Script::Arabic:
        return QCoreApplication::translate("seance::Script", "Arabic");
    case Script::Indic:
        return QCoreApplication::translate("seance::Script", "Indic");
    case Script::Thai:
        return QCoreApplication::translate("seance::Script", "Thai");
    case Script::SoutheastAsian:
        return QCoreApplication::translate("seance::Script", "Southeast Asian");
    case Script::Georgian:
        return QCoreApplication::translate("seance::Script", "Georgian");
    case Script::Ethiopic:
        return QCoreApplication::translate("seance::Script", "Ethiopic");
    case Script::Hangul:
        return QCoreApplication::translate("seance::Script", "Hangul");
    case Script::Kana:
        return QCoreApplication::translate("seance::Script", "Kana");
    case Script::Han:
        return QCoreApplication::translate("seance::Script", "Han");
    case Script::Fullwidth:
        return QCoreApplication::translate("seance::Script", "fullwidth Latin");
    case Script::OtherLetter:
        break;
    }
    return QCoreApplication::translate("seance::Script", "another script");
}

} // namespace seance
