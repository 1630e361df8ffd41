// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/appsettings.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QThread>
#include <QSize>
#include <QStringList>

#include <vector>

namespace seance {
namespace {

struct SettingEntry
{
    Setting setting;
    const char* key;
    QVariant defaultValue;
};

// A vector, not an array, so that a new setting is one added line.
const std::vector<SettingEntry>& settingTable()
{
    static const std::vector<SettingEntry> table = {
        {Setting::MainWindowGeometry, "mainWindow/geometry", QVariant()},
        {Setting::MainWindowState, "mainWindow/state", QVariant()},
        {Setting::ChartSplitterState, "mainWindow/chartSplitter", QVariant()},
        {Setting::LastDatabase, "workspace/lastDatabase", QVariant(QString())},
        {Setting::RecentDatabases, "workspace/recentDatabases", QVariant(QStringList())},
        {Setting::LastImportFolder, "workspace/lastImportFolder", QVariant(QString())},
        {Setting::TokenTableHeaderState, "tokens/headerState", QVariant()},
        {Setting::ExtraLexiconPath, "sentiment/extraLexicon", QVariant(QString())},
        {Setting::ViewStateJson, "view/state", QVariant(QByteArray())},
        {Setting::ShowUtc, "view/showUtc", QVariant(false)},
        {Setting::Theme, "view/theme", QVariant(QStringLiteral("dark"))},
        {Setting::ChartExportFormat, "export/chartFormat", QVariant(QStringLiteral("png"))},
        {Setting::ChartExportSize, "export/chartSize", QVariant(QSize(1920, 1080))},
        {Setting::ChartExportScale, "export/chartScale", QVariant(2.0)},
        {Setting::ChartExportEvents, "export/chartEvents", QVariant(true)},
        {Setting::ChartExportLegend, "export/chartLegend", QVariant(true)},
        {Setting::ChartExportTransparent, "export/chartTransparent", QVariant(false)},
        {Setting::ChartExportFolder, "export/chartFolder", QVariant(QString())},
        {Setting::ImpactDays, "impact/days", QVariant(7)},
        {Setting::CompareSetupJson, "compare/setup", QVariant(QByteArray())},
        {Setting::TokenColors, "chart/tokenColors", QVariant(QVariantMap())},
        {Setting::ChartExportTitle, "export/chartTitle", QVariant()},
        {Setting::ChartExportSubtitle, "export/chartSubtitle", QVariant()},
        {Setting::ChartExportCaption, "export/chartCaption", QVariant()},
        {Setting::CoinGeckoBaseUrl, "market/coingeckoBaseUrl",
         QVariant(QStringLiteral("https://api.coingecko.com/api/v3"))},
        {Setting::CoinGeckoApiKey, "market/coingeckoApiKey", QVariant(QString())},
        {Setting::MarketFetchDays, "market/fetchDays", QVariant(365)},
        {Setting::ChartPriceOverlay, "chart/priceOverlay", QVariant(true)},
        {Setting::ChartPriceLog, "chart/priceLog", QVariant(false)},
        {Setting::Language, "view/language", QVariant(QStringLiteral("system"))},
        {Setting::ImpactMeasure, "impact/measureOn", QVariant(QStringLiteral("narrative"))},
        {Setting::ImpactTokens, "impact/tokens", QVariant(QStringList())},
        {Setting::TokenTableHiddenPriceColumns, "tokens/hiddenPriceColumns", QVariant(QStringList())},
    };
    return table;
}

const SettingEntry& entry(Setting setting)
{
    for (const SettingEntry& e : settingTable()) {
        if (e.setting == setting)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

QString AppSettings::key(Setting setting)
{
    return QString::fromLatin1(entry(setting).key);
}

QVariant AppSettings::defaultValue(Setting setting)
{
    return entry(setting).defaultValue;
}

QVariant AppSettings::value(Setting setting)
{
    return QSettings().value(key(setting), defaultValue(setting));
}

namespace {

// Every QSettings writes its whole file and syncs it to disk when destroyed: some milliseconds on an idle
// disk, and a hundred or more while an import writes, once per change. On the GUI thread changes go through
// one long-lived instance instead, which Qt syncs from the event loop and when the application quits; it is
// made again if the settings file changes (tests switch to a file of their own). Other instances read its
// changes before they are synced, since Qt shares one cache per file within the process.
class SettingsWriter
{
public:
    template <typename Change>
    static void apply(Change&& change)
    {
        QCoreApplication* app = QCoreApplication::instance();
        if (!app || QThread::currentThread() != app->thread()) {
            QSettings settings;
            change(settings);
            return;
        }
        static QPointer<QSettings> shared;
        const QString file = QSettings().fileName();
        if (!shared || shared->fileName() != file) {
            delete shared.data();
            shared = new QSettings(app);
        }
        change(*shared);
    }
};

} // namespace

void AppSettings::setValue(Setting setting, const QVariant& value)
{
    SettingsWriter::apply([&](QSettings& settings) { settings.setValue(key(setting), value); });
}

void AppSettings::reset(Setting setting)
{
    SettingsWriter::apply([&](QSettings& settings) { settings.remove(key(setting)); });
}

void AppSettings::addRecentDatabase(const QString& path, int limit)
{
    QStringList recent = value(Setting::RecentDatabases).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > limit)
        recent.removeLast();
    setValue(Setting::RecentDatabases, recent);
}

} // namespace seance
