// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/appsettings.h"
#include "ui/export/exportchartdialog.h"
#include "ui/mainwindow.h"
#include "presentingworkspace.h"
#include "models/viewstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
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
