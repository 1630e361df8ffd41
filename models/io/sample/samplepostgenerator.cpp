// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/sample/samplepostgenerator.h"

#include "models/io/sample/samplerandom.h"
#include "models/io/sample/sampletexts.h"
#include "models/sentiment/scoring/scriptdetection.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <vector>

namespace seance {
namespace {

// Relative activity by UTC hour: quiet in the European night, busiest in the American afternoon.
constexpr double hourRhythm[24] = {0.70, 0.60, 0.50, 0.42, 0.38, 0.38, 0.42, 0.50, 0.60, 0.70, 0.80, 0.88,
                                   0.95, 1.05, 1.15, 1.25, 1.30, 1.30, 1.25, 1.15, 1.05, 0.95, 0.85, 0.78};
// Monday first: weekends are quieter.
constexpr double weekdayRhythm[7] = {1.05, 1.08, 1.08, 1.06, 1.00, 0.82, 0.80};

constexpr int authorPoolSize = 640;

// Attention fades like a power law rather than an exponential, which also keeps libm out of the sample:
// 1 right after t0, a quarter after `scale` days.
double decay(qint64 elapsed, double scaleDays)
{
    if (elapsed < 0)
        return 0;
    const double x = 1.0 + static_cast<double>(elapsed) / (scaleDays * static_cast<double>(dayMs));
    return 1.0 / (x * x);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if (a % b != 0 && (a < 0) != (b < 0))
        --q;
    return q;
}

struct Draw
{
    qint64 at;
    int subject;
    int order;
};

class Generator
{
public:
    explicit Generator(const SampleGeneratorOptions& options)
        : m_options(options)
        , m_random(options.seed)
        , m_firstDay(floorDiv(options.from, dayMs))
    {
        const qint64 span = std::max<qint64>(options.to - options.from, 0);
        m_hours = static_cast<int>((span + hourMs - 1) / hourMs);
        m_days = static_cast<int>(floorDiv(options.to - 1, dayMs) - m_firstDay + 1);
        drawDailyNoise();
    }

    void run(const std::function<void(PostRecord&&)>& sink)
    {
        const std::vector<Draw> draws = drawTimes();
        int serial = 0;
        for (const Draw& draw : draws)
            sink(makePost(draw, ++serial));
    }

private:
    const SampleSubject& subject(int s) const { return m_options.subjects[s]; }
    int dayIndex(qint64 t) const { return static_cast<int>(floorDiv(t, dayMs) - m_firstDay); }

    // Per subject and day: how much busier and how much happier than usual. Drawn first, in a fixed
    // order, so the rest of the stream does not shift when the count changes.
    void drawDailyNoise()
    {
        const int n = static_cast<int>(m_options.subjects.size());
        m_volumeNoise.assign(static_cast<std::size_t>(n * m_days), 1.0);
        m_moodNoise.assign(static_cast<std::size_t>(n * m_days), 0.0);
        for (int s = 0; s < n; ++s) {
            for (int d = 0; d < m_days; ++d) {
                const auto i = static_cast<std::size_t>(s * m_days + d);
                m_volumeNoise[i] = std::max(0.3, 1.0 + 0.18 * m_random.normal());
                m_moodNoise[i] = 0.08 * m_random.normal();
            }
        }
    }

    double eventLevel(int s, qint64 t) const
    {
        const QString& id = subject(s).id;
        double level = 0;
        for (const SampleEvent& e : m_options.events) {
            if (e.subjectIds.contains(id))
                level += e.volumeBoost * decay(t - e.at, e.decayDays);
        }
        return level;
    }

    double scareLevel(int s, qint64 t) const
    {
        const SampleScare& scare = m_options.scare;
        if (scare.subjectId.isEmpty() || scare.subjectId != subject(s).id)
            return 0;
        return decay(t - scare.at, scare.decayDays);
    }

