// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/records.h"
#include "ui/editing/recordeditdialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace seance {

class OptionalDateEdit;

// Creates or edits one token. Pass the result of record() to WorkspaceEditor::addToken() or updateToken().
class TokenEditDialog final : public RecordEditDialog
{
    Q_OBJECT
public:
    explicit TokenEditDialog(Mode mode, QWidget* parent = nullptr);

    void setRecord(const TokenRecord& token);
    TokenRecord record() const;

protected:
    QString validate() const override;

private:
    QLineEdit* m_name;
    QLineEdit* m_symbol;
    QLineEdit* m_chain;
    QLineEdit* m_address;
    QComboBox* m_addressKind;
    QComboBox* m_status;
    QLineEdit* m_tagline;
    QPlainTextEdit* m_description;
    OptionalDateEdit* m_launch;
    QLineEdit* m_supply;
    QLineEdit* m_supplyNote;
    QLineEdit* m_coingeckoId;
    QLineEdit* m_tags;
    QLineEdit* m_aliases;
    QPlainTextEdit* m_links;
    QPlainTextEdit* m_sources;
};

} // namespace seance
