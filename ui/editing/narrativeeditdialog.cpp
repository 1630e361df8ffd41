// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/narrativeeditdialog.h"

#include "models/editing/fieldsyntax.h"
#include "models/editing/recordcheck.h"
#include "ui/editing/editfields.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>

namespace seance {

NarrativeEditDialog::NarrativeEditDialog(Mode mode, QWidget* parent)
    : RecordEditDialog(mode, parent), m_pickColor([](QWidget* owner, const QColor& initial) {
          return QColorDialog::getColor(initial, owner, tr("Narrative Colour"));
      })
{
    setWindowTitle(mode == Mode::Create ? tr("New Narrative") : tr("Edit Narrative"));
    m_title = addLineRow(tr("&Title:"), QStringLiteral("titleEdit"),
                         tr("The narrative's name, e.g. \"Summoning ghosts\". Required."));
    suggestIdFrom(m_title);
    m_summary = addTextRow(tr("&Summary:"), QStringLiteral("summaryEdit"), 3,
                           tr("What the narrative is about, shown as plain text."));

    auto* colorRow = new QWidget(this);
    m_colorButton = new QPushButton(colorRow);
    m_colorButton->setObjectName(QStringLiteral("colorButton"));
    m_colorButton->setToolTip(tr("Choose the colour of the narrative's lane and series"));
    m_clearColor = new QToolButton(colorRow);
    m_clearColor->setObjectName(QStringLiteral("clearColorButton"));
    m_clearColor->setText(tr("No colour"));
    m_clearColor->setToolTip(tr("Let the theme pick the narrative's colour"));
    auto* colorLayout = new QHBoxLayout(colorRow);
    colorLayout->setContentsMargins(0, 0, 0, 0);
    colorLayout->addWidget(m_colorButton);
    colorLayout->addWidget(m_clearColor);
    colorLayout->addStretch(1);
    addRow(tr("&Colour:"), colorRow, tr("The colour of the narrative's lane and series; none lets the theme choose."));

    m_keywords = addLineRow(tr("&Keywords:"), QStringLiteral("keywordsEdit"),
                            tr("Comma-separated words that name the narrative. Sentiment scoring treats them as "
                               "names, not words."));
    m_sources = addTextRow(tr("Sou&rces:"), QStringLiteral("sourcesEdit"), 3,
                           tr("Where the narrative is documented.") + QLatin1Char(' ') + linkFieldToolTip());
    m_sources->setPlaceholderText(tr("label | https://…"));

    connect(m_colorButton, &QPushButton::clicked, this, &NarrativeEditDialog::chooseColor);
    connect(m_clearColor, &QToolButton::clicked, this, [this] { setColor(QString()); });
    setColor(QString());
}

void NarrativeEditDialog::setRecord(const NarrativeRecord& narrative)
{
    setId(narrative.id);
    m_title->setText(narrative.title);
    m_summary->setPlainText(narrative.summary);
    m_keywords->setText(joinCommaList(narrative.keywords));
    m_sources->setPlainText(formatLinkLines(narrative.sources));
    setColor(narrative.color);
}

NarrativeRecord NarrativeEditDialog::record() const
{
    NarrativeRecord narrative;
    narrative.id = id();
    narrative.title = m_title->text().trimmed();
    narrative.summary = m_summary->toPlainText();
    narrative.color = m_color;
    narrative.keywords = splitCommaList(m_keywords->text());
    narrative.sources = linksOf(m_sources);
    return narrative;
}

QString NarrativeEditDialog::validate() const
{
    if (QString problem = idProblem(); !problem.isEmpty())
        return problem;
    if (QString problem = linksProblem(m_sources, tr("Sources")); !problem.isEmpty())
        return problem;
    return narrativeProblem(record());
}

void NarrativeEditDialog::chooseColor()
{
    const QColor chosen = m_pickColor(this, m_color.isEmpty() ? QColor(Qt::gray) : QColor(m_color));
    if (chosen.isValid())
        setColor(chosen.name(QColor::HexRgb));
}

void NarrativeEditDialog::setColor(const QString& color)
{
    m_color = color;
    const QColor shown(color);
    if (shown.isValid()) {
        QPixmap swatch(16, 16);
        swatch.fill(shown);
        m_colorButton->setIcon(QIcon(swatch));
        m_colorButton->setText(color);
    } else {
        m_colorButton->setIcon(QIcon());
        m_colorButton->setText(color.isEmpty() ? tr("None — choose…") : color);
    }
    m_clearColor->setEnabled(!color.isEmpty());
    revalidate();
}

} // namespace seance
