// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme/themestyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace seance {
namespace {

QColor blend(const QColor& from, const QColor& to, double share)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * share),
                            float(from.greenF() + (to.greenF() - from.greenF()) * share),
                            float(from.blueF() + (to.blueF() - from.blueF()) * share));
}

} // namespace

ThemeStyle::ThemeStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

QColor ThemeStyle::indicatorOutline(const QPalette& palette, bool enabled)
{
    // 65 % of the way from base to text gives 4–7:1 on the three themes' bases; a disabled box stays visible
    // at the disabled text colour.
    return enabled ? blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.65)
                   : palette.color(QPalette::Disabled, QPalette::Text);
}

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                               const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
        return;
    const bool enabled = option->state & State_Enabled;
    const bool keyboardFocus = (option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(
        keyboardFocus ? option->palette.color(QPalette::Highlight) : indicatorOutline(option->palette, enabled), 1.0));
    // The same geometry as Fusion's own outline, so this one covers it.
    const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5));
    else
        painter->drawRect(box);
    painter->restore();
}

} // namespace seance
