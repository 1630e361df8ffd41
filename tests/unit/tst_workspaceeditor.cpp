// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/editing/fieldsyntax.h"
#include "models/editing/workspacechanges.h"
#include "models/editing/workspaceeditor.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/storage/narrativestore.h"
#include "models/storage/postwriter.h"
#include "models/storage/seriesstore.h"
#include "models/storage/tokenstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace seance;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

TokenRecord fullToken(const QString& id)
{
    TokenRecord t;
    t.id = id;
    t.name = s("IC GHOST");
    t.symbol = s("GHOST");
    t.chain = s("icp");
    t.address = s("canister-") + id;
    t.addressKind = s("canister");
    t.status = s("hypothetical");
    t.tagline = s("“First meme coin” of ICP");
    t.description = s("A description\nwith two lines");
    t.launchedAt = 1'700'000'000'123;
    t.totalSupply = s("10000000000");
    t.supplyNote = s("75.92% treasury");
    t.tags = {s("dao"), s("ghost")};
    t.aliases = {s("ic ghost"), s("유령")};
    t.links = {{s("Forum"), s("https://forum.dfinity.org/t/21214")}};
    t.sources = {{s("Article"), QString()}};
    return t;
}

TokenRecord minimalToken(const QString& id)
{
    TokenRecord t;
    t.id = id;
    t.name = t.symbol = t.chain = id;
    return t;
}

NarrativeRecord narrative(const QString& id)
{
    return NarrativeRecord{id,           s("Summoning ghosts"),       s("Karpathy's analogy"),
                           s("#3fa07a"), {s("ghosts"), s("animals")}, {{s("Thread"), s("https://x.com/karpathy")}}};
}

EventRecord makeEvent(const QString& id, const QString& narrativeId, const QStringList& tokens)
{
    EventRecord e;
    e.id = id;
    e.narrativeId = narrativeId;
    e.occurredAt = 1'759'276'800'000;
    e.title = s("Title of ") + id;
    e.kind = s("post");
    e.description = s("What happened");
    e.sources = {{s("Source"), s("https://example.org/a")}};
    e.tokenIds = tokens;
    return e;
}

SeriesRecord series(const QString& id, const QString& tokenId, const QString& narrativeId)
{
    return SeriesRecord{id, tokenId, narrativeId, s("social_volume"), s("test"), {{1000, 1.5}, {2000, 2.5}}, {}};
}

// Everything the commands may touch, read back through the stores; tags, event links and series points included.
struct State
{
    QList<TokenRecord> tokens;
    QList<NarrativeRecord> narratives;
    QList<EventRecord> events;
    QList<SeriesRecord> series;
    friend bool operator==(const State&, const State&) = default;
};

} // namespace

