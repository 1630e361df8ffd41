// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/appsettings.h"
#include "models/storage/eventstore.h"
#include "models/viewstate.h"
#include "presentingworkspace.h"
#include "ui/chart/chartexport.h"
#include "ui/export/exportchartdialog.h"
#include "ui/mainwindow.h"
#include "ui/presenting/chartexportactions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace seance;
using namespace seance::testing;

namespace {

template <typename T> T* field(QWidget& dialog, const char* name)
{
    return dialog.findChild<T*>(QLatin1String(name));
}

} // namespace

class TestExportChartDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("dialog.seance"));
        QString error;
        QVERIFY2(createPresentingWorkspace(m_path, true, &error), qPrintable(error));
    }

    void init() { QSettings().clear(); }

    void defaultsComeFromTheView()
    {
        ExportChartDialog dialog(view(), Theme::Light);
        QVERIFY2(dialog.isLoaded(), qPrintable(dialog.loadError()));
        QCOMPARE(dialog.chosenFormat(), ImageFormat::Png);
        QCOMPARE(dialog.chosenSize(), QSize(1920, 1080));
        QCOMPARE(dialog.chosenScale(), 2.0);
        QCOMPARE(dialog.chosenTheme(), Theme::Light);
        QVERIFY(field<QLineEdit>(dialog, "title")->text().contains(QLatin1String("Alpha Coin (ALPHA)")));
        QVERIFY(field<QLineEdit>(dialog, "subtitle")->text().contains(QLatin1String("Oct 3")));
        const QString caption = field<QLineEdit>(dialog, "caption")->text();
        QVERIFY2(caption.contains(QLatin1String("dialog.seance")) &&
                     caption.contains(QLatin1String("sample data"), Qt::CaseInsensitive),
                 qPrintable(caption));
        QVERIFY(field<QCheckBox>(dialog, "events")->isChecked());
        QVERIFY(field<QCheckBox>(dialog, "legend")->isChecked());
        QVERIFY(!field<QCheckBox>(dialog, "transparent")->isChecked());
        QVERIFY(!field<QSpinBox>(dialog, "width")->isEnabled());
        // The preview is the picture, at thumbnail size and in the proportions chosen.
        const QImage preview = dialog.previewImage();
        QCOMPARE(preview.width(), 400);
        QCOMPARE(preview.height(), 225);
        QCOMPARE(preview.pixelColor(1, 1), chartPalette(Theme::Light).background);
        const ChartExportSpec spec = dialog.chosenSpec();
        QCOMPARE(spec.tokenIds, view().tokenIds);
        QCOMPARE(spec.range, view().range);
    }

    // The view's smoothing comes in; the dialog can change it for the picture, and a subtitle left as suggested
    // names it, while one the user wrote stays.
    void smoothingFollowsTheViewAndCanChange()
    {
        ChartExportSpec smoothed = view();
        smoothed.smoothing.kind = SmoothingKind::MovingAverage;
        smoothed.smoothing.days = 14;
        ExportChartDialog dialog(smoothed, Theme::Dark);
        QVERIFY2(dialog.isLoaded(), qPrintable(dialog.loadError()));
        auto* kind = field<QComboBox>(dialog, "smoothing");
        auto* band = field<QCheckBox>(dialog, "band");
        auto* subtitle = field<QLineEdit>(dialog, "subtitle");
        QCOMPARE(kind->currentText(), QStringLiteral("14-day moving average"));
        QVERIFY(subtitle->text().contains(QStringLiteral("14-day moving average")));
        QVERIFY(band->isEnabled());
        band->setChecked(true);
        QCOMPARE(dialog.chosenSpec().smoothing.kind, SmoothingKind::MovingAverage);
        QVERIFY(dialog.chosenSpec().smoothing.band);
        QVERIFY2(subtitle->text().contains(QStringLiteral("14-day moving average ± standard error")),
                 qPrintable(subtitle->text()));
        kind->setCurrentIndex(kind->findText(QStringLiteral("14-day EMA")));
        QVERIFY2(subtitle->text().contains(QStringLiteral("14-day EMA ± standard error")),
                 qPrintable(subtitle->text()));
        subtitle->setText(QStringLiteral("My own words"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("None")));
        QCOMPARE(subtitle->text(), QStringLiteral("My own words"));
        QVERIFY(!band->isEnabled());
        QCOMPARE(dialog.chosenSpec().smoothing.kind, SmoothingKind::None);
        QVERIFY(!dialog.chosenSpec().smoothing.band);
    }

    void presetsSetTheSize()
    {
        ExportChartDialog dialog(view(), Theme::Dark);
        auto* presets = field<QComboBox>(dialog, "sizePreset");
        const QList<QSize> sizes = ExportChartDialog::sizePresets();
        QCOMPARE(sizes, (QList<QSize>{{1920, 1080}, {1280, 720}, {1080, 1080}, {1200, 630}}));
        QCOMPARE(presets->count(), sizes.size() + 1);
        for (int i = 0; i < sizes.size(); ++i) {
            presets->setCurrentIndex(i);
            QCOMPARE(dialog.chosenSize(), sizes.at(i));
            QVERIFY(!field<QSpinBox>(dialog, "height")->isEnabled());
        }
        presets->setCurrentIndex(presets->count() - 1); // Custom
        auto* width = field<QSpinBox>(dialog, "width");
        auto* height = field<QSpinBox>(dialog, "height");
        QVERIFY(width->isEnabled() && height->isEnabled());
        width->setValue(1000);
        height->setValue(500);
        QCOMPARE(dialog.chosenSize(), QSize(1000, 500));
        // The preview follows once the edits settle.
        QTRY_COMPARE(dialog.previewImage().size(), QSize(400, 200));

        auto* format = field<QComboBox>(dialog, "format");
        format->setCurrentIndex(format->findData(QStringLiteral("svg")));
        QCOMPARE(dialog.chosenFormat(), ImageFormat::Svg);
        QVERIFY(!field<QComboBox>(dialog, "scale")->isEnabled());
        QCOMPARE(dialog.chosenScale(), 1.0);
        QVERIFY(dialog.suggestedFileName().endsWith(QLatin1String(".svg")));
    }

    void choicesAreRemembered()
    {
        {
            ExportChartDialog dialog(view(), Theme::Dark);
            auto* format = field<QComboBox>(dialog, "format");
            format->setCurrentIndex(format->findData(QStringLiteral("svg")));
            field<QComboBox>(dialog, "sizePreset")->setCurrentIndex(2);
            field<QCheckBox>(dialog, "legend")->setChecked(false);
            field<QCheckBox>(dialog, "transparent")->setChecked(true);
            dialog.rememberChoices();
        }
        ExportChartDialog again(view(), Theme::Dark);
        QCOMPARE(again.chosenFormat(), ImageFormat::Svg);
        QCOMPARE(again.chosenSize(), QSize(1080, 1080));
        QCOMPARE(field<QComboBox>(again, "sizePreset")->currentIndex(), 2);
        QVERIFY(!field<QCheckBox>(again, "legend")->isChecked());
        QVERIFY(field<QCheckBox>(again, "transparent")->isChecked());
        QVERIFY(field<QCheckBox>(again, "events")->isChecked());
    }

    // What the user wrote for the last export is offered again; texts left as the view's default are not kept,
    // so the next default follows the next view.
    void titleAndCaptionAreRemembered()
    {
        QString defaultTitle;
        {
            ExportChartDialog dialog(view(), Theme::Dark);
            defaultTitle = field<QLineEdit>(dialog, "title")->text();
            field<QLineEdit>(dialog, "title")->setText(QStringLiteral("Ghosts, week one"));
            field<QLineEdit>(dialog, "caption")->setText(QStringLiteral("Source: the team's notes"));
            dialog.rememberChoices();
        }
        {
            ExportChartDialog again(view(), Theme::Dark);
            QCOMPARE(field<QLineEdit>(again, "title")->text(), QStringLiteral("Ghosts, week one"));
            QCOMPARE(field<QLineEdit>(again, "caption")->text(), QStringLiteral("Source: the team's notes"));
            QVERIFY(field<QLineEdit>(again, "subtitle")->text().contains(QLatin1String("Oct 3")));
            field<QLineEdit>(again, "title")->setText(defaultTitle); // back to the default: not kept
            again.rememberChoices();
        }
        ExportChartDialog third(view(), Theme::Dark);
        QCOMPARE(field<QLineEdit>(third, "title")->text(), defaultTitle);
        QCOMPARE(field<QLineEdit>(third, "caption")->text(), QStringLiteral("Source: the team's notes"));
    }

    // The preview shows the whole picture, whatever its shape, in a box that does not grow or crop.
    void previewShowsTheWholePicture_data()
    {
        QTest::addColumn<QSize>("size");
        for (const QSize& size : ExportChartDialog::sizePresets())
            QTest::addRow("%dx%d", size.width(), size.height()) << size;
        QTest::newRow("tall custom") << QSize(800, 1400);
    }

    void previewShowsTheWholePicture()
    {
        QFETCH(QSize, size);
        ExportChartDialog dialog(view(), Theme::Dark);
        auto* preset = field<QComboBox>(dialog, "sizePreset");
        preset->setCurrentIndex(preset->count() - 1); // custom
        field<QSpinBox>(dialog, "width")->setValue(size.width());
        field<QSpinBox>(dialog, "height")->setValue(size.height());
        dialog.show();
        auto* preview = field<QLabel>(dialog, "preview");
        QTRY_VERIFY(!preview->pixmap().isNull() &&
                    std::abs(preview->pixmap().width() * size.height() - preview->pixmap().height() * size.width()) <=
                        std::max(size.width(), size.height()));
        const QSize shown = preview->pixmap().size();
        QVERIFY2(shown.width() <= preview->width() && shown.height() <= preview->height(),
                 qPrintable(QStringLiteral("%1×%2 in %3×%4")
                                .arg(shown.width())
                                .arg(shown.height())
                                .arg(preview->width())
                                .arg(preview->height())));
        QVERIFY(shown.width() >= preview->width() - 1 || shown.height() >= preview->height() - 1); // as big as fits
    }

    // The focused event is where the user is on screen; the exported picture is the same with or without one.
    void focusedEventDoesNotLeakIntoExports()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_path));
        window.viewState()->setSelectedTokens(view().tokenIds);
        window.viewState()->setVisibleRange(*view().range);
        window.viewState()->setFocusedEvent(QString());
        const QImage plain = rendered(window.chartExport()->currentSpec());
        QVERIFY(!plain.isNull());
        const QList<EventRecord> events = EventStore(*window.database()).all();
        QVERIFY(!events.isEmpty());
        int compared = 0;
        for (const EventRecord& event : events) {
            if (!view().range->contains(event.occurredAt))
                continue;
            window.viewState()->setFocusedEvent(event.id);
            QCOMPARE(window.viewState()->focusedEvent(), event.id);
            QCOMPARE(rendered(window.chartExport()->currentSpec()), plain);
            ++compared;
        }
        QVERIFY2(compared > 0, "an event lies in the exported range");
    }

    void fileExportChartWritesThePicture()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_path));
        window.viewState()->setSelectedTokens(view().tokenIds);
        const QString target = m_dir.filePath(QStringLiteral("from-window"));
        DialogSeam seam = DialogSeam::standard();
        seam.execDialog = [](QDialog* dialog) {
            dialog->findChild<QComboBox*>(QStringLiteral("sizePreset"))->setCurrentIndex(1); // 1280×720
            dialog->findChild<QComboBox*>(QStringLiteral("scale"))->setCurrentIndex(0);
            return int(QDialog::Accepted);
        };
        seam.saveFileName = [target](QWidget*, const QString&, const QString&, const QString&) { return target; };
        QString shownError;
        seam.showError = [&shownError](QWidget*, const QString&, const QString& text) { shownError = text; };
        window.setDialogSeam(seam);
        window.exportChart();
        QVERIFY2(shownError.isEmpty(), qPrintable(shownError));
        const QImage written(target + QStringLiteral(".png"));
        QCOMPARE(written.size(), QSize(1280, 720));
        QCOMPARE(AppSettings::value(Setting::ChartExportSize).toSize(), QSize(1280, 720));

        // Without tokens there is nothing to export, and the user is told so.
        window.viewState()->setSelectedTokens({});
        window.exportChart();
        QVERIFY(!shownError.isEmpty());
    }

private:
    static QImage rendered(const ChartExportSpec& spec)
    {
        ChartExportRenderer renderer;
        if (!renderer.load(spec))
            return QImage();
        QImage image(QSize(960, 540), QImage::Format_ARGB32);
        image.fill(Qt::black);
        QPainter painter(&image);
        renderer.paint(&painter, QRectF(0, 0, 960, 540));
        return image;
    }

    ChartExportSpec view() const
    {
        ChartExportSpec spec;
        spec.databasePath = m_path;
        spec.tokenIds = {QStringLiteral("alpha"), QStringLiteral("beta")};
        spec.range = TimeRange{presentingDay0 + 2 * dayMs, presentingDay0 + 12 * dayMs};
        return spec;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestExportChartDialog)
#include "tst_exportchartdialog.moc"
