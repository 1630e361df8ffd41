// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/scorerengine.h"

#include "models/sentiment/scoring/asciirun.h"
#include "models/sentiment/scoring/lexicon.h"
#include "models/sentiment/scoring/ruletext.h"
#include "models/sentiment/scoring/rulewords.h"
#include "models/sentiment/scoring/scorerinternals.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace seance {
namespace {

// Marks the first word of a phrase with the phrase's length, and its longer beginnings as prefixes, so
// that matching a phrase stops at the first word that no phrase continues with.
void addPhraseStart(TermTable<TermInfo>& table, std::string_view key)
{
    const std::size_t space = key.find(' ');
    if (space == std::string_view::npos)
        return;
    const int words = static_cast<int>(std::count(key.begin(), key.end(), ' ')) + 1;
    const std::string_view second = key.substr(space + 1, key.find(' ', space + 1) - space - 1);
    TermInfo& first = table[key.substr(0, space)];
    first.phraseWords = static_cast<std::uint8_t>(std::max<int>(first.phraseWords, words));
    first.secondWords |= std::uint64_t{1} << (hashTerm(second) & 63);
    for (std::size_t next = key.find(' ', space + 1); next != std::string_view::npos; next = key.find(' ', next + 1))
        table[key.substr(0, next)].phrasePrefix = true;
}

// Whether some letter repeats three or more times in a row ("soooo"). head is termHead(key): a key of up
// to eight bytes is tested in one word (SWAR), without a loop whose exit depends on the word's length.
bool hasLetterRun(std::string_view key, std::uint64_t head) noexcept
{
    if (key.size() <= 8) {
        constexpr std::uint64_t ones = ascii::bytesOfOnes;
        constexpr std::uint64_t high = 0x8080808080808080ull;
        constexpr std::uint64_t low7 = ~high;
        // A byte of x is zero exactly when the high bit of zeroBytes(x) is set in it.
        const auto zeroBytes = [](std::uint64_t x) { return ~(((x & low7) + low7) | x | low7); };
        const std::uint64_t seven = head & low7;
        const std::uint64_t lowercase =
            (seven + (0x80 - 'a') * ones) & ~(seven + (0x80 - 'z' - 1) * ones) & ~head & high;
        // Byte i of these compares byte i with byte i − 1 and i − 2; the bytes shifted in are zero, and a
        // zero byte never equals a letter.
        const std::uint64_t sameAsPrevious = zeroBytes(head ^ (head << 8));
        const std::uint64_t sameAsTwoBack = zeroBytes(head ^ (head << 16));
        return (lowercase & sameAsPrevious & sameAsTwoBack) != 0;
    }
    for (std::size_t i = 2; i < key.size(); ++i) {
        if (key[i] == key[i - 1] && key[i] == key[i - 2] && key[i] >= 'a' && key[i] <= 'z')
            return true;
    }
    return false;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

std::shared_ptr<const CompiledTerms> CompiledTerms::build(const Lexicon& lexicon)
{
    auto compiled = std::make_shared<CompiledTerms>();
    lexicon.forEachTerm([&compiled](std::string_view key, double valence) {
        TermInfo& info = compiled->table[key];
        info.valence = valence;
        info.hasValence = true;
        if (key.find(' ') != std::string_view::npos)
            addPhraseStart(compiled->table, key);
        else if (EmoticonSet::isEmoticonLike(key))
            compiled->emoticons.add(key);
    });
    for (const rules::RuleWord& word : rules::ruleWords()) {
        TermInfo& info = compiled->table[word.key];
        if (word.scalar != 0)
            info.scalar = word.scalar;
        info.flags |= word.flags;
        addPhraseStart(compiled->table, word.key);
    }
    // About half the words of a post are not in the table; at a quarter of the slots in use, most of those
    // find an empty slot at once.
    compiled->table.spread(4);
    return compiled;
}

ScorerEngine::ScorerEngine(std::shared_ptr<const Lexicon> lexicon, std::shared_ptr<const CompiledTerms> terms,
                           TextMasker masker, ScorerOptions options)
    : m_lexicon(std::move(lexicon))
    , m_terms(std::move(terms))
    , m_masker(std::move(masker))
    , m_options(options)
    , m_korean(CjkLexicon::builtIn(ScoringLanguage::Korean), m_terms, m_masker.terms(), options)
    , m_japanese(CjkLexicon::builtIn(ScoringLanguage::Japanese), m_terms, m_masker.terms(), options)
{
}

// Looks a word up as written, then, when that finds nothing, with its elongation undone: "goooood" as
// "good" (runs of three or more letters cut to two, then to one). Stems were tried too and left out:
// plurals ("gems" as "gem") did not improve the correlation on the reference tweets, and possessives made
// it worse, because a possessive is mostly a name ("Hell's Kitchen", "Sunny's season").
// The key is rewritten in place, so phrases are matched on the reading too ("to the mooon").
// Inlined into the loop over the tokens: as a call, saving and restoring registers cost a third of it.
[[gnu::always_inline]] inline const TermInfo* ScorerEngine::resolve(Token& token, std::uint64_t hash,
                                                                    std::uint64_t head, TokenizedText& tokenized,
                                                                    Reading* reading) const
{
    const TermInfo& info = m_terms->table.findOrDefault(tokenized.key(token), hash, head);
    // Evaluated whole rather than short-circuited: whether a word is known is as good as random, and
    // one branch that is almost never taken costs less than a mispredicted one per word.
    if (!(!info.matters() & (token.kind == TokenKind::Word) & m_options.elongation &
          hasLetterRun(tokenized.key(token), head)))
        return &info;
    return resolveElongated(token, tokenized, reading);
}

// Kept out of line: few words are elongated, and inlined into the loop over every token its buffers would
// make each lookup pay for a large stack frame.
[[gnu::noinline]] const TermInfo* ScorerEngine::resolveElongated(Token& token, TokenizedText& tokenized,
                                                                 Reading* reading) const
{
    const TermTable<TermInfo>& table = m_terms->table;
    const TermInfo* info = nullptr;
    char* key = tokenized.keys.data() + token.keyOffset;
    const auto tryLength = [&](std::size_t length) {
        const TermInfo* found = table.find(std::string_view(key, length));
        if (!found || !found->matters())
            return false;
        token.keyLength = static_cast<std::uint16_t>(length);
        info = found;
        return true;
    };
    const std::size_t length = token.keyLength;
    // One pass writes the "two letters" reading in place and the "one letter" reading aside.
    char single[64];
    std::size_t twoLength = 0;
    std::size_t oneLength = 0;
    for (std::size_t r = 0; r < length;) {
        std::size_t run = 1;
        while (r + run < length && key[r + run] == key[r])
            ++run;
        const char c = key[r];
        const bool letter = (c >= 'a' && c <= 'z');
        const std::size_t keepTwo = letter ? std::min<std::size_t>(run, 2) : run;
        const std::size_t keepOne = letter && run >= 3 ? 1 : keepTwo;
        for (std::size_t k = 0; k < keepTwo; ++k)
            key[twoLength++] = c;
        for (std::size_t k = 0; k < keepOne && oneLength < sizeof single; ++k)
            single[oneLength++] = c;
        r += run;
    }
    token.keyLength = static_cast<std::uint16_t>(twoLength);
    *reading = Reading::Elongated;
    if (tryLength(twoLength))
        return info;
    if (oneLength < sizeof single && table.find(std::string_view(single, oneLength))) {
        std::copy(single, single + oneLength, key);
        if (tryLength(oneLength))
            return info;
    }
    return &table.findOrDefault(tokenized.key(token));
}

// The longest lexicon or rule phrase that starts at index; returns its length in tokens (1 when none).
int ScorerEngine::matchPhrase(const Scratch& scratch, std::size_t index, int maxWords, const TermInfo** info) const
{
    const TokenizedText& tokenized = scratch.tokenized;
    const TermInfo* const firstInfo = *info;
    char buffer[256];
    std::string_view first = tokenized.key(tokenized.tokens[index]);
    if (first.size() >= sizeof buffer)
        return 1;
    std::size_t length = first.size();
    std::copy(first.begin(), first.end(), buffer);
    int best = 1;
    const std::size_t limit = std::min(tokenized.tokens.size(), index + static_cast<std::size_t>(maxWords));
    for (std::size_t i = index + 1; i < limit; ++i) {
        const Token& token = tokenized.tokens[i];
        if (scratch.perToken[i].state != TokenState::Scored || token.gapBefore > Gap::Hyphen)
            break;
        // Most words that can start a phrase ("to", "a", "good") are not followed by one; one bit tells.
        if (i == index + 1 && !((firstInfo->secondWords >> (scratch.perToken[i].hash & 63)) & 1))
            break;
        const std::string_view next = tokenized.key(token);
        if (length + 1 + next.size() >= sizeof buffer)
            break;
        buffer[length++] = ' ';
        std::copy(next.begin(), next.end(), buffer + length);
        length += next.size();
        const TermInfo* phrase = m_terms->table.find(std::string_view(buffer, length));
        if (!phrase)
            break;
        if (phrase->isTerm()) {
            best = static_cast<int>(i - index + 1);
            *info = phrase;
        }
        if (!phrase->phrasePrefix)
            break;
    }
    return best;
}

// Takes URLs, mentions, tickers and masked names out of the text, looks every other word up once, and
// counts what the script test and the capitals test need.
ScorerEngine::TextCensus ScorerEngine::resolveTokens(Scratch& s, ScoreExplanation* explanation,
                                                     QStringList* textRules) const
{
    TokenizedText& tokenized = s.tokenized;
    const std::size_t count = tokenized.tokens.size();
    if (s.perToken.size() < count + 1)
        s.perToken.resize(count + 1); // every slot below count is written below
    // Past the end: buildItems() reads the next token's hash without testing the index.
    s.perToken[count] = {};
    TextCensus census;
    // Neither vector changes size in the loop. Held in locals, their data pointers are not reloaded
    // after every call the loop makes.
    Token* const tokens = tokenized.tokens.data();
    Scratch::TokenSlot* const tokenSlots = s.perToken.data();
    for (std::size_t i = 0; i < count;) {
        Token& token = tokens[i];
        Scratch::TokenSlot& slot = tokenSlots[i];
        slot = {nullptr, 0, TokenState::Scored, Reading::AsWritten};
        if (token.kind == TokenKind::Url || token.kind == TokenKind::Mention) {
            slot.state = TokenState::Ignored;
            ++i;
            continue;
        }
        const std::uint64_t head = tokenized.keyHead(token);
        const std::uint64_t hash = hashTerm(tokenized.key(token), head);
        if (m_masker.mayContain(hash)) {
            if (const int masked = m_masker.matchAt(tokenized, i, hash); masked > 0) {
                for (int k = 0; k < masked; ++k)
                    tokenSlots[i + k] = {nullptr, 0, TokenState::Masked, Reading::AsWritten};
                if (explanation) {
                    const QString written = fromUtf8(s.written(i, masked));
                    explanation->maskedTerms.append(written);
                    textRules->append(ruletext::masked(written));
                }
                i += masked;
                continue;
            }
        }
        if (token.kind == TokenKind::Ticker) {
            if (explanation)
                textRules->append(ruletext::ignored(fromUtf8(s.written(i, 1))));
            slot.state = TokenState::Ignored;
            ++i;
            continue;
        }
        census.coveredLetters += token.coveredLetters;
        census.uncoveredLetters += token.uncoveredLetters;
        if (token.has(Token::Cased)) {
            ++census.casedWords;
            census.capsWords += token.has(Token::AllCaps) ? 1 : 0;
        }
        slot.info = resolve(token, hash, head, tokenized, &slot.reading);
        slot.hash = slot.reading == Reading::AsWritten ? hash : hashTerm(tokenized.key(token));
        ++i;
    }
    return census;
}

// Groups the remaining tokens into items, a phrase being one item, and settles which words that are
// both a sentiment term and a modifier act as which. Returns the index of the first "but" (or past the
// end when there is none).
std::size_t ScorerEngine::buildItems(Scratch& s) const
{
    const TokenizedText& tokenized = s.tokenized;
    const std::size_t count = tokenized.tokens.size();
    // Read through locals: the vectors of tokens and slots do not change size here, and an item's values
    // are worked out before it is written, so the loop does not reload what it has just stored.
    const Token* const tokens = tokenized.tokens.data();
    const Scratch::TokenSlot* const tokenSlots = s.perToken.data();
    const bool boosters = m_options.boosters;
    const bool negation = m_options.negation;
    const bool clauseScope = m_options.clauseScope;
    s.items.clear();
    if (s.sentimentItems.size() < count)
        s.sentimentItems.resize(count); // at most one item per token
    std::uint32_t* const sentimentItems = s.sentimentItems.data();
    std::size_t sentimentCount = 0;
    std::uint32_t clauseStart = 0;
    std::int64_t lastModifier = -2 * rules::modifierReach; // the last item that can modify another
    Gap pendingGap = Gap::None;
    bool dualRoles = false;
    std::size_t contrast = std::numeric_limits<std::size_t>::max();
    for (std::size_t i = 0; i < count;) {
        const Token& token = tokens[i];
        if (tokenSlots[i].state != TokenState::Scored) {
            pendingGap = std::max(pendingGap, token.gapBefore);
            ++i;
            continue;
        }
        const TermInfo* info = tokenSlots[i].info; // never null: a word the table lacks has an empty TermInfo
        // Most words that can start a phrase ("to", "a", "good") are not followed by one: one bit of the
        // next word's hash tells, before matchPhrase() builds a key. (A next token that is not scored, and
        // the slot past the last token, have hash 0 here; matchPhrase() checks the state.) Tested as one
        // condition: whether a word can start a phrase varies from word to word.
        const bool mayStartPhrase =
            (info->phraseWords > 1) & static_cast<bool>((info->secondWords >> (tokenSlots[i + 1].hash & 63)) & 1);
        const int span = mayStartPhrase ? matchPhrase(s, i, info->phraseWords, &info) : 1;
        bool allCaps = token.has(Token::AllCaps);
        for (int k = 1; k < span; ++k)
            allCaps = allCaps && tokens[i + k].has(Token::AllCaps);
        const double base = info->valence; // 0 unless hasValence
        const double scalar = info->scalar;
        std::uint16_t flags = info->flags;
        if (span == 1 && token.has(Token::Apostrophe) && rules::isNegativeContraction(tokenized.key(token)))
            flags |= rules::Negation;

        const auto index = static_cast<std::uint32_t>(s.items.size());
        Item& item = s.items.emplace_back(); // filled in place, see Scanner::emitToken()
        item.gapBefore = std::max(pendingGap, token.gapBefore);
        pendingGap = Gap::None;
        clauseStart = clauseScope && item.gapBefore >= Gap::Clause ? index : clauseStart;
        item.clauseStart = clauseStart;
        item.firstToken = static_cast<std::uint32_t>(i);
        item.tokenCount = static_cast<std::uint16_t>(span);
        item.pictograph = token.kind == TokenKind::Emoji || token.kind == TokenKind::Emoticon;
        item.allCaps = allCaps;
        item.base = base;
        item.scalar = scalar;
        item.flags = flags;
        // Written without branches on the item's kind, which varies from word to word: the index is
        // stored either way and counted only for a sentiment item.
        const bool sentiment = base != 0; // Item::isSentiment()
        const bool modifies = (boosters & (scalar != 0)) | (negation & ((flags & rules::Negation) != 0));
        dualRoles = dualRoles | (sentiment & modifies);
        sentimentItems[sentimentCount] = index;
        sentimentCount += sentiment ? 1 : 0;
        const bool acts = modifies | (negation & ((flags & rules::Least) != 0));
        item.modifierInReach = (index - lastModifier <= rules::modifierReach) & (lastModifier >= clauseStart);
        lastModifier += (index - lastModifier) & -static_cast<std::int64_t>(acts); // index when it acts
        const bool contrasts = !sentiment & ((flags & rules::Contrast) != 0);
        contrast = std::min(contrast, index | (std::size_t{contrasts} - 1)); // index, or no change

        i += static_cast<std::size_t>(span);
    }
    s.sentimentCount = sentimentCount;
    if (dualRoles)
        resolveRoles(s);
    return contrast;
}

// A word that is both a sentiment term and a modifier ("super", "damn") modifies when a sentiment term
// follows within reach in its clause, and otherwise counts on its own. Decided right to left, so that
// chains resolve.
void ScorerEngine::resolveRoles(Scratch& s) const
{
    constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
    std::size_t nextSentiment = none;
    for (std::size_t j = s.items.size(); j-- > 0;) {
        Item& item = s.items[j];
        const bool modifies =
            (m_options.boosters && item.scalar != 0) || (m_options.negation && (item.flags & rules::Negation) != 0);
        if (item.isSentiment() && modifies && nextSentiment != none && nextSentiment - j <= rules::modifierReach)
            item.base = 0;
        if (item.isSentiment())
            nextSentiment = j;
        if (m_options.clauseScope && item.gapBefore >= Gap::Clause)
            nextSentiment = none;
    }
}

} // namespace seance