    double intensity(int s, qint64 t) const
    {
        const SampleSubject& sub = subject(s);
        if (t < sub.since)
            return 0;
        const double noise = m_volumeNoise[static_cast<std::size_t>(s * m_days + dayIndex(t))];
        // Hypothetical tokens are only talked about because of an event, and then only a little.
        const double eventScale = sub.role == SampleRole::HypotheticalToken ? 0.06 : 1.0;
        const double level = sub.baseline + eventScale * eventLevel(s, t) + 3.0 * sub.baseline * scareLevel(s, t);
        const qint64 day = floorDiv(t, dayMs);
        const int hour = static_cast<int>((t - day * dayMs) / hourMs);
        const int weekday = static_cast<int>(((day % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday
        return level * noise * hourRhythm[hour] * weekdayRhythm[weekday];
    }

    double mood(int s, qint64 t) const
    {
        static constexpr double baseMood[] = {0.05, -0.2, 0.15, 0.0, 0.3}; // by SampleRole
        const SampleSubject& sub = subject(s);
        const double noise = m_moodNoise[static_cast<std::size_t>(s * m_days + dayIndex(t))];
        double m = baseMood[static_cast<int>(sub.role)] + noise;
        for (const SampleEvent& e : m_options.events) {
            if (e.subjectIds.contains(sub.id))
                m += e.moodShift * decay(t - e.at, e.decayDays);
        }
        m -= m_options.scare.depth * scareLevel(s, t);
        return std::clamp(m, -0.95, 0.95);
    }

    // Samples the hour and subject of every post from the intensity over all (hour, subject) cells, then
    // orders the posts by time so the external ids follow the timeline.
    std::vector<Draw> drawTimes()
    {
        const int n = static_cast<int>(m_options.subjects.size());
        std::vector<double> cumulative;
        cumulative.reserve(static_cast<std::size_t>(n * m_hours));
        double total = 0;
        for (int h = 0; h < m_hours; ++h) {
            const qint64 start = m_options.from + h * hourMs;
            const qint64 length = std::min(hourMs, m_options.to - start);
            for (int s = 0; s < n; ++s) {
                total += intensity(s, start + length / 2) * static_cast<double>(length) / static_cast<double>(hourMs);
                cumulative.push_back(total);
            }
        }
        std::vector<Draw> draws;
        if (total <= 0 || m_options.count <= 0)
            return draws;
        draws.reserve(static_cast<std::size_t>(m_options.count));
        for (int i = 0; i < m_options.count; ++i) {
            const double target = m_random.uniform() * total;
            const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), target);
            const std::ptrdiff_t last = std::ssize(cumulative) - 1;
            const auto cell = static_cast<int>(std::min<std::ptrdiff_t>(it - cumulative.begin(), last));
            const qint64 start = m_options.from + (cell / n) * hourMs;
            const qint64 length = std::min(hourMs, m_options.to - start);
            draws.push_back({start + m_random.below(static_cast<int>(length)), cell % n, i});
        }
        std::sort(draws.begin(), draws.end(),
                  [](const Draw& a, const Draw& b) { return a.at != b.at ? a.at < b.at : a.order < b.order; });
        return draws;
    }

    SampleTone tone(double m)
    {
        const double r = m_random.uniform();
        if (r < 0.22)
            return SampleTone::Neutral;
        if (r < 0.34)
            return SampleTone::Mixed;
        return m_random.chance(0.5 + 0.5 * m) ? SampleTone::Positive : SampleTone::Negative;
    }

    QString name(const SampleSubject& sub)
    {
        if (sub.names.isEmpty())
            return sub.id;
        // Squaring the uniform favours the first names (the proper name and the ticker).
        const double u = m_random.uniform();
        const auto i = static_cast<qsizetype>(u * u * static_cast<double>(sub.names.size()));
        return sub.names[std::min(i, sub.names.size() - 1)];
    }

    // Engagement is heavy-tailed: a Pareto tail of index 2 for ordinary posts (it needs only a square root,
    // which IEEE rounds exactly) and of index 1 for the few that go viral.
    qint64 engagement(bool buzzing)
    {
        const double u = 1.0 - m_random.uniform(); // (0, 1]
        double e = 3.0 * (1.0 / std::sqrt(u) - 1.0);
        if (m_random.chance(buzzing ? 0.05 : 0.02))
            e += 20.0 / (1.0 - m_random.uniform());
        return std::min<qint64>(static_cast<qint64>(e), 500'000);
    }

    PostRecord makePost(const Draw& draw, int serial)
    {
        const SampleSubject& sub = subject(draw.subject);
        PostRecord post;
        post.externalId = QStringLiteral("sample-%1").arg(serial, 6, 10, QLatin1Char('0'));
        (sub.kind == SubjectKind::Token ? post.tokenId : post.narrativeId) = sub.id;
        post.postedAt = draw.at;
        post.isSample = true;

        const double u = m_random.uniform();
        post.lang = u < 0.05 ? QStringLiteral("ko") : u < 0.08 ? QStringLiteral("ja") : QStringLiteral("en");
        const double v = m_random.uniform();
        post.author = QStringLiteral("@sample_user_%1")
                          .arg(static_cast<int>(v * v * authorPoolSize), 3, 10, QLatin1Char('0'));

        SampleTextContext context;
        context.role = sub.role;
        context.tone = tone(mood(draw.subject, draw.at));
        context.name = name(sub);
        context.lang = post.lang;
        context.ghostly = std::any_of(sub.names.cbegin(), sub.names.cend(), [](const QString& n) {
            return n.contains(QLatin1String("ghost"), Qt::CaseInsensitive);
        });
        context.buzzing = eventLevel(draw.subject, draw.at) > 0.5;
        context.scared = scareLevel(draw.subject, draw.at) > 0.2;
        post.text = composeSampleText(context, m_random);
        post.engagement = engagement(context.buzzing);
        return post;
    }

    const SampleGeneratorOptions& m_options;
    SampleRandom m_random;
    qint64 m_firstDay = 0;
    int m_hours = 0;
    int m_days = 0;
    std::vector<double> m_volumeNoise;
    std::vector<double> m_moodNoise;
};

// Hangul, Kana or Han anywhere in the name (the scorer's own classification of code points).
bool writtenInCjk(const QString& name)
{
    const QList<uint> codePoints = name.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(), [](uint cp) {
        if (cp < 0x80)
            return false; // classifyCodePoint() is for non-ASCII code points
        const Script script = classifyCodePoint(char32_t(cp)).script;
        return script == Script::Hangul || script == Script::Kana || script == Script::Han;
    });
}

} // namespace

qint64 sampleWindowStart()
{
    return QDateTime(QDate(2025, 9, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

qint64 sampleWindowEnd()
{
    return QDateTime(QDate(2025, 12, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

SampleGeneratorOptions sampleOptionsFor(const QList<TokenRecord>& tokens, const QList<NarrativeRecord>& narratives,
                                        const QList<EventRecord>& events, quint64 seed)
{
    SampleGeneratorOptions options;
    options.seed = seed;
    options.from = sampleWindowStart();
    options.to = sampleWindowEnd();

    for (const TokenRecord& token : tokens) {
        SampleSubject subject;
        subject.kind = SubjectKind::Token;
        subject.id = token.id;
        subject.names = {token.name};
        if (!token.symbol.isEmpty() && token.symbol != token.name)
            subject.names.append(u'$' + token.symbol);
        // The generated lines name a token as the English-speaking crowd does, in Korean and Japanese lines
        // too ("{name} 爆上げきた"); the catalogue's Hangul and Kana aliases are for routing real posts.
        for (const QString& alias : token.aliases) {
            if (!writtenInCjk(alias))
                subject.names.append(alias);
        }
        subject.names.removeDuplicates();
        if (token.status == QLatin1String("hypothetical")) {
            subject.role = SampleRole::HypotheticalToken;
            subject.baseline = 0;
        } else if (token.tags.contains(QLatin1String("reference-meme"))) {
            subject.role = SampleRole::ReferenceToken;
            subject.baseline = 0.8;
        } else {
            subject.role = SampleRole::HypedToken;
            subject.baseline = 0.4;
        }
        options.subjects.append(subject);
    }

    // A narrative moves with the tokens it names: its keywords include one of their names or aliases.
    auto follows = [&tokens](const NarrativeRecord& narrative, const QString& tokenId) {
        for (const TokenRecord& token : tokens) {
            if (token.id != tokenId)
                continue;
            QStringList names = token.aliases;
            names << token.name << token.symbol;
            for (const QString& keyword : narrative.keywords) {
                if (names.contains(keyword, Qt::CaseInsensitive))
                    return true;
            }
        }
        return false;
    };
    for (const EventRecord& event : events) {
        if (event.occurredAt < options.from || event.occurredAt >= options.to)
            continue;
        SampleEvent e;
        e.at = event.occurredAt;
        // A post that coins a meme spreads fastest; a long podcast stirs less and fades sooner.
        if (event.kind == QLatin1String("post")) {
            e.volumeBoost = 8.0;
            e.moodShift = 0.45;
            e.decayDays = 2.5;
        } else if (event.kind == QLatin1String("podcast")) {
            e.volumeBoost = 3.0;
            e.moodShift = 0.1;
            e.decayDays = 1.5;
        } else {
            e.volumeBoost = 2.0;
            e.moodShift = 0.15;
            e.decayDays = 2.0;
        }
        if (!event.narrativeId.isEmpty())
            e.subjectIds.append(event.narrativeId);
        e.subjectIds.append(event.tokenIds);
        for (const NarrativeRecord& narrative : narratives) {
            for (const QString& tokenId : event.tokenIds) {
                if (follows(narrative, tokenId))
                    e.subjectIds.append(narrative.id);
            }
        }
        e.subjectIds.removeDuplicates();
        options.events.append(e);
    }

    for (const NarrativeRecord& narrative : narratives) {
        SampleSubject subject;
        subject.kind = SubjectKind::Narrative;
        subject.id = narrative.id;
        subject.names = {narrative.title};
        if (!narrative.keywords.isEmpty())
            subject.names.append(narrative.keywords.first());
        subject.names.removeDuplicates();
        const SampleEvent* strongest = nullptr;
        for (const SampleEvent& e : options.events) {
            if (e.subjectIds.contains(narrative.id) && (!strongest || e.volumeBoost > strongest->volumeBoost))
                strongest = &e;
        }
        subject.role = strongest ? SampleRole::HypedNarrative : SampleRole::ReferenceNarrative;
        subject.baseline = strongest ? 0.3 : 0.25;
        if (strongest)
            subject.since = strongest->at;
        options.subjects.append(subject);
    }

    const auto firstHyped = std::find_if(options.subjects.cbegin(), options.subjects.cend(),
                                         [](const SampleSubject& s) { return s.role == SampleRole::HypedToken; });
    if (firstHyped != options.subjects.cend()) {
        options.scare.subjectId = firstHyped->id;
        options.scare.at = options.from + 62 * dayMs + 15 * hourMs;
    }
    return options;
}

void generateSamplePosts(const SampleGeneratorOptions& options, const std::function<void(PostRecord&&)>& sink)
{
    if (options.subjects.isEmpty() || options.to <= options.from)
        return;
    Generator(options).run(sink);
}

QList<PostRecord> generateSamplePosts(const SampleGeneratorOptions& options)
{
    QList<PostRecord> posts;
    posts.reserve(std::max(options.count, 0));
    generateSamplePosts(options, [&posts](PostRecord&& post) { posts.append(std::move(post)); });
    return posts;
}

} // namespace seance
