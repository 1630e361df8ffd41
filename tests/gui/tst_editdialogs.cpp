// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/eventeditdialog.h"
#include "ui/editing/narrativeeditdialog.h"
#include "ui/editing/optionaldateedit.h"
#include "ui/editing/tokeneditdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <memory>

using namespace seance;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

template <typename T> T* child(const QWidget& parent, const char* name)
{
    return parent.findChild<T*>(QString::fromLatin1(name));
}

bool okEnabled(const QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
}

QString shownProblem(const QDialog& dialog)
{
    return child<QLabel>(dialog, "problemLabel")->text();
}

qint64 utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

TokenRecord fullToken()
{
    TokenRecord t;
    t.id = s("icp-ghost");
    t.name = s("IC GHOST");
    t.symbol = s("GHOST");
    t.chain = s("icp");
    t.address = s("4c4fd-caaaa-aaaaq-aaa3a-cai");
    t.addressKind = s("canister");
    t.status = s("hypothetical");
    t.tagline = s("“First meme coin” of ICP");
    t.description = s("Line one\nline two");
    // A time of day the date-only field cannot show must survive an edit that leaves the date alone.
    t.launchedAt = utc(2023, 7, 14, 13, 37) + 421;
    t.totalSupply = s("10000000000");
    t.supplyNote = s("75.92% DAO treasury, 20% sale, 4.08% team");
    t.tags = {s("dao"), s("ghost")};
    t.aliases = {s("ic ghost"), s("유령")};
    t.links = {{s("Forum"), s("https://forum.dfinity.org/t/21214")}, {QString(), s("http://ghost.example/x?y=1")}};
    t.sources = {{s("Meme-token news article (Korean | Japanese)"), QString()}};
    return t;
}

NarrativeRecord fullNarrative()
{
    return NarrativeRecord{
        s("summoning-ghosts"), s("Summoning ghosts"),       s("Karpathy's analogy\nfor LLMs"),
        s("#6b3fa0"),          {s("ghosts"), s("animals")}, {{s("Thread"), s("https://x.com/karpathy/status/1")}}};
}

EventRecord fullEvent()
{
    EventRecord e;
    e.id = s("karpathy-thread-2025-10-01");
    e.narrativeId = s("summoning-ghosts");
    e.occurredAt = utc(2025, 10, 1, 16, 5) + 30'250;
    e.title = s("Karpathy: summoning ghosts");
    e.kind = s("post");
    e.description = s("A thread");
    e.sources = {{s("X"), s("https://x.com/karpathy")}};
    e.tokenIds = {s("icp-ghost"), s("unlisted-token"), s("xrpl-ghost-coin")};
    return e;
}

void checkEveryFieldHasToolTip(const QDialog& dialog)
{
    const auto* form = dialog.findChild<QFormLayout*>();
    QVERIFY(form);
    QVERIFY(form->rowCount() > 3);
    for (int row = 0; row < form->rowCount(); ++row) {
        const QLayoutItem* field = form->itemAt(row, QFormLayout::FieldRole);
        QVERIFY(field && field->widget());
        QVERIFY2(!field->widget()->toolTip().isEmpty(), qPrintable(field->widget()->objectName()));
    }
}

} // namespace

