// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace seance {

// Lets the user drop a file on the window to import it: accepts drags of one local file anywhere on the
// window (children that take drops themselves keep them) and hands the dropped path to `import`.
class ImportDropTarget final : public QObject
{
    Q_OBJECT
public:
    ImportDropTarget(QWidget* window, std::function<void(const QString& path)> import);

protected:
    bool eventFilter(QObject* watched, QEvent* event) final;

private:
    std::function<void(const QString&)> m_import;
};

} // namespace seance
