// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The cold-start baseline: the least a Qt Charts program can do, a QApplication and a QChartView with one line,
// shown at the size of Seance's window. bench_coldstart times it against Seance on its sample workspace.
#include "ui/common/firstpaintprobe.h"

#include <QApplication>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    auto* series = new QLineSeries;
    for (int i = 0; i < 200; ++i)
        series->append(i, (i * 37 % 100) / 50.0 - 1.0);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    QChartView view(chart);
    view.resize(1400, 900);
    seance::installFirstPaintProbe(&view);
    view.show();
    return app.exec();
}
