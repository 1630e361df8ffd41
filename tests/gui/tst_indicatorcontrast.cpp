// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of check box, radio button and check indicator, in every theme, checked and not, must stand out from
// what surrounds it: the strongest contrast (WCAG's ratio of relative luminances) between a pixel of the grabbed
// indicator and the most common colour around it is at least 3:1, WCAG's bar for the parts of a control. Plain
// Fusion fails this on the dark theme (the event dialog's token boxes were invisible) and on the light one.
#include "models/storage/records.h"
#include "ui/editing/eventeditdialog.h"
#include "ui/theme/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QHash>
#include <QListWidget>
#include <QMenu>
#include <QRadioButton>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTableWidget>
#include <QTest>

#include <cmath>
#include <functional>
#include <memory>

using namespace seance;

namespace {

double luminance(QRgb rgb)
{
    auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) + 0.0722 * channel(qBlue(rgb));
}

double contrastRatio(QRgb a, QRgb b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The most common colour in the ring of `width` pixels around rect: what the indicator sits on.
QRgb surroundingColour(const QImage& image, const QRect& rect, int width = 4)
{
    QHash<QRgb, int> counts;
    const QRect outer = rect.adjusted(-width, -width, width, width).intersected(image.rect());
    for (int y = outer.top(); y <= outer.bottom(); ++y) {
        for (int x = outer.left(); x <= outer.right(); ++x) {
            if (!rect.contains(x, y))
                ++counts[image.pixel(x, y) | 0xff000000];
        }
    }
    QRgb best = 0;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

double strongestContrast(const QImage& image, const QRect& rect, QRgb background)
{
    double strongest = 1.0;
    const QRect inside = rect.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            strongest = std::max(strongest, contrastRatio(image.pixel(x, y) | 0xff000000, background));
    }
    return strongest;
}

// Where an item view draws an item's check box, in its viewport's coordinates.
template <typename View> QRect itemCheckRect(View* view, const QModelIndex& index)
{
    struct Open : View
    {
        using View::initViewItemOption;
    };
    QStyleOptionViewItem option;
    static_cast<Open*>(view)->initViewItemOption(&option);
    option.rect = view->visualRect(index);
    option.features |= QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    option.text = index.data().toString();
    return view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
}

// A widget to keep alive, the picture to measure and the indicator's rectangle in it.
struct Indicator
{
    std::shared_ptr<QWidget> owner;
    QImage image;
    QRect rect;
};

using IndicatorFactory = std::function<Indicator(bool checked)>;

Indicator grabbed(std::shared_ptr<QWidget> owner, QWidget* painted, const QRect& rect)
{
    painted->ensurePolished();
    return {owner, painted->grab().toImage().convertToFormat(QImage::Format_RGB32), rect};
}

Indicator checkBox(bool checked)
{
    auto window = std::make_shared<QWidget>();
    auto* box = new QCheckBox(QStringLiteral("Ghost Coin"), window.get());
    box->setChecked(checked);
    box->resize(box->sizeHint());
    QStyleOptionButton option;
    option.initFrom(box);
    return grabbed(window, window.get(), box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box));
}

Indicator radioButton(bool checked)
{
    auto window = std::make_shared<QWidget>();
    auto* radio = new QRadioButton(QStringLiteral("PNG"), window.get());
    radio->setChecked(checked);
    radio->resize(radio->sizeHint());
    QStyleOptionButton option;
    option.initFrom(radio);
    return grabbed(window, window.get(),
                   radio->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, radio));
}

Indicator groupBox(bool checked)
{
    struct Open : QGroupBox
    {
        using QGroupBox::initStyleOption;
    };
    auto box = std::make_shared<QGroupBox>(QStringLiteral("Legend"));
    box->setCheckable(true);
    box->setChecked(checked);
    box->resize(200, 80);
    box->ensurePolished();
    QStyleOptionGroupBox option;
    static_cast<Open*>(box.get())->initStyleOption(&option);
    const QRect rect =
        box->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxCheckBox, box.get());
    return grabbed(box, box.get(), rect);
}

Indicator listItem(bool checked)
{
    auto list = std::make_shared<QListWidget>();
    list->resize(240, 120);
    auto* item = new QListWidgetItem(QStringLiteral("GHOST — Ghost Coin (xrpl)"), list.get());
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    list->ensurePolished();
    return grabbed(list, list->viewport(), itemCheckRect(list.get(), list->model()->index(0, 0)));
}

