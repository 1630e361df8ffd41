// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

namespace seance {

// A model's headers and cells read tr() when they are asked, so after a language switch the views only need
// to ask again: this tells them every header and every top-level cell changed. A model's owner (the pane that
// shows it) calls it from its retranslateUi(), as models receive no QEvent::LanguageChange themselves.
inline void announceRetranslation(QAbstractItemModel& model)
{
    const int columns = model.columnCount();
    const int rows = model.rowCount();
    if (columns > 0)
        emit model.headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0 && columns > 0)
        emit model.dataChanged(model.index(0, 0), model.index(rows - 1, columns - 1));
}

} // namespace seance
