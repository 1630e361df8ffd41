// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/scorer.h"

#include "models/sentiment/scoring/lexicon.h"
#include "models/sentiment/scoring/scorerengine.h"

namespace seance {

Scorer::Scorer(std::shared_ptr<const Lexicon> lexicon, ScorerOptions options)
{
    if (!lexicon)
        lexicon = Lexicon::builtIn();
    auto terms = CompiledTerms::build(*lexicon);
    m_engine = std::make_shared<const ScorerEngine>(std::move(lexicon), std::move(terms), TextMasker(), options);
}

Scorer::~Scorer() = default;
Scorer::Scorer(const Scorer&) = default;
Scorer& Scorer::operator=(const Scorer&) = default;

void Scorer::setMaskedTerms(const QStringList& terms)
{
    // A new engine rather than a mutation: ScoreFunctions handed out earlier keep the state they were
    // made with, and nothing that reads the old engine on another thread sees it change.
    m_engine = std::make_shared<const ScorerEngine>(m_engine->lexiconPointer(), m_engine->terms(), TextMasker(terms),
                                                    m_engine->options());
}

QStringList Scorer::maskedTerms() const
{
    return m_engine->masker().terms();
}

const Lexicon& Scorer::lexicon() const
{
    return m_engine->lexicon();
}

ScorerOptions Scorer::options() const
{
    return m_engine->options();
}

SentimentScore Scorer::score(std::string_view utf8) const
{
    return m_engine->score(utf8);
}

ScoreExplanation Scorer::explain(std::string_view utf8) const
{
    return m_engine->explain(utf8);
}

SentimentScore Scorer::score(std::string_view utf8, std::string_view lang) const
{
    return m_engine->score(utf8, lang);
}

ScoreExplanation Scorer::explain(std::string_view utf8, std::string_view lang) const
{
    return m_engine->explain(utf8, lang);
}

ScoreFunction Scorer::scoreFunction() const
{
    return [engine = m_engine](std::string_view text, std::string_view lang) { return engine->score(text, lang); };
}

} // namespace seance
