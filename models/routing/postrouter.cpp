// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/routing/postrouter.h"

#include "models/sentiment/scoring/tokenizer.h"

#include <algorithm>

namespace seance {
namespace {

void addOnce(std::vector<int>& list, int value)
{
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

std::string_view utf8View(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

} // namespace

PostRouter::PostRouter(std::shared_ptr<const NameIndex> index, RoutingOptions options)
    : m_index(std::move(index))
    , m_options(std::move(options))
{
}

std::unique_ptr<PostRouter> PostRouter::create(std::shared_ptr<const NameIndex> index, const RoutingOptions& options,
                                               QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!index)
        index = std::make_shared<const NameIndex>();
    std::unique_ptr<PostRouter> router(new PostRouter(index, options));
    if (options.mode != RouteMode::Mentions) {
        const SubjectKind kind = options.mode == RouteMode::Token ? SubjectKind::Token : SubjectKind::Narrative;
        router->m_target = index->subjectIndex(kind, options.target);
        if (router->m_target < 0)
            return fail(kind == SubjectKind::Token
                            ? tr("there is no token \"%1\" in the workspace").arg(options.target)
                            : tr("there is no narrative \"%1\" in the workspace").arg(options.target));
    }
    if (!options.keepUnmatched.isEmpty()) {
        router->m_keep = index->subjectIndex(SubjectKind::Narrative, options.keepUnmatched);
        if (router->m_keep < 0)
            return fail(tr("there is no narrative \"%1\" to keep unmatched posts in").arg(options.keepUnmatched));
    }
    const TextMasker& masker = index->masker();
    const auto termCount = static_cast<std::size_t>(masker.terms().size());
    router->m_choiceOfTerm.assign(termCount, -1);
    router->m_fileChoiceOfTerm.assign(termCount, -1);
    for (auto it = options.ambiguityChoices.cbegin(); it != options.ambiguityChoices.cend(); ++it) {
        const int term = masker.termIndex(it.key());
        if (term < 0 || index->tokensOf(term).size() < 2)
            return fail(tr("\"%1\" is not a name that several tokens share").arg(it.key()));
        const int token = index->subjectIndex(SubjectKind::Token, it.value());
        const auto& candidates = index->tokensOf(term);
        if (std::find(candidates.begin(), candidates.end(), token) == candidates.end())
            return fail(tr("\"%1\" is not one of the tokens called \"%2\"").arg(it.value(), it.key()));
        router->m_choiceOfTerm[static_cast<std::size_t>(term)] = token;
    }
    if (!options.fileContext.isEmpty()) {
        const QByteArray file = options.fileContext.toUtf8();
        for (const int term : router->ambiguousTerms())
            router->m_fileChoiceOfTerm[static_cast<std::size_t>(term)] = router->decideByContext(term, utf8View(file));
    }
    return router;
}

std::vector<int> PostRouter::ambiguousTerms() const
{
    std::vector<int> terms;
    const auto count = static_cast<int>(m_index->masker().terms().size());
    for (int term = 0; term < count; ++term) {
        if (m_index->tokensOf(term).size() > 1)
            terms.push_back(term);
    }
    return terms;
}

void PostRouter::collect(std::string_view text, std::vector<int>& subjects, std::vector<int>* ambiguous) const
{
    const TextMasker& masker = m_index->masker();
    if (masker.empty())
        return;
    thread_local TokenizedText tokenized;
    tokenize(text, nullptr, tokenized);
    auto add = [&](int term) {
        for (const int narrative : m_index->narrativesOf(term))
            addOnce(subjects, narrative);
        const auto& tokens = m_index->tokensOf(term);
        if (tokens.size() == 1)
            addOnce(subjects, tokens.front());
        else if (tokens.size() > 1 && ambiguous)
            addOnce(*ambiguous, term);
    };
    const std::size_t count = tokenized.tokens.size();
    for (std::size_t i = 0; i < count;) {
        const Token& token = tokenized.tokens[i];
        if (token.kind == TokenKind::Url || token.kind == TokenKind::Mention) {
            ++i;
            continue;
        }
        const std::uint64_t hash = hashTerm(tokenized.key(token));
        if (const TextMasker::Match match = masker.findAt(tokenized, i, hash); match.words > 0) {
            add(match.term);
            i += static_cast<std::size_t>(match.words);
            continue;
        }
        masker.findInside(tokenized, i, add);
        ++i;
    }
}

int PostRouter::decideByContext(int term, std::string_view context) const
{
    std::vector<int> named;
    collect(context, named, nullptr);
    int decided = -1;
    for (const int candidate : m_index->tokensOf(term)) {
        if (std::find(named.begin(), named.end(), candidate) == named.end())
            continue;
        if (decided >= 0)
            return -1; // the context names two of them: it decides nothing
        decided = candidate;
    }
    return decided;
}

int PostRouter::decide(int term, const std::vector<int>& subjects, std::string_view source) const
{
    const auto& candidates = m_index->tokensOf(term);
    // The post itself names one of them unambiguously ("Ghost Coin … $GHOST").
    int named = -1;
    for (const int candidate : candidates) {
        if (std::find(subjects.begin(), subjects.end(), candidate) != subjects.end())
            named = named < 0 ? candidate : -2;
    }
    if (named != -1)
        return named == -2 ? candidates.front() : named; // both named already: nothing more to credit
    if (!source.empty()) {
        if (const int bySource = decideByContext(term, source); bySource >= 0)
            return bySource;
    }
    if (const int byFile = m_fileChoiceOfTerm[static_cast<std::size_t>(term)]; byFile >= 0)
        return byFile;
    return m_choiceOfTerm[static_cast<std::size_t>(term)];
}

void PostRouter::route(std::string_view text, std::string_view source, PostRoute& out) const
{
    out.clear();
    if (m_target >= 0) {
        out.subjects.push_back(m_target);
        return;
    }
    std::vector<int>& ambiguous = out.ambiguousTerms;
    collect(text, out.subjects, &ambiguous);
    if (!ambiguous.empty()) {
        std::size_t kept = 0;
        for (const int term : ambiguous) {
            const int token = decide(term, out.subjects, source);
            if (token >= 0)
                addOnce(out.subjects, token);
            else
                ambiguous[kept++] = term;
        }
        ambiguous.resize(kept);
    }
    if (out.subjects.empty()) {
        out.unmatched = ambiguous.empty();
        if (m_keep >= 0) {
            out.subjects.push_back(m_keep);
            out.kept = true;
        }
    }
}

} // namespace seance
