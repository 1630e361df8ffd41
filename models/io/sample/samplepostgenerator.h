// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"
#include "models/time/granularity.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>

namespace seance {

// How a subject's sample chatter behaves over time. The generator only knows these roles, not the
// story behind them, so any dataset can be given sample posts.
enum class SampleRole {
    HypedToken,         // quiet, then surges after its events and decays; can carry a rug-pull scare
    HypotheticalToken,  // no posts until an event makes people talk about the idea, then a few
    ReferenceToken,     // steady volume and mildly positive mood, with day-to-day noise
    HypedNarrative,     // an idea people argue about: surges after its events
    ReferenceNarrative, // an old story people retell now and then
};

struct SampleSubject
{
    SubjectKind kind = SubjectKind::Token;
    QString id;
    QStringList names; // how posts spell it, e.g. "$GHOST", "Ghost Coin"; the first ones are used most
    SampleRole role = SampleRole::ReferenceToken;
    double baseline = 1.0; // relative everyday volume
    // No posts before this time (UTC ms): nobody talks about an idea before it is coined.
    qint64 since = std::numeric_limits<qint64>::min();
};

struct SampleEvent
{
    qint64 at = 0;            // UTC ms
    QStringList subjectIds;   // the tokens and narratives that react
    double volumeBoost = 4.0; // extra volume right after the event, in the units of SampleSubject::baseline
    double moodShift = 0.4;   // added to the mood right after the event (-1 .. +1 scale)
    double decayDays = 2.0;   // the reaction falls to a quarter after this many days (a power law)
};

// A made-up scare (a rumoured rug pull) that dips one subject's mood and briefly lifts its volume. It is
// not an event of the dataset: it exists so the charts show a dip, and the documentation says so.
struct SampleScare
{
    QString subjectId; // empty: no scare
    qint64 at = 0;
    double depth = 0.9;     // subtracted from the mood at the start
    double decayDays = 1.5; // as for SampleEvent
};

inline constexpr quint64 defaultSampleSeed = 20251001;
inline constexpr int defaultSamplePostCount = 4000;

struct SampleGeneratorOptions
{
    quint64 seed = defaultSampleSeed;
    qint64 from = 0; // UTC ms, inclusive
    qint64 to = 0;   // UTC ms, exclusive
    int count = defaultSamplePostCount;
    QList<SampleSubject> subjects;
    QList<SampleEvent> events;
    SampleScare scare;
};

// The bundled sample's window: 2025-09-01 00:00 UTC up to (not including) 2025-12-01 00:00 UTC.
qint64 sampleWindowStart();
qint64 sampleWindowEnd();

// Builds options from a dataset's records: roles from token status and tags ("hypothetical",
// "reference-meme"); narratives hyped when their events fall in the window, and silent until the strongest
// of them (the one that coined the idea); events weighted by kind; the scare on the first hyped token.
// Names come from names, symbols and aliases.
SampleGeneratorOptions sampleOptionsFor(const QList<TokenRecord>& tokens, const QList<NarrativeRecord>& narratives,
                                        const QList<EventRecord>& events, quint64 seed = defaultSampleSeed);

// Generates options.count posts in time order, with externalIds "sample-000001"..., isSample set and
// compound left empty. The same options give the same posts on every platform and standard library.
void generateSamplePosts(const SampleGeneratorOptions& options, const std::function<void(PostRecord&&)>& sink);
QList<PostRecord> generateSamplePosts(const SampleGeneratorOptions& options);

} // namespace seance
