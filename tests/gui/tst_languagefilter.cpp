// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The language filter from the posts pane's combo through the ViewState to the View menu, the posts list and
// the chart, on the sample workspace (whose Korean posts are written in Hangul): every listed post is then in
// Hangul, and choosing All Languages brings the others back.
#include "models/items/postlistmodel.h"
#include "models/viewstate.h"
#include "samplewindow.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/posts/postspane.h"
#include "ui/tokens/tokenbrowser.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>

using namespace seance;

namespace {

// Fetches every page, then the texts of the listed posts.
QStringList listedTexts(PostListModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, 0).data(PostListModel::TextRole).toString();
    return texts;
}

QAction* filterAction(const QMainWindow& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == text && action->isCheckable())
            return action;
    }
    return nullptr;
}

} // namespace

class TestLanguageFilter : public QObject
{
    Q_OBJECT
private slots:
    void koreanPostsOnly()
    {
        auto window = testing::openSampleWindow(m_dir);
        QVERIFY(window);
        const QString token = QStringLiteral("ethereum-pepe");
        window->tokenBrowser()->selectTokens({token});
        window->viewState()->setSelectedTokens({token});
        PostListModel& model = *window->postsPane()->model();
        const QStringList all = listedTexts(model);
        const QRegularExpression hangul(QStringLiteral("\\p{Hangul}"));
        const auto inHangul = [&hangul](const QString& text) { return text.contains(hangul); };
        const qsizetype korean = std::count_if(all.begin(), all.end(), inHangul);
        QVERIFY2(korean > 0 && korean < all.size(), qPrintable(QString::number(korean)));

        QComboBox* box = window->postsPane()->languageBox();
        const int koreanIndex = box->findData(QStringLiteral("ko"));
        QVERIFY(koreanIndex > 0);
        box->setCurrentIndex(koreanIndex);
        emit box->activated(koreanIndex); // what a user's pick sends
        QVERIFY(window->viewState()->postLanguage() == PostLanguage::Korean);
        QVERIFY(filterAction(*window, QStringLiteral("Korean")) &&
                filterAction(*window, QStringLiteral("Korean"))->isChecked());
        const QStringList filtered = listedTexts(model);
        QVERIFY(!filtered.isEmpty());
        QVERIFY2(std::all_of(filtered.begin(), filtered.end(), inHangul), qPrintable(filtered.join(QLatin1Char('\n'))));
        QVERIFY(filtered.size() <= korean); // Hangul may also be quoted in an English post
        SentimentChartPane* chart = window->chartPane();
        QTRY_VERIFY_WITH_TIMEOUT(!chart->isLoading(), 10000);
        const QList<QLabel*> labels = chart->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
            return label->text().contains(QStringLiteral("Korean posts only"));
        }));
        if (const QString dir = qEnvironmentVariable("SEANCE_SCREENSHOT_DIR"); !dir.isEmpty())
            window->grab().save(dir + QStringLiteral("/language-filter-ko.png"));

        filterAction(*window, QStringLiteral("All Languages"))->trigger(); // View › Language Filter
        QCOMPARE(box->currentData().toString(), QStringLiteral("all"));
        QCOMPARE(listedTexts(model), all);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestLanguageFilter)
#include "tst_languagefilter.moc"
