// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>

namespace seance {

// Every persisted setting, with its key and default, in one table (appsettings.cpp).
enum class Setting {
    MainWindowGeometry,
    MainWindowState,
    ChartSplitterState, // the heights of the chart and the narrative timeline
    LastDatabase,
    RecentDatabases,
    LastImportFolder,
    TokenTableHeaderState,
    ExtraLexiconPath,
    ViewStateJson, // selections, range, metric and granularity of the last session
    ShowUtc,       // times in UTC rather than local time
    // Presenting (ui/theme, ui/export/exportchartdialog)
    Theme,                  // "dark", "light" or "presenter"
    ChartExportFormat,      // "png" or "svg"
    ChartExportSize,        // QSize in logical pixels; Edit › Copy Chart uses it too
    ChartExportScale,       // PNG pixel ratio, 1 or 2
    ChartExportEvents,      // draw the event markers
    ChartExportLegend,      // draw the legend
    ChartExportTransparent, // leave the background transparent
    ChartExportFolder,      // where the last chart was saved
    ImpactDays,             // N of the event impact table and tooltips: days before and after an event
    CompareSetupJson,       // the Compare Narratives pane's rows and window (CompareSetup::toJson)
    TokenColors,            // QVariantMap token id → "#rrggbb": colours the user chose (ui/chart/chartpalette)
    ChartExportTitle,       // the last export's title, subtitle and caption, offered again next time
    ChartExportSubtitle,
    ChartExportCaption,
    // Market data (models/market): never stored in a workspace or an export
    CoinGeckoBaseUrl,  // the API root, "https://api.coingecko.com/api/v3"; a test points it at 127.0.0.1
    CoinGeckoApiKey,   // an optional demo key, sent as x-cg-demo-api-key
    MarketFetchDays,   // the days of history Token › Fetch Market Data… asks for
    ChartPriceOverlay, // the chart draws the selected tokens' prices on a second axis
    ChartPriceLog,     // … on a log scale
    Language,          // "system", "en", "ko" or "ja" (models/i18n/languagesetting)
    ImpactMeasure,     // what Event Impact measures on: impactMeasureName() (models/analysis/tokenimpactrows)
    ImpactTokens,      // QStringList: the token ids Event Impact measures on when the user chose them
    TokenTableHiddenPriceColumns, // QStringList: the token table's price columns the user hid ("price", "priceChange")
};

class AppSettings final
{
public:
    static QVariant value(Setting setting);
    static void setValue(Setting setting, const QVariant& value);
    static void reset(Setting setting);
    static QString key(Setting setting);
    static QVariant defaultValue(Setting setting);

    // Most recent first, without duplicates, at most `limit` entries.
    static void addRecentDatabase(const QString& path, int limit = 8);
};

} // namespace seance
