// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/keyboardmousehelp.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace seance {
namespace {

// The context of the existing translations (lupdate filed this file's strings under "seance").
struct KeyboardMouseHelpText
{
    Q_DECLARE_TR_FUNCTIONS(seance)
};

QString withoutMnemonic(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

// The menu path of an action ("View › Theme"), or empty for an action in no menu.
QString menuPath(const QAction* action)
{
    const QObjectList owners = action->associatedObjects();
    for (QObject* owner : owners) {
        const auto* menu = qobject_cast<const QMenu*>(owner);
        if (!menu)
            continue;
        QString path = withoutMnemonic(menu->title());
        for (const QAction* parentAction = menu->menuAction(); parentAction;) {
            const QObjectList parents = parentAction->associatedObjects();
            const QMenu* parentMenu = nullptr;
            for (QObject* candidate : parents) {
                parentMenu = qobject_cast<const QMenu*>(candidate);
                if (parentMenu)
                    break;
            }
            if (!parentMenu || parentMenu->title().isEmpty()) // a pop-up of the window's own, not a menu
                break;
            path = withoutMnemonic(parentMenu->title()) + QStringLiteral(" › ") + path;
            parentAction = parentMenu->menuAction();
        }
        return path;
    }
    return QString();
}

// The window's keys that have no menu entry and no text: presentation mode's.
QString unnamedKeyEffect(const QKeySequence& key)
{
    if (key == QKeySequence(Qt::Key_Escape))
        return KeyboardMouseHelpText::tr("leave presentation mode");
    if (key == QKeySequence(Qt::Key_Right))
        return KeyboardMouseHelpText::tr("next event (presentation mode)");
    if (key == QKeySequence(Qt::Key_Left))
        return KeyboardMouseHelpText::tr("previous event (presentation mode)");
    return KeyboardMouseHelpText::tr("(no description)");
}

} // namespace

QList<Gesture> chartGestures()
{
    return {
        {KeyboardMouseHelpText::tr("Drag across the chart"), KeyboardMouseHelpText::tr("zoom into that span")},
        {KeyboardMouseHelpText::tr("Shift+drag or middle-drag"), KeyboardMouseHelpText::tr("pan")},
        {KeyboardMouseHelpText::tr("Wheel"), KeyboardMouseHelpText::tr("zoom about the pointer")},
        {KeyboardMouseHelpText::tr("+ and −"), KeyboardMouseHelpText::tr("zoom in and out")},
        {KeyboardMouseHelpText::tr("← and →"), KeyboardMouseHelpText::tr("pan")},
        {KeyboardMouseHelpText::tr("Home or Ctrl+0"), KeyboardMouseHelpText::tr("show all the data")},
        {KeyboardMouseHelpText::tr("Click an event marker"), KeyboardMouseHelpText::tr("focus the event")},
        {KeyboardMouseHelpText::tr("Click a legend entry"), KeyboardMouseHelpText::tr("hide or show its series")},
        {KeyboardMouseHelpText::tr("Right-click"),
         KeyboardMouseHelpText::tr("What Drove This Move? for the visible range")},
    };
}

QList<Gesture> timelineGestures()
{
    return {
        {KeyboardMouseHelpText::tr("Drag"), KeyboardMouseHelpText::tr("pan")},
        {KeyboardMouseHelpText::tr("Wheel"), KeyboardMouseHelpText::tr("zoom about the pointer")},
        {KeyboardMouseHelpText::tr("Click an event"), KeyboardMouseHelpText::tr("focus it")},
        {KeyboardMouseHelpText::tr("Double-click an event"), KeyboardMouseHelpText::tr("edit it")},
        {KeyboardMouseHelpText::tr("← and →"), KeyboardMouseHelpText::tr("focus the previous or next event")},
        {KeyboardMouseHelpText::tr("Enter"), KeyboardMouseHelpText::tr("edit the focused event")},
    };
}

QString gestureLines(const QList<Gesture>& gestures)
{
    QStringList lines;
    for (const Gesture& gesture : gestures)
        lines << KeyboardMouseHelpText::tr("%1: %2").arg(gesture.input, gesture.effect);
    return lines.join(QLatin1Char('\n'));
}

KeyboardMouseHelpDialog::KeyboardMouseHelpDialog(QWidget* window)
    : QDialog(window)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("keyboardMouseHelp"));
    setWindowTitle(tr("Keyboard and Mouse"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Key or gesture"), tr("What it does")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setAlternatingRowColors(true);

    auto addSection = [this](const QString& title, const QList<Gesture>& rows) {
        if (rows.isEmpty())
            return;
        auto* section = new QTreeWidgetItem(m_tree, {title});
        section->setFirstColumnSpanned(true);
        QFont bold = section->font(0);
        bold.setBold(true);
        section->setFont(0, bold);
        for (const Gesture& row : rows)
            new QTreeWidgetItem(m_tree, {row.input, row.effect});
    };

    // The window's actions in menu order, so the sheet reads like the menus; then those in no menu.
    QList<QString> order;
    QHash<QString, QList<Gesture>> byMenu;
    const QString otherKeys = tr("Presentation mode and other keys");
    const QList<QAction*> actions = window->findChildren<QAction*>();
    for (const QAction* action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList keyTexts;
        for (const QKeySequence& key : keys)
            keyTexts << key.toString(QKeySequence::NativeText);
        // Keys without a menu are presentation mode's (Esc, ← and →) or the menus' own keys kept alive while the
        // menu bar is hidden, which the menus list already (dropped below).
        QString menu = menuPath(action);
        QString name = withoutMnemonic(action->text().isEmpty() ? action->toolTip() : action->text());
        if (name.isEmpty())
            name = unnamedKeyEffect(keys.constFirst());
        const Gesture row{keyTexts.join(tr(" or ")), name};
        if (menu.isEmpty())
            menu = otherKeys;
        if (!byMenu.contains(menu))
            order << menu;
        byMenu[menu].append(row);
    }
    QList<Gesture>& others = byMenu[otherKeys];
    others.removeIf([&byMenu, &otherKeys](const Gesture& row) {
        for (auto it = byMenu.cbegin(); it != byMenu.cend(); ++it) {
            if (it.key() != otherKeys && std::any_of(it->cbegin(), it->cend(), [&row](const Gesture& g) {
                    return g.input == row.input && g.effect == row.effect;
                }))
                return true;
        }
        return false;
    });
    if (const auto* mainWindowMenuBar = window->findChild<QMenuBar*>()) {
        QList<QString> menuOrder;
        const QList<QAction*> menus = mainWindowMenuBar->actions();
        for (const QAction* menu : menus) {
            const QString title = withoutMnemonic(menu->text());
            for (const QString& path : std::as_const(order)) {
                if ((path == title || path.startsWith(title + QStringLiteral(" › "))) && !menuOrder.contains(path))
                    menuOrder << path;
            }
        }
        for (const QString& path : std::as_const(order)) {
            if (!menuOrder.contains(path))
                menuOrder << path;
        }
        order = menuOrder;
    }
    for (const QString& menu : std::as_const(order))
        addSection(menu, byMenu.value(menu));
    addSection(tr("Chart"), chartGestures());
    addSection(tr("Timeline"), timelineGestures());
    m_tree->resizeColumnToContents(0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(560, 640);
}

QStringList KeyboardMouseHelpDialog::rows() const
{
    QStringList rows;
    QString section;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->isFirstColumnSpanned())
            section = item->text(0);
        else
            rows << section + QLatin1Char('\t') + item->text(0) + QLatin1Char('\t') + item->text(1);
    }
    return rows;
}

void showKeyboardMouseHelp(QWidget* window)
{
    window = window->window();
    // Made fresh each time: the actions (saved views, presentation keys) change while the window lives.
    delete window->findChild<KeyboardMouseHelpDialog*>();
    auto* sheet = new KeyboardMouseHelpDialog(window);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->show();
    sheet->raise();
    sheet->activateWindow();
}

} // namespace seance
