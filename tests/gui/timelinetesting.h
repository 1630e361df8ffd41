// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the timeline's GUI tests: records, the pane in a fixture, and the sample's narratives and events.
#pragma once

#include "models/io/sample/sampledatabase.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/storage/narrativestore.h"
#include "models/viewstate.h"
#include "ui/timeline/narrativetimelinepane.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace seance::testing {

qint64 utc(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

const TimeRange sampleRange{utc(2025, 9, 15), utc(2025, 10, 31)};

EventRecord makeEvent(const QString& id, const QString& narrative, qint64 at, const QString& title = QString())
{
    EventRecord event;
    event.id = id;
    event.narrativeId = narrative;
    event.occurredAt = at;
    event.title = title.isEmpty() ? id : title;
    event.kind = QStringLiteral("post");
    return event;
}

NarrativeRecord makeNarrative(const QString& id, const QString& title)
{
    NarrativeRecord narrative;
    narrative.id = id;
    narrative.title = title;
    return narrative;
}

// The pane as the main window would hold it: shown, so real mouse and key events reach it.
struct Fixture
{
    ViewState state;
    NarrativeTimelinePane pane{&state};

    Fixture(const QList<NarrativeRecord>& narratives, const QList<EventRecord>& events, bool show = true)
    {
        pane.resize(1400, 220);
        state.setVisibleRange(sampleRange);
        pane.setData(narratives, events);
        if (show) {
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
        }
    }
};

// The bundled sample's narratives and events, for a test class to inherit: initTestCase() calls loadSample().
struct SampleTimeline
{
    QTemporaryDir m_dir;
    QList<NarrativeRecord> m_narratives;
    QList<EventRecord> m_events;

    void loadSample()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("sample.seance"));
        QString error;
        QVERIFY2(createSampleDatabase(path, [](std::string_view) { return SentimentScore{}; }, &error),
                 qPrintable(error));
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        m_narratives = NarrativeStore(db).all(&error);
        m_events = EventStore(db).all(&error);
        QVERIFY(!m_narratives.isEmpty());
        QVERIFY(!m_events.isEmpty());
    }
};

} // namespace seance::testing
