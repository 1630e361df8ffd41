// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchrandom.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace seance::bench {

// Korean and Japanese posts of about 60 characters for the scorer's speed bench: plain words, sentiment
// words and slang, rule words (negation, intensifiers, laughter) and emoji, drawn by a fixed seed.
inline std::vector<std::string> generateCjkPosts(bool korean, int count)
{
    static constexpr std::array<std::string_view, 24> koPlain = {
        "오늘",   "코인",   "차트",   "커뮤니티", "가격이", "지갑",   "거래소", "토큰이",
        "진짜로", "이번에", "다들",   "그냥",     "상장",   "개발자", "물량",   "시장",
        "보니까", "하는데", "있어요", "같아요",   "뉴스",   "소식",   "유령",   "사람들"};
    static constexpr std::array<std::string_view, 20> koSentiment = {
        "좋네요", "최고",   "떡상",     "가즈아",   "존버", "물렸다", "손절",   "상폐", "스캠", "러그풀",
        "재밌다", "무섭다", "행복해요", "실망했다", "익절", "펌핑",   "개좋다", "최악", "대박", "짜증나"};
    static constexpr std::array<std::string_view, 8> koRules = {"너무",   "안",   "않다",   "없다",
                                                                "하지만", "완전", "ㅋㅋㅋ", "ㅠㅠ"};
    static constexpr std::array<std::string_view, 16> jaPlain = {
        "今日は",   "コインの", "チャートが", "みんな", "価格",     "取引所で", "トークンを", "また",
        "ホルダー", "開発者",   "ニュース",   "相場は", "ところで", "なんか",   "って感じ",   "ですね"};
    static constexpr std::array<std::string_view, 20> jaSentiment = {
        "爆上げ", "最高", "爆益",     "暴落",   "含み損", "ガチホ", "養分", "億り人",   "ナンピン",     "損切り",
        "利確",   "詐欺", "草コイン", "嬉しい", "悲しい", "楽しい", "最悪", "良くない", "好きじゃない", "月まで"};
    static constexpr std::array<std::string_view, 8> jaRules = {"めっちゃ", "超", "マジで", "けど",
                                                                "www",      "草", "すごく", "ない"};
    static constexpr std::array<std::string_view, 6> emoji = {"🚀", "🔥", "💎", "😭", "👻", "📉"};

    BenchRandom random(korean ? 20260202 : 20260303);
    std::vector<std::string> posts;
    posts.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        std::string post;
        int characters = 0;
        while (characters < 60) {
            const std::size_t roll = random.below(100);
            std::string_view word;
            if (korean)
                word = roll < 50   ? koPlain[random.below(koPlain.size())]
                       : roll < 80 ? koSentiment[random.below(koSentiment.size())]
                       : roll < 94 ? koRules[random.below(koRules.size())]
                                   : emoji[random.below(emoji.size())];
            else
                word = roll < 50   ? jaPlain[random.below(jaPlain.size())]
                       : roll < 80 ? jaSentiment[random.below(jaSentiment.size())]
                       : roll < 94 ? jaRules[random.below(jaRules.size())]
                                   : emoji[random.below(emoji.size())];
            if (korean && !post.empty()) {
                post.push_back(' ');
                ++characters;
            }
            post += word;
            for (const char c : word)
                characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
            if (random.below(10) == 0) {
                post += korean ? "!" : "！";
                ++characters;
            }
        }
        posts.push_back(std::move(post));
    }
    return posts;
}

} // namespace seance::bench