Indicator tableItem(bool checked)
{
    auto table = std::make_shared<QTableWidget>(2, 1);
    table->resize(240, 120);
    auto* item = new QTableWidgetItem(QStringLiteral("Shown"));
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    table->setItem(1, 0, item); // the second row: alternating colours, when on, must not matter
    table->setAlternatingRowColors(true);
    table->ensurePolished();
    return grabbed(table, table->viewport(), itemCheckRect(table.get(), table->model()->index(1, 0)));
}

Indicator eventDialogToken(bool checked)
{
    auto dialog = std::make_shared<EventEditDialog>(EventEditDialog::Mode::Create);
    TokenRecord token;
    token.id = QStringLiteral("xrpl-ghost-coin");
    token.symbol = QStringLiteral("GHOST");
    token.name = QStringLiteral("Ghost Coin");
    token.chain = QStringLiteral("xrpl");
    dialog->setTokens({token});
    dialog->resize(dialog->sizeHint());
    auto* list = dialog->findChild<QListWidget*>();
    Q_ASSERT(list);
    list->item(0)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    dialog->ensurePolished();
    list->ensurePolished();
    return grabbed(dialog, list->viewport(), itemCheckRect(list, list->model()->index(0, 0)));
}

Indicator menuCheckBox(bool checked)
{
    auto menu = std::make_shared<QMenu>();
    QAction* action = menu->addAction(QStringLiteral("Show Legend"));
    action->setCheckable(true);
    action->setChecked(checked);
    menu->ensurePolished();
    menu->resize(menu->sizeHint());
    // Fusion draws the box in a square at the row's left, as tall as the row less its margins.
    const QRect row = menu->actionGeometry(action);
    const QRect box(row.left() + 2, row.top() + 2, row.height() - 4, row.height() - 4);
    return grabbed(menu, menu.get(), box);
}

} // namespace

class TestIndicatorContrast final : public QObject
{
    Q_OBJECT
private slots:
    // The measure itself: plain Fusion's unchecked box on the dark theme is the one users could not see, and the
    // measure must find it too faint, or this test could not have caught the defect.
    void plainFusionFailsTheMeasure()
    {
        applyApplicationTheme(*qApp, Theme::Dark);
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QWidget window;
        auto* box = new QCheckBox(QStringLiteral("Ghost Coin"), &window);
        box->setStyle(fusion.get());
        box->resize(box->sizeHint());
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect rect = fusion->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        const QImage image = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const double contrast = strongestContrast(image, rect, surroundingColour(image, rect));
        QVERIFY2(contrast < 1.5, qPrintable(QStringLiteral("plain Fusion measured %1:1").arg(contrast)));
    }

    void indicatorsStandOut_data()
    {
        QTest::addColumn<Theme>("theme");
        QTest::addColumn<IndicatorFactory>("make");
        QTest::addColumn<bool>("checked");
        const QList<std::pair<const char*, IndicatorFactory>> kinds = {
            {"check box", checkBox},          {"radio button", radioButton}, {"checkable group box", groupBox},
            {"list item", listItem},          {"table item", tableItem},     {"event dialog token", eventDialogToken},
            {"menu check box", menuCheckBox},
        };
        for (const Theme theme : allThemes()) {
            for (const auto& [kind, make] : kinds) {
                for (const bool checked : {false, true}) {
                    QTest::addRow("%s, %s, %s", qPrintable(themeName(theme)), kind, checked ? "checked" : "unchecked")
                        << theme << make << checked;
                }
            }
        }
    }

    void indicatorsStandOut()
    {
        QFETCH(Theme, theme);
        QFETCH(IndicatorFactory, make);
        QFETCH(bool, checked);
        applyApplicationTheme(*qApp, theme);
        const Indicator indicator = make(checked);
        QVERIFY2(indicator.rect.width() >= 8 && indicator.image.rect().contains(indicator.rect),
                 "the indicator lies inside the grabbed picture");
        const QRgb background = surroundingColour(indicator.image, indicator.rect);
        const double contrast = strongestContrast(indicator.image, indicator.rect, background);
        if (contrast < 3.0)
            indicator.image.save(QDir::temp().filePath(QStringLiteral("indicator-%1.png")
                                                           .arg(QString::fromUtf8(QTest::currentDataTag()))
                                                           .replace(QLatin1Char(' '), QLatin1Char('-'))
                                                           .remove(QLatin1Char(','))));
        QVERIFY2(contrast >= 3.0, qPrintable(QStringLiteral("contrast %1:1 against #%2")
                                                 .arg(contrast, 0, 'f', 2)
                                                 .arg(background & 0xffffff, 6, 16, QLatin1Char('0'))));
    }
};

QTEST_MAIN(TestIndicatorContrast)
#include "tst_indicatorcontrast.moc"
