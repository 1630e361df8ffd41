// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile text stays inert: a workspace whose token, narrative, event and posts carry HTML (an <img> with onerror,
// a javascript: link), a right-to-left override, a NUL and a 64 KiB line is opened in the main window with all of it
// selected, and every label, tooltip, item view cell, combo box entry and text document in every pane is checked:
// wherever Qt would read text as rich text, the markup must arrive escaped, and no link may point at javascript:.
// The texts drawn from the records outside the widgets (the chart's hover tooltip, the timeline's tooltips, the
// chart export's title and caption, the comparison's Markdown) must also be inert: no NUL, every bidi override
// closed inside an isolate, and no line of 64 KiB.
#include "../unit/postfixtures.h"
#include "models/io/compare/comparisonexport.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/storage/narrativestore.h"
#include "models/storage/tokenstore.h"
#include "models/viewstate.h"
#include "ui/chart/chartexport.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/mainwindow.h"
#include "ui/timeline/narrativetimelinepane.h"
#include "ui/tokens/tokendetailpane.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>

using namespace seance;

namespace {

const QString markup = QStringLiteral("<img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">click</a>");
const QString bidi = QString(QChar(0x202E)) + QStringLiteral("txt.exe");
const QString nul = QStringLiteral("before") + QChar(u'\0') + QStringLiteral("after");
const QString longLine = QString(64 * 1024, QLatin1Char('w'));

// Text that Qt renders as rich text must carry the markup escaped, and no javascript: link; plain text may show it.
QString problemIn(const QString& text, bool richText)
{
    static const QRegularExpression scriptLink(QStringLiteral("href\\s*=\\s*[\"']?\\s*javascript:"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (richText && text.contains(scriptLink))
        return QStringLiteral("a javascript: link");
    if (richText && (text.contains(QLatin1String("<img")) || text.contains(QLatin1String("<b>SYM"))))
        return QStringLiteral("unescaped markup in rich text");
    return {};
}

// What makes a shown text unsafe beyond markup: a NUL, a bidi override or embedding that is not inside an isolate
// (so it would reverse the text after it), or a line longer than maxLine characters.
QString unsafeIn(const QString& text, int maxLine)
{
    if (text.contains(QChar(u'\0')))
        return QStringLiteral("a NUL");
    int isolates = 0;
    for (const QChar c : text) {
        if (c.unicode() >= 0x2066 && c.unicode() <= 0x2068)
            ++isolates;
        else if (c.unicode() == 0x2069)
            isolates = std::max(0, isolates - 1);
        else if (c.unicode() >= 0x202A && c.unicode() <= 0x202E && isolates == 0)
            return QStringLiteral("a bidi override outside an isolate");
    }
    for (const QString& line : text.split(QRegularExpression(QStringLiteral("\\n|<br/?>|<p"))))
        if (line.size() > maxLine)
            return QStringLiteral("a line of %1 characters").arg(line.size());
    return {};
}

bool createHostileWorkspace(const QString& path, QString* error)
{
    Database db;
    if (!db.open(path, error))
        return false;
    TokenRecord token;
    token.id = QStringLiteral("hostile");
    token.name = QStringLiteral("Ghost ") + markup;
    token.symbol = QStringLiteral("<b>SYM</b>");
    token.chain = QStringLiteral("solana");
    token.tagline = bidi + QStringLiteral(" ") + longLine;
    token.description = markup + bidi + nul;
    token.supplyNote = markup;
    token.tags = {markup};
    token.links = {{markup, QStringLiteral("javascript:alert(3)")},
                   {QStringLiteral("site"), QStringLiteral("https://example.org/")}};
    token.sources = {{markup, QStringLiteral("JAVASCRIPT:alert(4)")}};
    NarrativeRecord narrative;
    narrative.id = QStringLiteral("hostile-narrative");
    narrative.title = markup + bidi;
    narrative.summary = markup + nul;
    EventRecord event;
    event.id = QStringLiteral("hostile-event");
    event.narrativeId = narrative.id;
    event.occurredAt = 1'759'276'800'000;
    event.title = markup + bidi;
    event.kind = QStringLiteral("post");
    event.description = markup + nul + longLine;
    event.sources = {{markup, QStringLiteral("javascript:alert(5)")}};
    event.tokenIds = {token.id};
    TokenRecord longToken; // a name of 64 KiB with an override and a NUL
    longToken.id = QStringLiteral("hostile-long");
    longToken.name = bidi + longLine + nul;
    longToken.symbol = bidi + QStringLiteral("LONG");
    longToken.chain = QStringLiteral("solana");
    if (!TokenStore(db).insert(token, error) || !TokenStore(db).insert(longToken, error) ||
        !NarrativeStore(db).insert(narrative, error) || !EventStore(db).insert(event, error))
        return false;
    QList<PostRecord> posts;
    for (int i = 0; i < 40; ++i) {
        PostRecord post;
        post.externalId = QStringLiteral("h%1").arg(i);
        post.tokenId = i % 2 ? (i % 4 == 1 ? token.id : longToken.id) : QString();
        post.narrativeId = i % 2 ? QString() : narrative.id;
        post.postedAt = event.occurredAt + (i - 20) * 3'600'000LL;
        post.author = markup + bidi;
        post.text = (i % 3 == 0 ? longLine : markup) + nul + bidi;
        post.compound = (i % 5 - 2) / 2.0;
        post.pos = 0.2;
        post.neu = 0.6;
        post.neg = 0.2;
        posts.append(post);
    }
    return testing::writePosts(db, posts, error);
}

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void everyPaneShowsItAsPlainText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.seance"));
        QString error;
        QVERIFY2(createHostileWorkspace(path, &error), qPrintable(error));
        MainWindow window;
        window.resize(1400, 900);
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.viewState()->setSelectedTokens({QStringLiteral("hostile")});
        window.viewState()->setSelectedNarratives({QStringLiteral("hostile-narrative")});
        window.focusEvent(QStringLiteral("hostile-event"));
        QTest::qWait(300); // panes load off the GUI thread

        int checked = 0;
        QStringList problems;
        auto check = [&](const QString& where, const QString& text, bool richText) {
            ++checked;
            const QString problem = problemIn(text, richText);
            if (!problem.isEmpty())
                problems << where + QStringLiteral(": ") + problem + QStringLiteral(": ") + text.left(200);
        };
        for (QWidget* widget : window.findChildren<QWidget*>()) {
            const QString name = QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
            check(name + QStringLiteral(" tooltip"), widget->toolTip(), Qt::mightBeRichText(widget->toolTip()));
            if (auto* label = qobject_cast<QLabel*>(widget)) {
                const bool rich = label->textFormat() == Qt::RichText ||
                                  (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
                check(name + QStringLiteral(" text"), label->text(), rich);
            }
            if (auto* edit = qobject_cast<QTextEdit*>(widget))
                check(name + QStringLiteral(" document"), edit->document()->toHtml(), true);
            if (auto* combo = qobject_cast<QComboBox*>(widget)) {
                for (int i = 0; i < combo->count(); ++i) {
                    const QString tip = combo->itemData(i, Qt::ToolTipRole).toString();
                    check(name + QStringLiteral(" item tooltip"), tip, Qt::mightBeRichText(tip));
                }
            }
            if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
                const QAbstractItemModel* model = view->model();
                for (int row = 0; row < std::min(model->rowCount(), 200); ++row) {
                    for (int column = 0; column < model->columnCount(); ++column) {
                        const QString tip = model->index(row, column).data(Qt::ToolTipRole).toString();
                        check(name + QStringLiteral(" cell tooltip"), tip, Qt::mightBeRichText(tip));
                        check(name + QStringLiteral(" cell"), model->index(row, column).data().toString(), false);
                    }
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(checked > 100);
        // The hostile records did reach the panes: the window shows the token's name somewhere, as plain text.
        bool shown = false;
        for (QLabel* label : window.findChildren<QLabel*>())
            shown = shown || label->text().contains(QStringLiteral("Ghost &lt;img")) ||
                    label->text().contains(QStringLiteral("Ghost <img"));
        QVERIFY(shown);
    }

    void hoverTooltipsAndExportsAreInert()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.seance"));
        QString error;
        QVERIFY2(createHostileWorkspace(path, &error), qPrintable(error));
        MainWindow window;
        window.resize(1400, 900);
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.viewState()->setSelectedTokens({QStringLiteral("hostile"), QStringLiteral("hostile-long")});
        window.viewState()->setSelectedNarratives({QStringLiteral("hostile-narrative")});
        QTest::qWait(300); // panes load off the GUI thread
        QStringList problems;
        auto check = [&](const QString& where, const QString& text, bool richText, int maxLine) {
            QString problem = problemIn(text, richText);
            if (problem.isEmpty())
                problem = unsafeIn(text, maxLine);
            if (!problem.isEmpty())
                problems << where + QStringLiteral(": ") + problem + QStringLiteral(": ") + text.left(120);
        };

        // The chart's hover tooltip, drawn as plain text: one row per token, each short and inert.
        SentimentChartPane* chart = window.chartPane();
        const QPoint middle((chart->plotLeft() + chart->plotRight()) / 2, chart->height() / 2);
        QTest::mouseMove(chart->chartViewport(), chart->chartViewport()->mapFrom(chart, middle));
        QTRY_VERIFY(!chart->hoverTipRows().isEmpty());
        for (const QString& row : chart->hoverTipRows())
            check(QStringLiteral("chart hover row"), row, false, 300);

        // The timeline's event and lane tooltips are rich text: escaped, inert, cut.
        NarrativeTimelinePane* timeline = window.timelinePane();
        const QString eventTip = timeline->eventToolTip(QStringLiteral("hostile-event"));
        QVERIFY(eventTip.contains(QLatin1String("&lt;img")));
        check(QStringLiteral("timeline event tooltip"), eventTip, true, 1000);
        QString laneTip;
        for (int lane = 0; laneTip.isEmpty() && lane < timeline->laneTitles().size(); ++lane) {
            const QRect title = timeline->laneTitleRect(lane);
            if (!title.isEmpty())
                laneTip = timeline->laneToolTip(title.center());
        }
        QVERIFY(!laneTip.isEmpty());
        check(QStringLiteral("timeline lane tooltip"), laneTip, true, 1000);

        // The chart export's title, subtitle and caption, drawn as plain text.
        ChartExportSpec spec;
        spec.databasePath = path;
        spec.tokenIds = {QStringLiteral("hostile"), QStringLiteral("hostile-long")};
        ChartExportRenderer renderer;
        QVERIFY2(renderer.load(spec, &error), qPrintable(error));
        check(QStringLiteral("export title"), renderer.title(), false, 400);
        check(QStringLiteral("export caption"), renderer.caption(), false, 400);
        for (const QString& label : renderer.tokenLabels())
            check(QStringLiteral("export token label"), label, false, 200);

        // The comparison's Markdown: the event title and the row label arrive escaped and inert.
        ComparisonExportRow row;
        row.label = markup + bidi + nul + longLine;
        ComparisonEventImpact event;
        event.aligned.title = markup + bidi + nul + longLine;
        event.sources = {{markup, QStringLiteral("javascript:alert(6)")}};
        const QString markdown = comparisonMarkdown({row}, {event}, Metric::Mean, 3);
        QVERIFY(!markdown.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<img")))); // only as "\\<img"
        QVERIFY(!markdown.contains(QLatin1String("](javascript:")));
        check(QStringLiteral("Markdown"), markdown, false, 2000);

        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void linksOpenOnlyForHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("openable");
        QTest::newRow("https") << QStringLiteral("https://example.org/") << true;
        QTest::newRow("http") << QStringLiteral("http://example.org/") << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("JavaScript, mixed case") << QStringLiteral("JaVaScRiPt:alert(1)") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>") << false;
        QTest::newRow("leading space") << QStringLiteral(" javascript:alert(1)") << false;
    }

    void linksOpenOnlyForHttp()
    {
        QFETCH(QString, url);
        QFETCH(bool, openable);
        QCOMPARE(TokenDetailPane::isOpenableUrl(url), openable);
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
