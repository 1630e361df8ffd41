// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What SentimentChartPane tells about its drawing, for the timeline's alignment and for tests.
#include "ui/chart/sentimentchartpane.h"

#include "ui/chart/sentimentchartview.h"

namespace seance {

QRectF SentimentChartPane::plotRectInPane() const
{
    const QRectF inViewport = m_view->viewportTransform().mapRect(m_view->plotArea());
    return inViewport.translated(m_view->viewport()->mapTo(this, QPoint(0, 0)));
}

QList<QPointF> SentimentChartPane::seriesSolidPoints(int index) const
{
    return m_view->seriesSet().linePoints(index, true);
}

int SentimentChartPane::seriesBandCount(int index) const
{
    return m_view->seriesSet().bandCount(index);
}

int SentimentChartPane::seriesFadedRunCount(int index) const
{
    return m_view->seriesSet().fadedSegmentCount(index);
}

} // namespace seance
