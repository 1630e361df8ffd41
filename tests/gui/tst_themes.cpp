// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/appsettings.h"
#include "models/viewstate.h"
#include "presentingworkspace.h"
#include "ui/chart/chartpalette.h"
#include "ui/chart/sentimentchartpane.h"
#include "ui/mainwindow.h"
#include "ui/theme/theme.h"
#include "ui/timeline/narrativetimelinepane.h"
#include "ui/timeline/timelinepalette.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace seance;
using namespace seance::testing;

namespace {

QAction* themeAction(MainWindow& window, Theme theme)
{
    const auto actions = window.findChildren<QAction*>();
    for (QAction* action : actions) {
        if (action->isCheckable() && action->data().toString() == themeName(theme))
            return action;
    }
    return nullptr;
}

// The colour in the middle of the chart's plot background, away from lines: the top-left corner of the pane's
// rendering is the chart's background.
QColor chartBackground(SentimentChartPane* pane)
{
    QImage image(400, 240, QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    pane->renderTo(&painter, QRectF(image.rect()));
    painter.end();
    return image.pixelColor(2, 2);
}

} // namespace

class TestThemes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("themes.seance"));
        QString error;
        QVERIFY2(createPresentingWorkspace(m_path, false, &error), qPrintable(error));
    }

    void namesRoundTrip()
    {
        for (const Theme theme : allThemes()) {
            QCOMPARE(themeFromName(themeName(theme)), std::optional<Theme>(theme));
            QVERIFY(!themeDisplayName(theme).isEmpty());
        }
        QCOMPARE(themeName(Theme::Presenter), QStringLiteral("presenter"));
        QCOMPARE(themeFromName(QStringLiteral("LIGHT")), std::optional<Theme>(Theme::Light));
        QVERIFY(!themeFromName(QStringLiteral("neon")).has_value());
        QVERIFY(!themeFromName(QString()).has_value());
    }

    void palettesMatchTheirTheme()
    {
        QVERIFY(chartPalette(Theme::Dark).background.lightness() < 60);
        QVERIFY(chartPalette(Theme::Light).background.lightness() > 200);
        const ChartPalette presenter = chartPalette(Theme::Presenter);
        // High contrast: near-black text on white, and bolder lines.
        QVERIFY(presenter.background.lightness() > 240 && presenter.text.lightness() < 30);
        QVERIFY(presenter.lineWidthFactor > 1);
        QVERIFY(applicationPalette(Theme::Dark).color(QPalette::Window).lightness() < 60);
        QVERIFY(applicationPalette(Theme::Light).color(QPalette::Window).lightness() > 200);
        QVERIFY(timelinePalette(Theme::Light).background.lightness() > 200);
        // The timeline follows the theme as the chart does, and its lane titles stay readable on its background.
        for (const Theme theme : {Theme::Dark, Theme::Light, Theme::Presenter}) {
            const TimelinePalette timeline = timelinePalette(theme);
            QCOMPARE(timeline.background.lightness() < 128, chartPalette(theme).background.lightness() < 128);
            QVERIFY(qAbs(timeline.laneTitle.lightness() - timeline.background.lightness()) > 120);
        }
    }

    void switchesLiveAndPersists()
    {
        AppSettings::reset(Setting::Theme);
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openDatabase(m_path));
            window.viewState()->setSelectedTokens({QStringLiteral("alpha")});
            QCOMPARE(window.theme(), Theme::Dark);
            QVERIFY(chartBackground(window.chartPane()).lightness() < 60);

            QAction* light = themeAction(window, Theme::Light);
            QVERIFY(light);
            light->trigger();
            QCOMPARE(window.theme(), Theme::Light);
            QVERIFY(light->isChecked());
            QVERIFY(!themeAction(window, Theme::Dark)->isChecked());
            QCOMPARE(AppSettings::value(Setting::Theme).toString(), QStringLiteral("light"));
            QCOMPARE(QApplication::palette().color(QPalette::Window),
                     applicationPalette(Theme::Light).color(QPalette::Window));
            QCOMPARE(window.chartPane()->chartPalette().background, ChartPalette::light().background);
            QCOMPARE(window.timelinePane()->timelinePalette().background, timelinePalette(Theme::Light).background);
            // The chart on screen repaints in the new colours, without reopening anything.
            QCOMPARE(chartBackground(window.chartPane()), ChartPalette::light().background);

            themeAction(window, Theme::Presenter)->trigger();
            QCOMPARE(chartBackground(window.chartPane()), ChartPalette::presenter().background);
            QCOMPARE(window.timelinePane()->timelinePalette().background, timelinePalette(Theme::Presenter).background);
        }
        // The next window starts in the saved theme.
        MainWindow again;
        QCOMPARE(again.theme(), Theme::Presenter);
        QVERIFY(themeAction(again, Theme::Presenter)->isChecked());
        QCOMPARE(again.chartPane()->chartPalette().background, ChartPalette::presenter().background);
        again.setTheme(Theme::Dark);
        QCOMPARE(savedTheme(), Theme::Dark);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestThemes)
#include "tst_themes.moc"
