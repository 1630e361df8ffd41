// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/json/jsonrecordparser.h"

#include "models/io/json/jsonfieldreader.h"

#include <QCoreApplication>
#include <QHash>

namespace seance::dataset {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct DatasetReaderText
{
    Q_DECLARE_TR_FUNCTIONS(seance::DatasetReader)
};

bool isDecimal(const QString& text)
{
    // Digits with at most one inner point: exact, and never a float's rounding of a 1e15-sized supply.
    qsizetype digits = 0;
    bool point = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.') && !point && digits > 0 && i + 1 < text.size()) {
            point = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        ++digits;
    }
    return digits > 0;
}

bool isColor(const QString& text)
{
    if (text.size() != 7 || text.at(0) != QLatin1Char('#'))
        return false;
    for (qsizetype i = 1; i < 7; ++i) {
        const char16_t c = text.at(i).unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

} // namespace

QString describeValue(const Json& value)
{
    const std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
    constexpr std::size_t limit = 60;
    if (text.size() <= limit)
        return fromUtf8(text);
    // Cut at a UTF-8 character boundary.
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return fromUtf8(text.substr(0, cut)) + QStringLiteral("…");
}

bool parseToken(const Json& object, TokenRecord* t, FieldError* error)
{
    JsonFieldReader f(object, {}, error);
    if (!f.allowOnly({"id", "name", "symbol", "chain", "address", "address_kind", "status", "tagline", "description",
                      "launched_at", "total_supply", "supply_note", "tags", "aliases", "links", "sources",
                      "coingecko_id"}) ||
        !f.string("id", &t->id, true) || !f.string("name", &t->name, true) || !f.string("symbol", &t->symbol, true) ||
        !f.string("chain", &t->chain, true) || !f.string("address", &t->address, false) ||
        !f.oneOf("address_kind", &t->addressKind, {"issuer", "contract", "canister", "native"}))
        return false;
    // An absent status is not known to be live: the format never guesses.
    t->status = QStringLiteral("unknown");
    if (!f.oneOf("status", &t->status, {"live", "hypothetical", "defunct", "unknown"}))
        return false;
    if (t->status.isEmpty())
        t->status = QStringLiteral("unknown");
    if (!f.string("tagline", &t->tagline, false) || !f.string("description", &t->description, false) ||
        !f.time("launched_at", &t->launchedAt, TimeKind::Instant, false) ||
        !f.string("supply_note", &t->supplyNote, false) || !f.stringList("tags", &t->tags, true) ||
        !f.stringList("aliases", &t->aliases, false) || !f.links("links", &t->links) ||
        !f.links("sources", &t->sources) || !f.string("coingecko_id", &t->coingeckoId, false))
        return false;
    if (const Json* supply = f.value("total_supply")) {
        if (!supply->is_string())
            return f.fail("total_supply",
                          DatasetReaderText::tr("expected a decimal string such as \"10000000000\" (a JSON number "
                                                "would lose digits), got %1")
                              .arg(jsonTypeName(*supply)));
        t->totalSupply = fromUtf8(supply->get_ref<const std::string&>());
        if (!t->totalSupply.isEmpty() && !isDecimal(t->totalSupply))
            return f.fail("total_supply",
                          DatasetReaderText::tr("%1 is not a decimal number").arg(describeValue(*supply)));
    }
    return true;
}

bool parseNarrative(const Json& object, NarrativeRecord* n, FieldError* error)
{
    JsonFieldReader f(object, {}, error);
    if (!f.allowOnly({"id", "title", "summary", "color", "keywords", "sources"}) || !f.string("id", &n->id, true)
        || !f.string("title", &n->title, true) || !f.string("summary", &n->summary, false)
        || !f.string("color", &n->color, false) || !f.stringList("keywords", &n->keywords, false)
        || !f.links("sources", &n->sources))
        return false;
    if (!n->color.isEmpty() && !isColor(n->color))
        return f.fail("color",
                      DatasetReaderText::tr("%1 is not a color #rrggbb").arg(describeValue(*f.value("color"))));
    return true;
}

bool parseEvent(const Json& object, EventRecord* e, FieldError* error)
{
    JsonFieldReader f(object, {}, error);
    if (!f.allowOnly({"id", "narrative", "date", "time", "title", "kind", "description", "sources", "tokens"})
        || !f.string("id", &e->id, true) || !f.string("narrative", &e->narrativeId, false))
        return false;
    std::optional<qint64> at;
    if (f.value("date") && f.value("time"))
        return f.fail("time", DatasetReaderText::tr("give either date or time, not both"));
    if (f.value("date") ? !f.time("date", &at, TimeKind::Date, true) : !f.time("time", &at, TimeKind::Instant, false))
        return false;
    if (!at)
        return f.fail("date", DatasetReaderText::tr("required field is missing (give date or time)"));
    e->occurredAt = *at;
    return f.string("title", &e->title, true) && f.string("kind", &e->kind, false)
        && f.string("description", &e->description, false) && f.links("sources", &e->sources)
        && f.stringList("tokens", &e->tokenIds, true);
}

namespace {

// A post about several tokens lists them all in "tokens" (the first is the one in "token"): the first becomes
// *first when "token" is absent, the others *more. Same for narratives.
bool subjectList(JsonFieldReader& f, const char* listName, const char* singleName, QString* first, QStringList* more)
{
    QStringList all;
    if (!f.stringList(listName, &all, true))
        return false;
    if (!f.value(listName))
        return true;
    if (all.isEmpty())
        return f.fail(listName, DatasetReaderText::tr("must not be empty; leave it out instead"));
    if (first->isEmpty())
        *first = all.front();
    else if (*first != all.front())
        return f.fail(listName, DatasetReaderText::tr("must start with the %1 given in \"%2\" (%3)")
                                    .arg(QLatin1String(singleName), QLatin1String(singleName), *first));
    *more = all.mid(1);
    return true;
}

} // namespace

bool parsePost(const Json& object, DatasetPost* record, FieldError* error)
{
    PostRecord* p = &record->post;
    JsonFieldReader f(object, {}, error);
    std::optional<qint64> at;
    if (!f.allowOnly({"id", "token", "tokens", "narrative", "narratives", "time", "author", "lang", "text",
                      "engagement", "compound", "pos", "neu", "neg", "sample"}) ||
        !f.string("id", &p->externalId, false) || !f.string("token", &p->tokenId, false) ||
        !f.string("narrative", &p->narrativeId, false) ||
        !subjectList(f, "tokens", "token", &p->tokenId, &record->moreTokenIds) ||
        !subjectList(f, "narratives", "narrative", &p->narrativeId, &record->moreNarrativeIds) ||
        !f.time("time", &at, TimeKind::Instant, true) || !f.string("author", &p->author, false) ||
        !f.string("lang", &p->lang, false) || !f.string("text", &p->text, true) ||
        !f.integer("engagement", &p->engagement) || !f.boolean("sample", &p->isSample))
        return false;
    p->postedAt = *at;
    if (p->tokenId.isEmpty() && p->narrativeId.isEmpty())
        return f.fail("token", DatasetReaderText::tr("a post needs a token, a narrative or both"));
    if (p->engagement < 0)
        return f.fail("engagement", DatasetReaderText::tr("must not be negative"));
    if (f.value("text")->get_ref<const std::string&>().size() > std::size_t(maxPostTextBytes))
        return f.fail("text", DatasetReaderText::tr("is longer than %1 KiB").arg(maxPostTextBytes / 1024));

    std::optional<double> pos, neu, neg;
    if (!f.number("compound", &p->compound, -1, 1) || !f.number("pos", &pos, 0, 1) || !f.number("neu", &neu, 0, 1)
        || !f.number("neg", &neg, 0, 1))
        return false;
    // The four scores travel together: a compound without its parts, or parts without a compound, would need
    // a guess to fill in.
    const bool parts = pos && neu && neg;
    if (p->compound && !parts)
        return f.fail(!pos ? "pos" : !neu ? "neu" : "neg", DatasetReaderText::tr("required when compound is given"));
    if (!p->compound && (pos || neu || neg))
        return f.fail("compound", DatasetReaderText::tr("required when pos, neu or neg is given"));
    if (parts) {
        p->pos = *pos;
        p->neu = *neu;
        p->neg = *neg;
    }
    return true;
}

bool parseSeries(const Json& object, SeriesRecord* s, FieldError* error)
{
    JsonFieldReader f(object, {}, error);
    if (!f.allowOnly({"id", "token", "narrative", "metric", "source", "unit", "points"}) ||
        !f.string("id", &s->id, true) || !f.string("unit", &s->unit, false) || !f.string("token", &s->tokenId, false) ||
        !f.string("narrative", &s->narrativeId, false) || !f.string("metric", &s->metric, true) ||
        !f.string("source", &s->source, false))
        return false;
    const Json* points = f.value("points");
    if (!points)
        return true;
    if (!points->is_array())
        return f.wrongType("points", DatasetReaderText::tr("an array of [time, value] pairs"), *points);
    QHash<qint64, std::size_t> seen;
    s->points.reserve(static_cast<qsizetype>(points->size()));
    for (std::size_t i = 0; i < points->size(); ++i) {
        const QString field = QStringLiteral("points[%1]").arg(i);
        const Json& pair = (*points)[i];
        if (!pair.is_array() || pair.size() != 2)
            return f.fail(field,
                          DatasetReaderText::tr("expected a [time, value] pair, got %1").arg(describeValue(pair)));
        const std::optional<qint64> t = f.parseTime(field + QStringLiteral("[0]"), pair[0], TimeKind::Instant);
        if (!t)
            return false;
        if (!pair[1].is_number())
            return f.fail(field + QStringLiteral("[1]"),
                          DatasetReaderText::tr("expected a number, got %1").arg(jsonTypeName(pair[1])));
        if (const auto it = seen.constFind(*t); it != seen.constEnd())
            return f.fail(
                field,
                DatasetReaderText::tr("time %1 is already given by points[%2]").arg(describeValue(pair[0])).arg(*it));
        seen.insert(*t, i);
        s->points.append(SeriesPoint{*t, pair[1].get<double>()});
    }
    return true;
}

bool parseSavedView(const Json& object, SavedViewRecord* v, FieldError* error)
{
    JsonFieldReader f(object, {}, error);
    std::optional<qint64> created;
    if (!f.allowOnly({"name", "state", "created_at"}) || !f.string("name", &v->name, true)
        || !f.time("created_at", &created, TimeKind::Instant, true))
        return false;
    v->createdAt = *created;
    const Json* state = f.value("state");
    if (!state)
        return f.missing("state");
    if (!state->is_object())
        return f.wrongType("state", DatasetReaderText::tr("an object"), *state);
    v->state = fromUtf8(state->dump());
    return true;
}

} // namespace seance::dataset
