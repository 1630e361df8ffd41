// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/tokeneditdialog.h"

#include "models/editing/fieldsyntax.h"
#include "models/editing/recordcheck.h"
#include "ui/editing/editfields.h"
#include "ui/editing/optionaldateedit.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace seance {

TokenEditDialog::TokenEditDialog(Mode mode, QWidget* parent) : RecordEditDialog(mode, parent)
{
    setWindowTitle(mode == Mode::Create ? tr("New Token") : tr("Edit Token"));
    m_name =
        addLineRow(tr("&Name:"), QStringLiteral("nameEdit"), tr("The token's name, e.g. \"Ghost Coin\". Required."));
    suggestIdFrom(m_name);
    m_symbol = addLineRow(tr("&Symbol:"), QStringLiteral("symbolEdit"),
                          tr("The ticker, e.g. \"GHOST\". Required. Many unrelated tokens share a ticker, so it "
                             "does not identify the token."));
    m_chain = addLineRow(tr("&Chain:"), QStringLiteral("chainEdit"),
                         tr("The blockchain, e.g. \"xrpl\", \"icp\", \"ethereum\" or \"solana\". Required."));
    auto* chains =
        new QCompleter(QStringList{QStringLiteral("xrpl"), QStringLiteral("icp"), QStringLiteral("ethereum"),
                                   QStringLiteral("solana"), QStringLiteral("dogecoin"), QStringLiteral("bitcoin")},
                       m_chain);
    m_chain->setCompleter(chains);
    m_address = addLineRow(tr("&Address:"), QStringLiteral("addressEdit"),
                           tr("The issuer, contract or canister that identifies the token on its chain. Leave "
                              "empty when unknown."));
    m_addressKind = makeValueCombo({{QString(), tr("unknown")},
                                    {QStringLiteral("issuer"), tr("issuer")},
                                    {QStringLiteral("contract"), tr("contract")},
                                    {QStringLiteral("canister"), tr("canister")},
                                    {QStringLiteral("native"), tr("native coin")}},
                                   this);
    m_addressKind->setObjectName(QStringLiteral("addressKindCombo"));
    addRow(tr("Addr&ess kind:"), m_addressKind,
           tr("What the address is: an XRPL issuer, a contract, an ICP canister, "
              "or the chain's native coin."));
    m_status = makeValueCombo({{QStringLiteral("live"), tr("live")},
                               {QStringLiteral("hypothetical"), tr("hypothetical")},
                               {QStringLiteral("defunct"), tr("defunct")},
                               {QStringLiteral("unknown"), tr("unknown")}},
                              this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    addRow(tr("Stat&us:"), m_status,
           tr("Live: trading. Hypothetical: only imagined, e.g. by an article. Defunct: no longer trading."));
    m_tagline = addLineRow(tr("Ta&gline:"), QStringLiteral("taglineEdit"),
                           tr("How the token describes itself, in "
                              "one line."));
    m_description = addTextRow(tr("&Description:"), QStringLiteral("descriptionEdit"), 3,
                               tr("A longer description, shown as plain text."));
    m_launch = new OptionalDateEdit(OptionalDateEdit::Precision::Day, tr("Unknown"), this);
    m_launch->setObjectName(QStringLiteral("launchDateEdit"));
    addRow(tr("Launc&hed:"), m_launch,
           tr("The launch date, at 00:00 UTC. Check \"Unknown\" when no source gives it; never guess."));
    m_supply = addLineRow(tr("Total su&pply:"), QStringLiteral("supplyEdit"),
                          tr("The exact total supply as a plain decimal number, e.g. 10000000000 or 420.69. Leave "
                             "empty when unknown."));
    m_supply->setPlaceholderText(tr("unknown"));
    m_supplyNote = addLineRow(tr("Suppl&y note:"), QStringLiteral("supplyNoteEdit"),
                              tr("Where the supply figure comes from, or how it is split."));
    m_coingeckoId = addLineRow(tr("C&oinGecko id:"), QStringLiteral("coingeckoIdEdit"),
                               tr("The coin's id in CoinGecko (the last part of its page address, e.g. \"dogecoin\"), "
                                  "for Token › Fetch Market Data…. Leave empty when it is not listed."));
    m_tags = addLineRow(tr("&Tags:"), QStringLiteral("tagsEdit"), tr("Comma-separated tags, e.g. \"ghost, dao\"."));
    m_aliases = addLineRow(tr("A&liases:"), QStringLiteral("aliasesEdit"),
                           tr("Comma-separated other names. Sentiment scoring treats them as names, not words."));
    m_links = addTextRow(tr("Lin&ks:"), QStringLiteral("linksEdit"), 3, linkFieldToolTip());
    m_links->setPlaceholderText(tr("label | https://…"));
    m_sources = addTextRow(tr("Sou&rces:"), QStringLiteral("sourcesEdit"), 3,
                           tr("Where the facts above come from.") + QLatin1Char(' ') + linkFieldToolTip());
    m_sources->setPlaceholderText(tr("label | https://…"));

    connect(m_addressKind, &QComboBox::currentIndexChanged, this, &TokenEditDialog::revalidate);
    connect(m_status, &QComboBox::currentIndexChanged, this, &TokenEditDialog::revalidate);
    connect(m_launch, &OptionalDateEdit::valueChanged, this, &TokenEditDialog::revalidate);
    m_launch->setValue(std::nullopt);
    revalidate();
}

void TokenEditDialog::setRecord(const TokenRecord& token)
{
    setId(token.id);
    m_name->setText(token.name);
    m_symbol->setText(token.symbol);
    m_chain->setText(token.chain);
    m_address->setText(token.address);
    selectValue(m_addressKind, token.addressKind);
    selectValue(m_status, token.status);
    m_tagline->setText(token.tagline);
    m_description->setPlainText(token.description);
    m_launch->setValue(token.launchedAt);
    m_supply->setText(token.totalSupply);
    m_supplyNote->setText(token.supplyNote);
    m_coingeckoId->setText(token.coingeckoId);
    m_tags->setText(joinCommaList(token.tags));
    m_aliases->setText(joinCommaList(token.aliases));
    m_links->setPlainText(formatLinkLines(token.links));
    m_sources->setPlainText(formatLinkLines(token.sources));
    revalidate();
}

TokenRecord TokenEditDialog::record() const
{
    TokenRecord token;
    token.id = id();
    token.name = m_name->text().trimmed();
    token.symbol = m_symbol->text().trimmed();
    token.chain = m_chain->text().trimmed();
    token.address = m_address->text().trimmed();
    token.addressKind = selectedValue(m_addressKind);
    token.status = selectedValue(m_status);
    token.tagline = m_tagline->text().trimmed();
    token.description = m_description->toPlainText();
    token.launchedAt = m_launch->value();
    token.totalSupply = m_supply->text().trimmed();
    token.supplyNote = m_supplyNote->text().trimmed();
    token.coingeckoId = m_coingeckoId->text().trimmed();
    token.tags = splitCommaList(m_tags->text());
    token.aliases = splitCommaList(m_aliases->text());
    token.links = linksOf(m_links);
    token.sources = linksOf(m_sources);
    return token;
}

QString TokenEditDialog::validate() const
{
    if (QString problem = idProblem(); !problem.isEmpty())
        return problem;
    if (QString problem = linksProblem(m_links, tr("Links")); !problem.isEmpty())
        return problem;
    if (QString problem = linksProblem(m_sources, tr("Sources")); !problem.isEmpty())
        return problem;
    return tokenProblem(record());
}

} // namespace seance