class TestEditDialogs : public QObject
{
    Q_OBJECT
private slots:
    void tokenOkWaitsForRequiredFields()
    {
        TokenEditDialog dialog(RecordEditDialog::Mode::Create);
        QVERIFY(!okEnabled(dialog));
        QVERIFY2(shownProblem(dialog).isEmpty(), "a new, untouched form reports nothing yet");
        QTest::keyClicks(child<QLineEdit>(dialog, "idEdit"), s("xrpl-ghost-coin"));
        QVERIFY(!okEnabled(dialog));
        QVERIFY2(shownProblem(dialog).contains(s("name")), qPrintable(shownProblem(dialog)));
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), s("Ghost Coin"));
        QTest::keyClicks(child<QLineEdit>(dialog, "symbolEdit"), s("GHOST"));
        QVERIFY(!okEnabled(dialog));
        QVERIFY2(shownProblem(dialog).contains(s("chain")), qPrintable(shownProblem(dialog)));
        QTest::keyClicks(child<QLineEdit>(dialog, "chainEdit"), s("xrpl"));
        QVERIFY2(okEnabled(dialog), qPrintable(shownProblem(dialog)));
        QVERIFY(shownProblem(dialog).isEmpty());
        QVERIFY(dialog.problem().isEmpty());

        // Unknown is the default, and what comes back: nothing about this token is guessed.
        const TokenRecord token = dialog.record();
        QCOMPARE(token.launchedAt, std::nullopt);
        QVERIFY(token.totalSupply.isEmpty());
        QVERIFY(token.addressKind.isEmpty());
        QCOMPARE(token.status, s("live"));

        QTest::keyClicks(child<QLineEdit>(dialog, "symbolEdit"), s(" "));
        child<QLineEdit>(dialog, "symbolEdit")->clear();
        QVERIFY(!okEnabled(dialog));
    }

    void tokenShowsWhyAFieldIsInvalid_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("id with capitals") << s("idEdit") << s("Ghost") << s("lowercase letters");
        QTest::newRow("id with space") << s("idEdit") << s("ghost coin") << s("lowercase letters");
        QTest::newRow("id taken") << s("idEdit") << s("taken") << s("“taken” is already taken");
        QTest::newRow("negative supply") << s("supplyEdit") << s("-5") << s("non-negative decimal");
        QTest::newRow("exponent supply") << s("supplyEdit") << s("1e9") << s("non-negative decimal");
        QTest::newRow("grouped supply") << s("supplyEdit") << s("1,000") << s("non-negative decimal");
        QTest::newRow("ftp link") << s("linksEdit") << s("ok | https://ok.example\nfiles | ftp://files.example")
                                  << s("Links: Line 2: “ftp://files.example” is not an http or https address.");
        QTest::newRow("script link") << s("linksEdit") << s("x | javascript:alert(1)") << s("not an http or https");
        QTest::newRow("link without host") << s("sourcesEdit") << s("x | https://") << s("Sources: Line 1");
    }

    void tokenShowsWhyAFieldIsInvalid()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        TokenEditDialog dialog(RecordEditDialog::Mode::Create);
        dialog.setExistingIds({s("taken"), s("other")});
        TokenRecord valid;
        valid.id = s("fresh");
        valid.name = valid.symbol = valid.chain = s("x");
        dialog.setRecord(valid);
        QVERIFY2(okEnabled(dialog), qPrintable(shownProblem(dialog)));

        if (auto* line = dialog.findChild<QLineEdit*>(field))
            line->setText(value);
        else
            dialog.findChild<QPlainTextEdit*>(field)->setPlainText(value);
        QVERIFY(!okEnabled(dialog));
        QVERIFY2(shownProblem(dialog).contains(reason), qPrintable(shownProblem(dialog)));
        QCOMPARE(child<QLabel>(dialog, "problemLabel")->textFormat(), Qt::PlainText);
    }

    void tokenRecordRoundTrips()
    {
        const TokenRecord token = fullToken();
        TokenEditDialog dialog(RecordEditDialog::Mode::Edit);
        dialog.setExistingIds({token.id});
        dialog.setRecord(token);
        QVERIFY2(okEnabled(dialog), qPrintable(shownProblem(dialog)));
        QVERIFY(child<QLineEdit>(dialog, "idEdit")->isReadOnly());
        QCOMPARE(dialog.record(), token);
        QCOMPARE(child<QComboBox>(dialog, "statusCombo")->currentData().toString(), s("hypothetical"));

        // A changed date means that date at 00:00 UTC.
        child<QDateTimeEdit>(dialog, "dateTimeEdit")->setDate(QDate(2023, 7, 20));
        QCOMPARE(dialog.record().launchedAt, std::optional<qint64>(utc(2023, 7, 20)));
    }

    void unknownLaunchDateSurvives()
    {
        TokenRecord token = fullToken();
        token.launchedAt.reset();
        TokenEditDialog dialog(RecordEditDialog::Mode::Edit);
        dialog.setRecord(token);
        auto* unknown = child<QCheckBox>(dialog, "absentBox");
        QVERIFY(unknown->isChecked());
        QVERIFY(!child<QDateTimeEdit>(dialog, "dateTimeEdit")->isEnabled());
        QCOMPARE(dialog.record(), token);

        unknown->setChecked(false);
        QVERIFY(dialog.record().launchedAt.has_value());
        unknown->setChecked(true);
        QCOMPARE(dialog.record().launchedAt, std::nullopt);

        // Loading a dated record after an unknown one, and back, shows each as it is.
        dialog.setRecord(fullToken());
        QVERIFY(!unknown->isChecked());
        QCOMPARE(dialog.record().launchedAt, fullToken().launchedAt);
        dialog.setRecord(token);
        QCOMPARE(dialog.record().launchedAt, std::nullopt);
    }

    void narrativeValidatesAndPicksAColour()
    {
        NarrativeEditDialog dialog(RecordEditDialog::Mode::Create);
        dialog.setExistingIds({s("summoning-ghosts")});
        QColor offered;
        dialog.setColorPicker([&offered](QWidget*, const QColor& initial) {
            offered = initial;
            return QColor(s("#123456"));
        });
        QVERIFY(!okEnabled(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "idEdit"), s("summoning-ghosts"));
        QVERIFY2(shownProblem(dialog).contains(s("already taken")), qPrintable(shownProblem(dialog)));
        child<QLineEdit>(dialog, "idEdit")->setText(s("ghost-tokens"));
        QVERIFY2(shownProblem(dialog).contains(s("title")), qPrintable(shownProblem(dialog)));
        QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), s("Ghost tokens"));
        QVERIFY2(okEnabled(dialog), qPrintable(shownProblem(dialog)));
        QVERIFY(dialog.record().color.isEmpty());

        auto* colorButton = child<QPushButton>(dialog, "colorButton");
        QTest::mouseClick(colorButton, Qt::LeftButton);
        QVERIFY(offered.isValid());
        QCOMPARE(dialog.record().color, s("#123456"));
        QCOMPARE(colorButton->text(), s("#123456"));
        QVERIFY(!colorButton->icon().isNull());

        // Cancelling the colour dialog keeps the colour.
        dialog.setColorPicker([](QWidget*, const QColor&) { return QColor(); });
        QTest::mouseClick(colorButton, Qt::LeftButton);
        QCOMPARE(dialog.record().color, s("#123456"));
        QTest::mouseClick(child<QToolButton>(dialog, "clearColorButton"), Qt::LeftButton);
        QVERIFY(dialog.record().color.isEmpty());

        child<QPlainTextEdit>(dialog, "sourcesEdit")->setPlainText(s("bad | mailto:a@b.c"));
        QVERIFY(!okEnabled(dialog));
        QVERIFY2(shownProblem(dialog).startsWith(s("Sources: Line 1")), qPrintable(shownProblem(dialog)));
    }

    void narrativeRecordRoundTrips()
    {
        NarrativeEditDialog dialog(RecordEditDialog::Mode::Edit);
        dialog.setRecord(fullNarrative());
        QVERIFY2(okEnabled(dialog), qPrintable(shownProblem(dialog)));
        QCOMPARE(dialog.record(), fullNarrative());
        QCOMPARE(child<QPushButton>(dialog, "colorButton")->text(), s("#6b3fa0"));
    }

    void eventNeedsADate()
    {
        EventEditDialog dialog(RecordEditDialog::Mode::Create);
        QTest::keyClicks(child<QLineEdit>(dialog, "idEdit"), s("e1"));
        QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), s("Something happened"));
        QVERIFY(!okEnabled(dialog));
        QCOMPARE(shownProblem(dialog), s("The date is required."));

        child<QCheckBox>(dialog, "absentBox")->setChecked(false);
        QVERIFY2(okEnabled(dialog), qPrintable(shownProblem(dialog)));
        auto* when = child<QDateTimeEdit>(dialog, "dateTimeEdit");
        QCOMPARE(when->timeSpec(), Qt::UTC);
        when->setDateTime(QDateTime(QDate(2025, 9, 26), QTime(18, 30), QTimeZone::utc()));
        QCOMPARE(dialog.record().occurredAt, utc(2025, 9, 26, 18, 30));
        bool hasUtcLabel = false;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            hasUtcLabel = hasUtcLabel || label->text() == s("UTC");
        QVERIFY(hasUtcLabel);
    }

    void eventRecordRoundTripsWithTokensAndNarrative()
    {
        TokenRecord icp;
        icp.id = s("icp-ghost");
        icp.name = s("IC GHOST");
        icp.symbol = s("GHOST");
        icp.chain = s("icp");
        TokenRecord xrpl = icp;
        xrpl.id = s("xrpl-ghost-coin");
        xrpl.chain = s("xrpl");
        TokenRecord pepe = icp;
        pepe.id = s("ethereum-pepe");
        pepe.symbol = s("PEPE");

        EventEditDialog dialog(RecordEditDialog::Mode::Edit);
        dialog.setTokens({pepe, icp, xrpl});
        dialog.setNarratives({fullNarrative()});
        dialog.setRecord(fullEvent());
        QVERIFY2(okEnabled(dialog), qPrintable(shownProblem(dialog)));
        QCOMPARE(dialog.record(), fullEvent());
        QCOMPARE(child<QComboBox>(dialog, "narrativeCombo")->currentText(), s("Summoning ghosts"));

        // Refreshing the choices keeps what is checked, including a token the list does not know.
        dialog.setTokens({icp, xrpl, pepe});
        QCOMPARE(dialog.record(), fullEvent());

        auto* list = child<QListWidget>(dialog, "tokenList");
        QListWidgetItem* pepeItem = list->findItems(s("PEPE"), Qt::MatchStartsWith).value(0);
        QVERIFY(pepeItem);
        QVERIFY(!pepeItem->toolTip().isEmpty());
        pepeItem->setCheckState(Qt::Checked);
        QCOMPARE(dialog.record().tokenIds,
                 (QStringList{s("ethereum-pepe"), s("icp-ghost"), s("unlisted-token"), s("xrpl-ghost-coin")}));

        child<QComboBox>(dialog, "narrativeCombo")->setCurrentIndex(0);
        QVERIFY(dialog.record().narrativeId.isEmpty());
    }

    // A write that fails on OK keeps the dialog open, with the store's reason where the user is looking.
    void failedCommitKeepsTheDialogOpen()
    {
        NarrativeEditDialog dialog(RecordEditDialog::Mode::Edit);
        dialog.setRecord(fullNarrative());
        QStringList written;
        bool succeed = false;
        dialog.setCommit([&](QString* error) {
            written.append(dialog.record().title);
            if (!succeed)
                *error = s("Narrative \"summoning-ghosts\" is locked.");
            return succeed;
        });
        dialog.show();
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(written, QStringList{s("Summoning ghosts")});
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(shownProblem(dialog), s("Narrative \"summoning-ghosts\" is locked."));

        succeed = true;
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(written.size(), 2);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void everyFieldHasAToolTip()
    {
        TokenEditDialog token(RecordEditDialog::Mode::Create);
        checkEveryFieldHasToolTip(token);
        NarrativeEditDialog narrative(RecordEditDialog::Mode::Create);
        checkEveryFieldHasToolTip(narrative);
        EventEditDialog event(RecordEditDialog::Mode::Create);
        checkEveryFieldHasToolTip(event);
    }

    // Every "New …" dialog: nothing reported before anything is typed, then the id follows the name or title
    // until the user types one of their own.
    void newRecordSuggestsItsId_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("source");
        QTest::newRow("token") << s("token") << s("nameEdit");
        QTest::newRow("narrative") << s("narrative") << s("titleEdit");
        QTest::newRow("event") << s("event") << s("titleEdit");
    }

    void newRecordSuggestsItsId()
    {
        QFETCH(QString, kind);
        QFETCH(QString, source);
        std::unique_ptr<RecordEditDialog> dialog;
        if (kind == s("token"))
            dialog = std::make_unique<TokenEditDialog>(RecordEditDialog::Mode::Create);
        else if (kind == s("narrative"))
            dialog = std::make_unique<NarrativeEditDialog>(RecordEditDialog::Mode::Create);
        else
            dialog = std::make_unique<EventEditDialog>(RecordEditDialog::Mode::Create);
        dialog->setExistingIds({s("karpathy-s-reply-to-sutton")});
        dialog->show();
        QVERIFY(!okEnabled(*dialog));
        QVERIFY2(shownProblem(*dialog).isEmpty(), qPrintable(shownProblem(*dialog)));

        auto* title = child<QLineEdit>(*dialog, source.toLatin1().constData());
        auto* id = child<QLineEdit>(*dialog, "idEdit");
        QTest::keyClicks(title, s("Karpathy's reply to Sutton"));
        QCOMPARE(id->text(), s("karpathy-s-reply-to-sutton-2")); // the plain one is taken
        QVERIFY(!shownProblem(*dialog).contains(s("id")));

        // An id of one's own stays while the title changes; clearing it lets the title lead again.
        id->clear();
        QTest::keyClicks(id, s("mine"));
        QTest::keyClicks(title, s("!"));
        QCOMPARE(id->text(), s("mine"));
        id->selectAll();
        QTest::keyClick(id, Qt::Key_Backspace);
        QCOMPARE(shownProblem(*dialog), s("The id is required.")); // the form is no longer untouched
        QTest::keyClicks(title, s("?"));
        QCOMPARE(id->text(), s("karpathy-s-reply-to-sutton-2"));
    }

    void suggestedIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::newRow("words") << s("Ghost Coin") << s("ghost-coin");
        QTest::newRow("punctuation") << s("IC GHOST (ICP) — launch!") << s("ic-ghost-icp-launch");
        QTest::newRow("accents") << s("Café Über") << s("cafe-uber");
        QTest::newRow("edges") << s("  --Hi--  ") << s("hi");
        QTest::newRow("no latin letters") << s("ゴースト") << QString();
        QTest::newRow("long") << QString(80, QLatin1Char('a')) << QString(60, QLatin1Char('a'));
    }

    void suggestedIds()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        QCOMPARE(RecordEditDialog::suggestedId(text, {}), id);
    }
};

QTEST_MAIN(TestEditDialogs)
#include "tst_editdialogs.moc"
