// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/routing/routingoptions.h"
#include "models/sentiment/scoring/nameindex.h"

#include <QCoreApplication>

#include <memory>
#include <string_view>
#include <vector>

namespace seance {

// Where one post goes. Reused from post to post, so routing allocates only while the vectors grow.
struct PostRoute
{
    std::vector<int> subjects;       // NameIndex::subjects() indices, each once, in order of first mention
    std::vector<int> ambiguousTerms; // terms naming several tokens that nothing decided; not credited
    bool unmatched = false;          // named nothing (ambiguous names aside)
    bool kept = false;               // had no subject and went to the keep-unmatched narrative

    void clear()
    {
        subjects.clear();
        ambiguousTerms.clear();
        unmatched = false;
        kept = false;
    }
    bool ambiguous() const { return !ambiguousTerms.empty(); }
};

// Routes posts to tokens and narratives by what they mention: a cashtag ($GHOST), the symbol as a whole
// word, a name or alias as whole words in any case (see TextMasker), or a narrative keyword.
// A name that fits several tokens (two tokens share the ticker GHOST) is credited to neither unless
// something decides, in this order: another mention in the same post that names one of them ("Ghost Coin
// … $GHOST"), the post's chat or subreddit ("IC GHOST Army"), the file's name, the user's choice.
// route() is const and thread-safe.
class PostRouter
{
    Q_DECLARE_TR_FUNCTIONS(seance::PostRouter)
public:
    // Checks that the ids in options exist; on failure returns null with error set.
    static std::unique_ptr<PostRouter> create(std::shared_ptr<const NameIndex> index, const RoutingOptions& options,
                                              QString* error);

    void route(std::string_view text, std::string_view source, PostRoute& out) const;

    const NameIndex& index() const { return *m_index; }
    const RoutingOptions& options() const { return m_options; }
    // The terms of the index that name several tokens, with their candidate tokens.
    std::vector<int> ambiguousTerms() const;

private:
    PostRouter(std::shared_ptr<const NameIndex> index, RoutingOptions options);

    // Adds the subjects text names to subjects; names of several tokens go to ambiguous instead.
    void collect(std::string_view text, std::vector<int>& subjects, std::vector<int>* ambiguous) const;
    int decide(int term, const std::vector<int>& subjects, std::string_view source) const;
    int decideByContext(int term, std::string_view context) const;

    std::shared_ptr<const NameIndex> m_index;
    RoutingOptions m_options;
    int m_target = -1;                   // Token / Narrative mode
    int m_keep = -1;                     // keep-unmatched narrative
    std::vector<int> m_choiceOfTerm;     // per term: the chosen token subject, or -1
    std::vector<int> m_fileChoiceOfTerm; // per term: the token the file name decides, or -1
};

} // namespace seance
