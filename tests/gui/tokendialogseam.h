// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A DialogSeam whose token dialogs apply one change to the record and are accepted, as a user would.
#pragma once

#include "ui/common/dialogseam.h"
#include "ui/editing/tokeneditdialog.h"

#include <functional>

namespace seance::testing {

inline DialogSeam acceptingTokenDialogs(std::function<void(TokenRecord&)> change)
{
    DialogSeam seam = DialogSeam::standard();
    seam.execDialog = [change = std::move(change)](QDialog* dialog) {
        auto* tokenDialog = qobject_cast<TokenEditDialog*>(dialog);
        if (!tokenDialog)
            return int(QDialog::Rejected);
        TokenRecord record = tokenDialog->record();
        change(record);
        tokenDialog->setRecord(record);
        tokenDialog->accept();
        return tokenDialog->result();
    };
    return seam;
}

} // namespace seance::testing
