// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/posts/scoreexplanationview.h"

#include "models/items/postlistmodel.h"

#include <cmath>

namespace seance {
namespace {

QString signedNumber(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', 3);
}

} // namespace

ScoreExplanationView::ScoreExplanationView(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    showEmptyState();
}

void ScoreExplanationView::showEmptyState()
{
    setPlainText(tr("Select a post to see why it got its score: the words that counted, the rules that "
                    "changed them, and the names that were masked."));
}

void ScoreExplanationView::showPreparing()
{
    setPlainText(tr("Preparing the explanation…"));
}

void ScoreExplanationView::showExplanation(const QString& text, const ScoreExplanation& explanation,
                                           std::optional<double> storedCompound)
{
    setHtml(explanationHtml(text, explanation, storedCompound));
}

QString ScoreExplanationView::explanationHtml(const QString& text, const ScoreExplanation& explanation,
                                              std::optional<double> storedCompound)
{
    QString html;
    html += QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
    if (!explanation.score.scored) {
        html += tr("<p><b>Unscored.</b> The text is mostly in a script the lexicon does not cover (such as Hangul, "
                   "Kana or Han), so Seance does not guess: it is counted as unscored, not as neutral.</p>");
        return html;
    }
    const double compound = explanation.score.compound;
    html += QStringLiteral("<p><b><span style='color:%1'>%2</span></b> %3</p>")
                .arg(PostListModel::scoreColor(compound).name(), signedNumber(compound),
                     tr("compound (positive %1%, neutral %2%, negative %3%)")
                         .arg(std::lround(explanation.score.pos * 100))
                         .arg(std::lround(explanation.score.neu * 100))
                         .arg(std::lround(explanation.score.neg * 100)));
    if (storedCompound && std::abs(*storedCompound - compound) > 0.0005)
        html += tr("<p><i>Stored score %1: the post was scored with a different lexicon or settings.</i></p>")
                    .arg(signedNumber(*storedCompound));
    if (explanation.terms.isEmpty()) {
        html += tr("<p>No word in the text is in the lexicon, so the score is neutral.</p>");
    } else {
        html += QStringLiteral("<table cellspacing='0' cellpadding='3'><tr><th align='left'>%1</th>"
                               "<th align='right'>%2</th><th align='right'>%3</th><th align='left'>%4</th></tr>")
                    .arg(tr("Term"), tr("Valence"), tr("Counts"), tr("Rules"));
        for (const TermContribution& term : explanation.terms) {
            const QString written = term.text.compare(term.term, Qt::CaseInsensitive) == 0
                ? term.term.toHtmlEscaped()
                : QStringLiteral("%1 <small>(%2)</small>").arg(term.term.toHtmlEscaped(), term.text.toHtmlEscaped());
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td>"
                                   "<td align='right' style='color:%3'>%4</td><td>%5</td></tr>")
                        .arg(written, signedNumber(term.valence),
                             PostListModel::scoreColor(term.contribution / 4.0).name(),
                             signedNumber(term.contribution), term.rules.join(QStringLiteral("; ")).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    if (!explanation.rulesFired.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Rules that fired"));
        for (const QString& rule : explanation.rulesFired)
            html += QStringLiteral("<li>%1</li>").arg(rule.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!explanation.maskedTerms.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Masked as names:"), explanation.maskedTerms.join(QStringLiteral(", ")).toHtmlEscaped());
    return html;
}

} // namespace seance
