// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFontMetrics;
class QFontMetricsF;

namespace seance {

// QFontMetricsF::elidedText with one ellipsis only: a title that already holds "…" (a quotation shortened by its
// author), cut just after it, would read "animals … …". The cut also drops the spaces and the ellipsis before
// its own "…". The result fits width.
QString elidedText(const QFontMetricsF& metrics, const QString& text, double width);
QString elidedText(const QFontMetrics& metrics, const QString& text, int width);

} // namespace seance
