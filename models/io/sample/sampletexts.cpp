// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/sample/sampletexts.h"

#include "models/io/sample/samplerandom.h"

#include <span>

namespace seance {
namespace {

// The templates are invented for the sample; "{name}" is replaced by one of the subject's names, which
// is why so many of them contain words like "ghost" that a naive scorer would read as sentiment.
using Pool = std::span<const char* const>;

constexpr const char* tokenPositive[] = {
    "{name} to the moon 🚀🚀",
    "diamond hands on {name} 💎🙌",
    "{name} looking strong today, wagmi",
    "just bought more {name}. love this community",
    "{name} is not dead, it's just getting started",
    "not selling my {name}, best hold I have",
    "{name} chart is beautiful ngl",
    "HUGE day for {name}!!!",
    "bullish on {name}, easy",
    "{name} holders are the nicest people in crypto 🙌",
    "can't stop smiling at my {name} bag 🚀",
    "{name} pumping and I'm so happy",
};
constexpr const char* tokenNegative[] = {
    "{name} is a rug pull waiting to happen 🚩",
    "sold my {name}. ngmi",
    "{name} dead cat bounce, don't fall for it 💀",
    "this {name} chart is ugly",
    "not bullish on {name} at all",
    "{name} is a scam, stay away 🚩",
    "lost so much on {name}, terrible entry",
    "{name} holders are coping hard 💀",
    "I don't trust {name}, too many red flags 🚩",
    "{name} down again. this is painful",
    "WORST trade of my life: {name}",
};
constexpr const char* tokenNeutral[] = {
    "anyone tracking {name} volume today?",
    "what's the supply of {name}?",
    "where do people trade {name}?",
    "reading the {name} docs tonight",
    "{name} thread below 👇",
    "who's the team behind {name}?",
    "{name} price check",
    "adding {name} to my watchlist",
};
constexpr const char* tokenMixed[] = {
    "{name} looks good but the volume is weak",
    "not a fan of the hype, but {name} has a great community",
    "{name} is overhyped but I'm holding anyway 💎",
    "love the {name} memes, but the chart is scary",
    "{name} dipped, but diamond hands 💎🙌",
    "{name} pumped but this feels like a dead cat bounce",
};
constexpr const char* ghostBuzzPositive[] = {
    "Karpathy says we're summoning ghosts and {name} holders took it personally 👻🚀",
    "{name} haunting my portfolio in the best way 👻",
    "ghosts not animals. {name} not dogs. wagmi 👻",
    "spooky season came early for {name} 👻🚀",
    "the ghost thread was great and {name} is flying!!!",
};
constexpr const char* ghostBuzzNegative[] = {
    "{name} pumping on an AI analogy. this market is a joke 💀",
    "Karpathy wasn't talking about {name}, calm down 🚩",
    "ghost-themed coins riding a podcast quote... ngmi",
    "{name} holders didn't even read the ghost thread",
};
constexpr const char* scareNegative[] = {
    "is {name} a rug pull?? 🚩🚩",
    "rug pull rumours on {name}, be careful",
    "{name} liquidity looks thin, I'm scared",
    "everyone screaming rug on {name} 💀",
    "getting out of {name} before it's too late 🚩",
};
constexpr const char* scarePositive[] = {
    "{name} rug pull FUD again. diamond hands 💎🙌",
    "not worried about the {name} rumours, still holding",
};
constexpr const char* hypotheticalPositive[] = {
    "a {name} token would be the funniest thing this cycle 😂",
    "honestly I'd buy {name} if it existed",
    "{name} is such a good meme name, someone launch it 🚀",
};
constexpr const char* hypotheticalNegative[] = {
    "{name} doesn't exist. anything called {name} is a scam 🚩",
    "if you see a {name} token, it's not real. don't buy",
    "people asking where to buy {name}... it's hypothetical 💀",
};
constexpr const char* hypotheticalNeutral[] = {
    "is {name} a real token or just an article's idea?",
    "the article imagined {name} on Solana or Ethereum",
    "has anyone actually launched {name}?",
};
constexpr const char* hypotheticalMixed[] = {
    "{name} is a fun idea but it's not a real token",
    "would love a {name} meme coin, but no contract means no buy",
};
constexpr const char* ideaPositive[] = {
    "{name} is the most interesting story this month",
    "love the {name} discussion today, so good",
    "this {name} thread is brilliant 🙌",
    "everyone is talking about {name} and I'm here for it",
};
constexpr const char* ideaNegative[] = {
    "{name} is just marketing, not insight",
    "I'm tired of {name} takes. enough",
    "{name} discourse is ruining my timeline 💀",
    "not convinced by {name} at all",
};
constexpr const char* ideaNeutral[] = {
    "catching up on the {name} debate",
    "{name}: what's the actual argument?",
    "bookmarking this {name} thread",
};
constexpr const char* ideaMixed[] = {
    "{name} is a neat metaphor, but it doesn't prove much",
    "not sure about {name}, but it's a fun story",
};
constexpr const char* ghostIdeaPositive[] = {
    "we're not building animals, we're summoning ghosts. what a line 👻",
    "ghosts are to animals as planes are to birds. perfect analogy",
    "Casper, ghost in the machine, LLMs... the metaphor writes itself 👻",
    "Sutton wants animals, Karpathy says ghosts. great debate, honestly",
};
constexpr const char* ghostIdeaNegative[] = {
    "the ghost analogy is clever but LLMs are still a dead end imo",
    "summoning ghosts? more like summoning hype 💀",
    "sorry but 'ghosts not animals' explains nothing",
};
constexpr const char* historyPositive[] = {
    "the {name} story never gets old",
    "{name} is still the best story in crypto",
    "remember when {name} was just a joke? legendary 🙌",
};
constexpr const char* historyNegative[] = {
    "{name} nostalgia won't save your bags 💀",
    "tired of hearing about {name}, it's old news",
};
constexpr const char* historyNeutral[] = {
    "reading about {name} again",
    "TIL the details of {name}",
    "{name} thread for newcomers 👇",
};
constexpr const char* historyMixed[] = {
    "{name} is a great story but a lot of people lost money",
};
// Korean and Japanese posts stay unscored; they are here so the UI has to count them.
struct ForeignPools
{
    Pool token;
    Pool tokenGhost; // ghost-themed tokens, any time
    Pool tokenBuzz;  // ghost-themed tokens right after the thread
    Pool hypothetical;
    Pool narrative;
    Pool narrativeBuzz;
};
constexpr const char* koToken[] = {
    "{name} 오늘 분위기 좋다 🚀", "{name} 가즈아!!", "{name} 러그풀 아니냐? 조심하세요 🚩",
    "{name} 존버합니다 💎🙌", "{name} 차트 보기 무섭다", "{name} 커뮤니티 재밌네",
};
constexpr const char* koTokenGhost[] = {"유령 코인 또 나왔네... {name} 괜찮을까"};
constexpr const char* koTokenBuzz[] = {"카파시가 유령 얘기하니까 {name} 펌핑 ㅋㅋ 👻"};
constexpr const char* koHypothetical[] = {
    "{name} 진짜 있는 토큰이야?", "{name} 사지 마세요, 실제로 없는 토큰이에요 🚩", "{name} 나오면 웃기겠다 ㅋㅋ",
};
constexpr const char* koNarrative[] = {"{name} 이야기 재밌네", "또 {name} 얘기네 ㅋㅋ", "{name} 정리 스레드 👇"};
constexpr const char* koNarrativeBuzz[] = {
    "카파시의 유령 비유 진짜 공감된다 👻", "동물이 아니라 유령을 소환한다니... 멋진 표현",
};
constexpr const char* jaToken[] = {
    "{name} 爆上げきた🚀", "{name} はガチホ💎🙌", "{name} のチャート怖い", "{name} ラグプルじゃないよね？🚩",
};
constexpr const char* jaTokenGhost[] = {"また幽霊コイン…{name} 大丈夫かな"};
constexpr const char* jaTokenBuzz[] = {"カルパシーの「幽霊」発言で {name} が話題に👻"};
constexpr const char* jaHypothetical[] = {
    "{name} って実在するの？", "{name} は実在しないトークン。買わないで🚩", "{name} が出たら笑う",
};
constexpr const char* jaNarrative[] = {"{name} の話、面白い", "また {name} の話題か", "{name} まとめ👇"};
constexpr const char* jaNarrativeBuzz[] = {
    "カルパシーの「幽霊」の例え、わかりやすい👻", "動物じゃなくて幽霊を召喚、って表現がいい",
};
constexpr ForeignPools korean = {koToken, koTokenGhost, koTokenBuzz, koHypothetical, koNarrative, koNarrativeBuzz};
constexpr ForeignPools japanese = {jaToken, jaTokenGhost, jaTokenBuzz, jaHypothetical, jaNarrative, jaNarrativeBuzz};

const char* pick(Pool pool, SampleRandom& random)
{
    return pool[static_cast<std::size_t>(random.below(static_cast<int>(pool.size())))];
}

Pool tonePool(SampleTone tone, Pool positive, Pool negative, Pool neutral, Pool mixed)
{
    switch (tone) {
    case SampleTone::Positive:
        return positive;
    case SampleTone::Negative:
        return negative;
    case SampleTone::Neutral:
        return neutral;
    case SampleTone::Mixed:
        return mixed;
    }
    return neutral;
}

const char* englishTemplate(const SampleTextContext& c, SampleRandom& random)
{
    const bool polar = c.tone == SampleTone::Positive || c.tone == SampleTone::Negative;
    const bool positive = c.tone == SampleTone::Positive;
    switch (c.role) {
    case SampleRole::HypotheticalToken:
        return pick(
            tonePool(c.tone, hypotheticalPositive, hypotheticalNegative, hypotheticalNeutral, hypotheticalMixed), random);
    case SampleRole::HypedNarrative:
    case SampleRole::ReferenceNarrative:
        if (c.ghostly && c.buzzing && polar && random.chance(0.5))
            return pick(positive ? Pool(ghostIdeaPositive) : Pool(ghostIdeaNegative), random);
        if (c.role == SampleRole::HypedNarrative)
            return pick(tonePool(c.tone, ideaPositive, ideaNegative, ideaNeutral, ideaMixed), random);
        return pick(tonePool(c.tone, historyPositive, historyNegative, historyNeutral, historyMixed), random);
    case SampleRole::HypedToken:
    case SampleRole::ReferenceToken:
        break;
    }
    if (c.scared && polar && random.chance(0.7))
        return pick(positive ? Pool(scarePositive) : Pool(scareNegative), random);
    if (c.ghostly && c.buzzing && polar && random.chance(0.4))
        return pick(positive ? Pool(ghostBuzzPositive) : Pool(ghostBuzzNegative), random);
    return pick(tonePool(c.tone, tokenPositive, tokenNegative, tokenNeutral, tokenMixed), random);
}

const char* foreignTemplate(const SampleTextContext& c, const ForeignPools& pools, SampleRandom& random)
{
    const bool buzz = c.ghostly && c.buzzing && random.chance(0.4);
    switch (c.role) {
    case SampleRole::HypotheticalToken:
        return pick(pools.hypothetical, random);
    case SampleRole::HypedNarrative:
    case SampleRole::ReferenceNarrative:
        return pick(buzz ? pools.narrativeBuzz : pools.narrative, random);
    case SampleRole::HypedToken:
    case SampleRole::ReferenceToken:
        break;
    }
    if (buzz)
        return pick(pools.tokenBuzz, random);
    return pick(c.ghostly && random.chance(0.2) ? pools.tokenGhost : pools.token, random);
}

// Slang tails, emphasis and capitals, as real posts carry them.
QString decorate(QString text, const SampleTextContext& c, SampleRandom& random)
{
    if (c.tone == SampleTone::Positive && random.chance(0.2)) {
        constexpr const char* tails[] = {" wagmi", " 🚀", " 💎🙌", " LFG 🚀", " to the moon"};
        text += QString::fromUtf8(pick(tails, random));
    } else if (c.tone == SampleTone::Negative && random.chance(0.2)) {
        constexpr const char* tails[] = {" ngmi", " 🚩", " 💀", " rug pull vibes"};
        text += QString::fromUtf8(pick(tails, random));
    }
    if (c.ghostly && random.chance(0.15))
        text += QStringLiteral(" 👻");
    if (c.tone != SampleTone::Neutral && random.chance(0.08))
        text += QStringLiteral("!!!");
    if (random.chance(0.04))
        text = text.toUpper();
    return text;
}

} // namespace

QString composeSampleText(const SampleTextContext& context, SampleRandom& random)
{
    const char* pattern = nullptr;
    if (context.lang == QLatin1String("ko") || context.lang == QLatin1String("ja"))
        pattern = foreignTemplate(context, context.lang == QLatin1String("ko") ? korean : japanese, random);
    else
        pattern = englishTemplate(context, random);

    // Capitals on the name alone: a scorer must mask it, or it would count as emphasis.
    const QString name = random.chance(0.06) ? context.name.toUpper() : context.name;
    QString text = QString::fromUtf8(pattern);
    text.replace(QLatin1String("{name}"), name);
    if (context.lang == QLatin1String("en"))
        text = decorate(std::move(text), context, random);
    return text;
}

} // namespace seance
