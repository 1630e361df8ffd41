// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string_view>
#include <type_traits>
#include <utility>

namespace seance {

struct SentimentScore
{
    double compound = 0; // -1 .. +1
    double pos = 0;
    double neu = 0;
    double neg = 0;
    bool scored = true; // false: the text is in a language or script the scorer does not cover
};

// How importers receive a scorer without depending on its construction; must be safe to call from
// several threads at once. Text is UTF-8. Called with the post's language tag ("ko", "ja-JP", "en") when
// the source gives one, and without it otherwise, when the text's dominant script decides.
//
// Made from a callable that takes (text) or (text, lang): tests and old callers that know nothing of
// languages keep passing one-argument lambdas.
class ScoreFunction
{
public:
    using Function = std::function<SentimentScore(std::string_view text, std::string_view lang)>;

    ScoreFunction() = default;
    ScoreFunction(std::nullptr_t) {}
    template <typename F, typename = std::enable_if_t<
                              !std::is_same_v<std::decay_t<F>, ScoreFunction> &&
                              (std::is_invocable_r_v<SentimentScore, F&, std::string_view, std::string_view> ||
                               std::is_invocable_r_v<SentimentScore, F&, std::string_view>)>>
    ScoreFunction(F&& f)
    {
        if constexpr (std::is_invocable_r_v<SentimentScore, F&, std::string_view, std::string_view>)
            m_function = Function(std::forward<F>(f));
        else
            m_function = [g = std::decay_t<F>(std::forward<F>(f))](std::string_view text, std::string_view) {
                return g(text);
            };
    }

    SentimentScore operator()(std::string_view text, std::string_view lang = {}) const
    {
        return m_function(text, lang);
    }
    explicit operator bool() const noexcept { return static_cast<bool>(m_function); }

private:
    Function m_function;
};

} // namespace seance
