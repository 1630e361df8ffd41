// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The record dialogs and the chart export dialog: Alt plus a letter reaches one field or button only, in English,
// Korean and Japanese (the token dialog once had five letters twice, such as "&Name:" and "Supply &note:").
#include "accesskeys.h"
#include "ui/editing/eventeditdialog.h"
#include "ui/editing/narrativeeditdialog.h"
#include "ui/editing/tokeneditdialog.h"
#include "ui/export/exportchartdialog.h"

#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <memory>

using namespace seance;

class TestDialogAccessKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void eachDialogHasDistinctKeys_data() { testing::addLanguageRows(); }
    void eachDialogHasDistinctKeys()
    {
        const testing::RowLanguage language;
        QVERIFY(language.installed());
        const std::pair<const char*, std::function<std::unique_ptr<QDialog>()>> dialogs[] = {
            {"token", [] { return std::make_unique<TokenEditDialog>(TokenEditDialog::Mode::Create); }},
            {"narrative", [] { return std::make_unique<NarrativeEditDialog>(NarrativeEditDialog::Mode::Create); }},
            {"event", [] { return std::make_unique<EventEditDialog>(EventEditDialog::Mode::Create); }},
            {"chart export",
             [] {
                 ChartExportSpec smoothed; // smoothing on, so that its row and the band's box are shown
                 smoothed.smoothing.kind = SmoothingKind::MovingAverage;
                 smoothed.smoothing.days = 14;
                 return std::make_unique<ExportChartDialog>(smoothed, Theme::Dark);
             }},
        };
        for (const auto& [name, make] : dialogs) {
            const std::unique_ptr<QDialog> dialog = make();
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            const QStringList texts = testing::accessKeyTexts(*dialog);
            QVERIFY2(texts.size() > 3, name);
            const QString clash = testing::accessKeyClash(texts);
            QVERIFY2(clash.isEmpty(), qPrintable(QLatin1String(name) + QStringLiteral(" dialog: ") + clash));
        }
    }
};

QTEST_MAIN(TestDialogAccessKeys)
#include "tst_dialogaccesskeys.moc"