class TestWorkspaceEditor : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<WorkspaceChanges> m_changes;
    std::unique_ptr<WorkspaceEditor> m_editor;

    State state() const
    {
        return State{TokenStore(*m_db).all(), NarrativeStore(*m_db).all(), EventStore(*m_db).all(),
                     SeriesStore(*m_db).all()};
    }

    void addPost(const QString& tokenId, const QString& narrativeId)
    {
        PostWriter writer(*m_db);
        QVERIFY(writer.prepare(nullptr));
        PostRecord post;
        post.tokenId = tokenId;
        post.narrativeId = narrativeId;
        post.text = s("gm");
        QString error;
        QCOMPARE(writer.insert(post, &error), PostWriter::Result::Inserted);
    }

    // Token "a" is linked to two events and has a series; narrative "n" owns event "e1" and a series.
    void seed()
    {
        QVERIFY(TokenStore(*m_db).insert(fullToken(s("a"))));
        QVERIFY(TokenStore(*m_db).insert(minimalToken(s("b"))));
        QVERIFY(NarrativeStore(*m_db).insert(narrative(s("n"))));
        QVERIFY(NarrativeStore(*m_db).insert(narrative(s("other"))));
        QVERIFY(EventStore(*m_db).insert(makeEvent(s("e1"), s("n"), {s("a"), s("b")})));
        QVERIFY(EventStore(*m_db).insert(makeEvent(s("e2"), QString(), {s("a")})));
        QVERIFY(EventStore(*m_db).insert(makeEvent(s("e3"), s("other"), {s("b")})));
        QVERIFY(SeriesStore(*m_db).insert(series(s("sa"), s("a"), QString())));
        QVERIFY(SeriesStore(*m_db).insert(series(s("sn"), QString(), s("n"))));
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(s("edit.seance")));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(s("edit.seance"))));
        m_stack = std::make_unique<QUndoStack>();
        m_changes = std::make_unique<WorkspaceChanges>();
        m_editor = std::make_unique<WorkspaceEditor>(*m_db, m_stack.get(), m_changes.get());
        seed();
    }

    void cleanup()
    {
        // The commands refer to the database, so the stack goes first.
        m_editor.reset();
        m_stack.reset();
        m_changes.reset();
        m_db.reset();
    }

    void addTokenRoundTrip()
    {
        const State before = state();
        QSignalSpy tokens(m_changes.get(), &WorkspaceChanges::tokensChanged);
        QSignalSpy events(m_changes.get(), &WorkspaceChanges::eventsChanged);
        const TokenRecord token = fullToken(s("new-token"));
        QString error;
        QVERIFY2(m_editor->addToken(token, &error), qPrintable(error));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), s("Add token “new-token”"));
        QCOMPARE(TokenStore(*m_db).find(token.id), std::optional<TokenRecord>(token));
        QCOMPARE(tokens.count(), 1);
        QCOMPARE(tokens.at(0).at(0).toStringList(), QStringList{token.id});
        const State after = state();

        m_stack->undo();
        QCOMPARE(state(), before);
        QCOMPARE(tokens.count(), 2);
        QCOMPARE(tokens.at(1).at(0).toStringList(), QStringList{token.id});
        m_stack->redo();
        QCOMPARE(state(), after);
        QCOMPARE(tokens.count(), 3);
        QCOMPARE(events.count(), 0);
        QCOMPARE(m_stack->count(), 1);
    }

    void updateTokenRoundTrip()
    {
        const State before = state();
        TokenRecord changed = *TokenStore(*m_db).find(s("a"));
        changed.status = s("defunct");
        changed.launchedAt.reset();
        changed.totalSupply.clear();
        changed.tags = {s("archived")};
        changed.links.append({s("Site"), s("http://ghost.example")});
        QSignalSpy tokens(m_changes.get(), &WorkspaceChanges::tokensChanged);
        QString error;
        QVERIFY2(m_editor->updateToken(changed, &error), qPrintable(error));
        QCOMPARE(TokenStore(*m_db).find(s("a")), std::optional<TokenRecord>(changed));
        const State after = state();
        m_stack->undo();
        QCOMPARE(state(), before);
        m_stack->redo();
        QCOMPARE(state(), after);
        QCOMPARE(tokens.count(), 3);
        QCOMPARE(tokens.at(2).at(0).toStringList(), QStringList{s("a")});

        // Saving a record unchanged is not an edit.
        QVERIFY(m_editor->updateToken(changed, &error));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(tokens.count(), 3);
    }

    void removeTokenRestoresTagsEventLinksAndSeries()
    {
        const State before = state();
        QSignalSpy tokens(m_changes.get(), &WorkspaceChanges::tokensChanged);
        QSignalSpy events(m_changes.get(), &WorkspaceChanges::eventsChanged);
        QString error;
        QVERIFY2(m_editor->removeToken(s("a"), &error), qPrintable(error));
        QVERIFY(!TokenStore(*m_db).contains(s("a")));
        QCOMPARE(EventStore(*m_db).find(s("e1"))->tokenIds, QStringList{s("b")});
        QVERIFY(EventStore(*m_db).find(s("e2"))->tokenIds.isEmpty());
        QVERIFY(!SeriesStore(*m_db).contains(s("sa")));
        QCOMPARE(tokens.at(0).at(0).toStringList(), QStringList{s("a")});
        QCOMPARE(events.count(), 1);
        QCOMPARE(events.at(0).at(0).toStringList(), (QStringList{s("e1"), s("e2")}));
        const State after = state();

        m_stack->undo();
        QCOMPARE(state(), before);
        QCOMPARE(TokenStore(*m_db).find(s("a"))->tags, (QStringList{s("dao"), s("ghost")}));
        QCOMPARE(EventStore(*m_db).find(s("e1"))->tokenIds, (QStringList{s("a"), s("b")}));
        QCOMPARE(events.count(), 2);
        QCOMPARE(events.at(1).at(0).toStringList(), (QStringList{s("e1"), s("e2")}));
        m_stack->redo();
        QCOMPARE(state(), after);
        m_stack->undo();
        QCOMPARE(state(), before);
    }

    void removeNarrativeCascadesAndRestoresItsEvents()
    {
        const State before = state();
        QSignalSpy narratives(m_changes.get(), &WorkspaceChanges::narrativesChanged);
        QSignalSpy events(m_changes.get(), &WorkspaceChanges::eventsChanged);
        QString error;
        QVERIFY2(m_editor->removeNarrative(s("n"), &error), qPrintable(error));
        QVERIFY(!NarrativeStore(*m_db).contains(s("n")));
        QVERIFY(!EventStore(*m_db).contains(s("e1")));
        QVERIFY(EventStore(*m_db).contains(s("e3")));
        QVERIFY(!SeriesStore(*m_db).contains(s("sn")));
        QCOMPARE(narratives.at(0).at(0).toStringList(), QStringList{s("n")});
        QCOMPARE(events.at(0).at(0).toStringList(), QStringList{s("e1")});
        const State after = state();

        m_stack->undo();
        QCOMPARE(state(), before);
        QCOMPARE(EventStore(*m_db).find(s("e1")),
                 std::optional<EventRecord>(makeEvent(s("e1"), s("n"), {s("a"), s("b")})));
        m_stack->redo();
        QCOMPARE(state(), after);
        QCOMPARE(narratives.count(), 3);
        QCOMPARE(events.count(), 3);
    }

    void narrativeAddAndEditRoundTrip()
    {
        const State start = state();
        NarrativeRecord added = narrative(s("fresh"));
        added.color.clear();
        added.sources.clear();
        QString error;
        QVERIFY2(m_editor->addNarrative(added, &error), qPrintable(error));
        QCOMPARE(NarrativeStore(*m_db).find(added.id), std::optional<NarrativeRecord>(added));
        const State afterAdd = state();
        NarrativeRecord edited = added;
        edited.title = s("Fresh, edited");
        edited.color = s("#102030");
        edited.keywords = {s("one")};
        QVERIFY2(m_editor->updateNarrative(edited, &error), qPrintable(error));
        const State afterEdit = state();
        QCOMPARE(NarrativeStore(*m_db).find(added.id), std::optional<NarrativeRecord>(edited));
        QCOMPARE(m_stack->count(), 2);

        m_stack->undo();
        QCOMPARE(state(), afterAdd);
        m_stack->undo();
        QCOMPARE(state(), start);
        m_stack->redo();
        m_stack->redo();
        QCOMPARE(state(), afterEdit);
    }

    void eventAddEditRemoveRoundTrip()
    {
        const State start = state();
        QSignalSpy events(m_changes.get(), &WorkspaceChanges::eventsChanged);
        const EventRecord added = makeEvent(s("e-new"), s("other"), {s("a"), s("b")});
        QString error;
        QVERIFY2(m_editor->addEvent(added, &error), qPrintable(error));
        QCOMPARE(EventStore(*m_db).find(added.id), std::optional<EventRecord>(added));
        const State afterAdd = state();

        EventRecord edited = added;
        edited.narrativeId.clear();
        edited.occurredAt += 3'600'000;
        edited.tokenIds = {s("b")};
        edited.sources.clear();
        QVERIFY2(m_editor->updateEvent(edited, &error), qPrintable(error));
        QCOMPARE(EventStore(*m_db).find(added.id), std::optional<EventRecord>(edited));
        const State afterEdit = state();

        QVERIFY2(m_editor->removeEvent(added.id, &error), qPrintable(error));
        QVERIFY(!EventStore(*m_db).contains(added.id));
        QCOMPARE(m_stack->count(), 3);
        QCOMPARE(events.count(), 3);
        for (const QList<QVariant>& emitted : std::as_const(events))
            QCOMPARE(emitted.at(0).toStringList(), QStringList{added.id});

        m_stack->undo();
        QCOMPARE(state(), afterEdit);
        m_stack->undo();
        QCOMPARE(state(), afterAdd);
        m_stack->undo();
        QCOMPARE(state(), start);
        m_stack->redo();
        QCOMPARE(state(), afterAdd);
    }

    void failedWriteChangesNothing_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QString>("reason");
        QTest::newRow("duplicate token id") << 0 << s("already a token \"a\"");
        QTest::newRow("duplicate narrative id") << 1 << s("already a narrative \"n\"");
        QTest::newRow("duplicate event id") << 2 << s("already an event \"e1\"");
        QTest::newRow("token referenced by posts") << 3 << s("still has 1 posts");
        QTest::newRow("narrative referenced by posts") << 4 << s("still has 1 posts");
        QTest::newRow("missing token") << 5 << s("no token \"ghost\"");
        QTest::newRow("bad id") << 6 << s("lowercase");
        QTest::newRow("event with unknown token") << 7 << s("no token \"nope\"");
        QTest::newRow("address taken") << 8 << s("Token \"a\" already has the address");
        QTest::newRow("javascript link") << 9 << s("not an http or https address");
        QTest::newRow("bad supply") << 10 << s("decimal");
        QTest::newRow("duplicate tags") << 11 << s("UNIQUE");
    }

    void failedWriteChangesNothing()
    {
        QFETCH(int, operation);
        QFETCH(QString, reason);
        addPost(s("b"), s("other"));
        const State before = state();
        QSignalSpy tokens(m_changes.get(), &WorkspaceChanges::tokensChanged);
        QSignalSpy narratives(m_changes.get(), &WorkspaceChanges::narrativesChanged);
        QSignalSpy events(m_changes.get(), &WorkspaceChanges::eventsChanged);
        TokenRecord token = minimalToken(s("fresh"));
        QString error;
        bool ok = true;
        switch (operation) {
        case 0:
            ok = m_editor->addToken(minimalToken(s("a")), &error);
            break;
        case 1:
            ok = m_editor->addNarrative(narrative(s("n")), &error);
            break;
        case 2:
            ok = m_editor->addEvent(makeEvent(s("e1"), QString(), {}), &error);
            break;
        case 3:
            ok = m_editor->removeToken(s("b"), &error);
            break;
        case 4:
            ok = m_editor->removeNarrative(s("other"), &error);
            break;
        case 5:
            ok = m_editor->updateToken(minimalToken(s("ghost")), &error);
            break;
        case 6:
            ok = m_editor->addToken(minimalToken(s("Bad Id")), &error);
            break;
        case 7:
            ok = m_editor->addEvent(makeEvent(s("e9"), QString(), {s("a"), s("nope")}), &error);
            break;
        case 8:
            token = fullToken(s("fresh"));
            token.address = fullToken(s("a")).address;
            ok = m_editor->addToken(token, &error);
            break;
        case 9:
            token.links = {{s("x"), s("javascript:alert(1)")}};
            ok = m_editor->addToken(token, &error);
            break;
        case 10:
            token.totalSupply = s("-5");
            ok = m_editor->addToken(token, &error);
            break;
        case 11:
            token.tags = {s("same"), s("same")};
            ok = m_editor->addToken(token, &error);
            break;
        }
        QVERIFY(!ok);
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(state(), before);
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(tokens.count() + narratives.count() + events.count(), 0);
    }

    // An import may add posts behind the stack's back; undoing the token's addition must then fail cleanly.
    void failedUndoLeavesDatabaseAndDropsCommand()
    {
        QString error;
        QVERIFY2(m_editor->addToken(minimalToken(s("late")), &error), qPrintable(error));
        QVERIFY2(m_editor->addToken(minimalToken(s("later")), &error), qPrintable(error));
        addPost(s("late"), QString());
        m_stack->undo();
        QCOMPARE(m_stack->index(), 1);
        const State before = state();
        QSignalSpy failed(m_changes.get(), &WorkspaceChanges::editFailed);
        QSignalSpy tokens(m_changes.get(), &WorkspaceChanges::tokensChanged);
        m_stack->undo();
        QCOMPARE(state(), before);
        QVERIFY(TokenStore(*m_db).contains(s("late")));
        QCOMPARE(failed.count(), 1);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(s("still has 1 posts")) && message.contains(s("late")), qPrintable(message));
        QCOMPARE(tokens.count(), 0);
        // The stack no longer offers to undo what could not be undone; the later addition can still be redone.
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(!m_stack->canUndo());
        QCOMPARE(m_stack->redoText(), s("Add token “later”"));
        m_stack->redo();
        QVERIFY(TokenStore(*m_db).contains(s("later")));
    }

    void linkLinesRoundTrip()
    {
        const QList<Link> links = {{s("Forum"), s("https://forum.dfinity.org/t/21214")},
                                   {s("Label only"), QString()},
                                   {QString(), s("http://url.only/path?q=1")},
                                   {s("a | b"), s("https://bar.example")},
                                   {s("looks like https://not-a-link"), QString()}};
        QList<Link> parsed;
        QString error;
        QVERIFY2(parseLinkLines(formatLinkLines(links), &parsed, &error), qPrintable(error));
        QCOMPARE(parsed, links);
        QVERIFY(!parseLinkLines(s("ok | https://ok.example\nbad | ftp://files.example"), &parsed, &error));
        QVERIFY2(error.contains(s("Line 2")), qPrintable(error));
        QCOMPARE(splitCommaList(s(" a, b ,,a, c d ")), (QStringList{s("a"), s("b"), s("c d")}));
    }

    void fieldSyntax_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("id");
        QTest::addColumn<bool>("amount");
        QTest::newRow("slug") << s("xrpl-ghost_coin:2") << true << false;
        QTest::newRow("upper") << s("Ghost") << false << false;
        QTest::newRow("space") << s("a b") << false << false;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("integer") << s("10000000000") << true << true;
        QTest::newRow("decimal") << s("420.69") << false << true;
        QTest::newRow("negative") << s("-1") << true << false;
        QTest::newRow("exponent") << s("1e9") << true << false;
        QTest::newRow("trailing dot") << s("1.") << false << false;
        QTest::newRow("separators") << s("1,000") << false << false;
    }

    void fieldSyntax()
    {
        QFETCH(QString, text);
        QFETCH(bool, id);
        QFETCH(bool, amount);
        QCOMPARE(isValidRecordId(text), id);
        QCOMPARE(isDecimalAmount(text), amount);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceEditor)
#include "tst_workspaceeditor.moc"
