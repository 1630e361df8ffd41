// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Korean and Japanese words the rules act on, written for Seance. Only the step sizes come from the
// VADER paper (rulewords.h).
#include "models/sentiment/scoring/cjkrulewords.h"

#include "models/sentiment/scoring/rulewords.h"

namespace seance::cjk {
namespace {

constexpr double up = rules::boosterStep;
constexpr double down = -rules::boosterStep;
constexpr double slightlyUp = rules::boosterStep / 2;

constexpr RuleWord korean[] = {
    // intensifiers
    {"너무", up},
    {"넘", up},
    {"너무너무", up},
    {"넘나", up},
    {"진짜", up},
    {"진짜로", up},
    {"찐", up},
    {"정말", up},
    {"정말로", up},
    {"완전", up},
    {"엄청", up},
    {"엄청나게", up},
    {"매우", up},
    {"아주", up},
    {"되게", up},
    {"졸라", up},
    {"존나", up},
    {"존내", up},
    {"겁나", up},
    {"굉장히", up},
    {"몹시", up},
    {"무척", up},
    {"가장", up},
    {"제일", up},
    {"훨씬", up},
    {"더욱", up},
    {"대단히", up},
    {"상당히", up},
    {"레알", up},
    {"리얼", up},
    {"진심", up},
    {"특히", slightlyUp},
    {"꽤", slightlyUp},
    {"참", slightlyUp},
    {"더럽게", up},
    {"ㄹㅇ", up},
    {"ㅈㄴ", up},
    // intensifiers written onto the word they strengthen: 개좋다, 존잼, 핵노잼
    {"개", up, Glued | WordStart},
    {"존", up, Glued | WordStart},
    {"핵", up, Glued | WordStart},
    {"킹", up, Glued | WordStart},
    {"개존", up, Glued | WordStart},
    {"극", up, Glued | WordStart},
    // softeners
    {"좀", down},
    {"조금", down},
    {"약간", down},
    {"살짝", down},
    {"다소", down},
    {"그나마", down},
    {"그럭저럭", down},
    {"나름", down},
    {"그냥", down},
    // negation before the predicate: 안 좋다, 못 믿겠다
    {"안", 0, PreNegation | WordStart},
    {"못", 0, PreNegation | WordStart},
    // negation after it: 좋지 않다, 좋지 못하다, 재미 없다, 좋은 게 아니다
    {"않", 0, PostNegation},
    {"없", 0, PostNegation},
    {"못하", 0, PostNegation},
    {"못해", 0, PostNegation},
    {"못했", 0, PostNegation},
    {"못한", 0, PostNegation},
    {"못함", 0, PostNegation},
    {"아니", 0, PostNegation | Copula},
    {"아닌", 0, PostNegation | Copula},
    {"아님", 0, PostNegation | Copula},
    {"아냐", 0, PostNegation | Copula},
    {"아닙", 0, PostNegation | Copula},
    // contrast
    {"하지만", 0, Contrast},
    {"지만", 0, Contrast},
    {"근데", 0, Contrast},
    {"그런데", 0, Contrast},
    {"그러나", 0, Contrast},
    {"그렇지만", 0, Contrast},
    {"그래도", 0, Contrast},
    // laughter
    {"ㅋ", 0, Laughter},
    {"ㅋㅋ", 0, Laughter},
    {"ㅎ", 0, Laughter},
    {"ㅎㅎ", 0, Laughter},
    {"크크", 0, Laughter},
    {"킥킥", 0, Laughter},
    {"하하", 0, Laughter},
    {"하하하", 0, Laughter},
    {"호호", 0, Laughter},
    {"히히", 0, Laughter},
    {"헤헤", 0, Laughter},
    {"낄낄", 0, Laughter},
};

constexpr RuleWord japanese[] = {
    // intensifiers
    {"めっちゃ", up},
    {"めちゃ", up},
    {"めちゃくちゃ", up},
    {"めちゃめちゃ", up},
    {"メチャクチャ", up},
    {"超", up},
    {"マジ", up},
    {"まじ", up},
    {"マジで", up},
    {"まじで", up},
    {"すごく", up},
    {"すっごく", up},
    {"とても", up},
    {"とっても", up},
    {"本当に", up},
    {"ほんとに", up},
    {"ほんと", up},
    {"本当", up},
    {"非常に", up},
    {"かなり", up},
    {"大変", up},
    {"最も", up},
    {"一番", up},
    {"極めて", up},
    {"激", up},
    {"鬼", up},
    {"ガチ", up},
    {"ガチで", up},
    {"完全に", up},
    {"絶対", up},
    {"絶対に", up},
    {"めっさ", up},
    {"くっそ", up},
    {"相当", up},
    {"死ぬほど", up},
    {"ばり", up},
    {"バリ", up},
    {"クソ", up},
    {"くそ", up},
    {"結構", slightlyUp},
    // softeners
    {"ちょっと", down},
    {"ちょい", down},
    {"少し", down},
    {"すこし", down},
    {"やや", down},
    {"多少", down},
    {"若干", down},
    {"まあ", down},
    {"まぁ", down},
    {"あまり", down},
    {"あんまり", down},
    // negation after the word: 良くない, 好きじゃない, 儲かりません, 儲からず
    {"ない", 0, PostNegation},
    {"なかった", 0, PostNegation},
    {"なかっ", 0, PostNegation},
    {"なく", 0, PostNegation},
    {"なくて", 0, PostNegation},
    {"ません", 0, PostNegation},
    {"ませんでした", 0, PostNegation},
    {"ず", 0, PostNegation},
    {"じゃない", 0, PostNegation},
    {"ではない", 0, PostNegation},
    {"じゃなかった", 0, PostNegation},
    // contrast
    {"けど", 0, Contrast},
    {"けれど", 0, Contrast},
    {"けれども", 0, Contrast},
    {"だけど", 0, Contrast},
    {"でも", 0, Contrast},
    {"しかし", 0, Contrast},
    {"だが", 0, Contrast},
    {"ですが", 0, Contrast},
    // laughter
    {"w", 0, Laughter},
    {"ww", 0, Laughter},
    {"草", 0, Laughter},
    {"大草原", 0, Laughter},
    {"草生える", 0, Laughter},
    {"草不可避", 0, Laughter},
    {"笑", 0, Laughter},
    {"(笑)", 0, Laughter},
    {"ワロタ", 0, Laughter},
    {"ワロス", 0, Laughter},
};

} // namespace

std::span<const RuleWord> ruleWords(ScoringLanguage language)
{
    switch (language) {
    case ScoringLanguage::Korean:
        return korean;
    case ScoringLanguage::Japanese:
        return japanese;
    default:
        return {};
    }
}

} // namespace seance::cjk
