// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/nameindex.h"
#include "ui/importexport/importwizard.h"
#include "ui/importexport/importwizardpages.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace seance {
namespace {

void fillSubjects(QComboBox* combo, const NameIndex& names, SubjectKind kind)
{
    for (const RoutingSubject& subject : names.subjects()) {
        if (subject.kind == kind)
            combo->addItem(subject.label, subject.id);
    }
}

QString share(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) : QStringLiteral("0");
}

} // namespace

ImportRoutingPage::ImportRoutingPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_mode(new QButtonGroup(this))
    , m_token(new QComboBox(this))
    , m_narrative(new QComboBox(this))
    , m_keep(new QCheckBox(tr("Keep posts that name nothing under"), this))
    , m_keepNarrative(new QComboBox(this))
    , m_ambiguity(new QFormLayout)
    , m_shares(new QLabel(this))
    , m_counts(new QTableWidget(0, 3, this))
    , m_bar(new QProgressBar(this))
    , m_debounce(new QTimer(this))
    , m_runner(new ImportPassRunner(wizard, m_bar, this))
{
    setTitle(tr("Where the posts go"));
    setSubTitle(tr("By default each post goes to every token it names (a $CASHTAG, the symbol, the name or an alias) "
                   "and every narrative whose keywords it contains."));
    auto* mentions = new QRadioButton(tr("By what each post &mentions"), this);
    auto* toToken = new QRadioButton(tr("Every post to the &token"), this);
    auto* toNarrative = new QRadioButton(tr("Every post to the na&rrative"), this);
    mentions->setToolTip(tr("A name several tokens share is credited to none of them unless the post, its chat or "
                            "subreddit, the file's name or your choice below decides."));
    toToken->setToolTip(tr("For the export of one token's own community"));
    m_mode->addButton(mentions, int(RouteMode::Mentions));
    m_mode->addButton(toToken, int(RouteMode::Token));
    m_mode->addButton(toNarrative, int(RouteMode::Narrative));
    mentions->setChecked(true);
    fillSubjects(m_token, wizard->names(), SubjectKind::Token);
    fillSubjects(m_narrative, wizard->names(), SubjectKind::Narrative);
    fillSubjects(m_keepNarrative, wizard->names(), SubjectKind::Narrative);
    m_token->setObjectName(QStringLiteral("routeToken"));
    m_narrative->setObjectName(QStringLiteral("routeNarrative"));
    m_keep->setObjectName(QStringLiteral("keepUnmatched"));
    // A workspace without tokens (or narratives) has nothing to send every post to.
    toToken->setEnabled(m_token->count() > 0);
    toNarrative->setEnabled(m_narrative->count() > 0);
    toToken->setObjectName(QStringLiteral("routeToTokenMode"));
    toNarrative->setObjectName(QStringLiteral("routeToNarrativeMode"));

    auto* modes = new QGridLayout;
    modes->addWidget(mentions, 0, 0, 1, 2);
    modes->addWidget(toToken, 1, 0);
    modes->addWidget(m_token, 1, 1);
    modes->addWidget(toNarrative, 2, 0);
    modes->addWidget(m_narrative, 2, 1);
    modes->addWidget(m_keep, 3, 0);
    modes->addWidget(m_keepNarrative, 3, 1);
    modes->setColumnStretch(1, 1);
    auto* ambiguityBox = new QGroupBox(tr("Names several tokens share"), this);
    ambiguityBox->setLayout(m_ambiguity);

    m_counts->setObjectName(QStringLiteral("routingCounts"));
    m_counts->setHorizontalHeaderLabels({tr("Kind"), tr("Subject"), tr("Posts")});
    m_counts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shares->setObjectName(QStringLiteral("routingShares"));
    m_shares->setWordWrap(true);
    m_bar->setMaximumHeight(8);
    m_bar->setTextVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(modes);
    layout->addWidget(ambiguityBox);
    layout->addWidget(m_shares);
    layout->addWidget(m_bar);
    layout->addWidget(m_counts, 1);

    // Counting is a pass over the whole file: wait until the choices have settled for a moment.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &ImportRoutingPage::recount);
    const auto changed = [this] {
        m_token->setEnabled(m_mode->checkedId() == int(RouteMode::Token));
        m_narrative->setEnabled(m_mode->checkedId() == int(RouteMode::Narrative));
        const bool mentioned = m_mode->checkedId() == int(RouteMode::Mentions);
        m_keep->setEnabled(mentioned && m_keepNarrative->count() > 0);
        m_keepNarrative->setEnabled(mentioned && m_keep->isChecked());
        m_counted = false;
        emit completeChanged();
        m_debounce->start();
    };
    connect(m_mode, &QButtonGroup::idClicked, this, changed);
    for (QComboBox* combo : {m_token, m_narrative, m_keepNarrative})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_keep, &QCheckBox::toggled, this, changed);
    connect(m_runner, &ImportPassRunner::finished, this, &ImportRoutingPage::showCounts);
    changed();
    m_debounce->stop();
}

void ImportRoutingPage::addAmbiguityChoices()
{
    if (!m_choices.isEmpty() || m_ambiguity->rowCount() > 0)
        return;
    const NameIndex& names = m_wizard->names();
    for (const auto& [name, posts] : m_wizard->scan().ambiguousNames) {
        const int term = names.masker().termIndex(name);
        if (term < 0)
            continue;
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("ambiguity:") + name);
        combo->addItem(tr("credit none of them"));
        for (const int subject : names.tokensOf(term)) {
            const RoutingSubject& token = names.subjects()[static_cast<std::size_t>(subject)];
            combo->addItem(token.label, token.id);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_counted = false;
            emit completeChanged();
            m_debounce->start();
        });
        m_ambiguity->addRow(tr("%1 (undecided in %2):").arg(name, QLocale().toString(posts)), combo);
        m_choices.append({name, combo});
    }
    if (m_choices.isEmpty())
        m_ambiguity->addRow(new QLabel(tr("None in this file, or the chats and posts decide them all."), this));
}

void ImportRoutingPage::initializePage()
{
    addAmbiguityChoices();
    showCounts(m_wizard->scan());
}

RoutingOptions ImportRoutingPage::chosenRouting() const
{
    RoutingOptions routing = m_wizard->routing();
    routing.mode = RouteMode(m_mode->checkedId());
    routing.target = routing.mode == RouteMode::Token       ? m_token->currentData().toString()
                     : routing.mode == RouteMode::Narrative ? m_narrative->currentData().toString()
                                                            : QString();
    routing.keepUnmatched = routing.mode == RouteMode::Mentions && m_keep->isChecked()
                                ? m_keepNarrative->currentData().toString()
                                : QString();
    routing.ambiguityChoices.clear();
    for (const auto& [name, combo] : m_choices) {
        if (combo->currentIndex() > 0)
            routing.ambiguityChoices.insert(name, combo->currentData().toString());
    }
    return routing;
}

void ImportRoutingPage::recount()
{
    SocialImportOptions options;
    options.dryRun = true;
    options.routing = chosenRouting();
    m_shares->setText(tr("Counting…"));
    m_runner->start(options, false);
}

void ImportRoutingPage::showCounts(const SocialImportReport& report)
{
    if (!report.ok) {
        m_shares->setText(report.error);
        return;
    }
    m_counted = true;
    const QLocale locale;
    m_shares->setText(tr("%1 of %2 posts will be imported. Unmatched: %3 (%4 %). Ambiguous: %5 (%6 %).")
                          .arg(locale.toString(report.routed), locale.toString(report.posts),
                               locale.toString(report.unmatched), share(report.unmatched, report.posts),
                               locale.toString(report.ambiguous), share(report.ambiguous, report.posts)));
    if (report.posts > 0 && report.routed == 0 && report.keptUnmatched == 0) {
        // Nothing would be stored: say why, rather than let the import end with an empty workspace.
        const QString hint =
            m_wizard->names().subjects().empty()
                ? tr("This workspace has no tokens or narratives for the posts to go to: add a token (Edit › New "
                     "Token…) or import a dataset that has them first.")
                : tr("No post names a token or narrative of this workspace: send every post to one above, or keep "
                     "them under a narrative.");
        m_shares->setText(m_shares->text() + QLatin1Char('\n') + hint);
    }
    fillSubjectCounts(m_counts, report.subjects);
    emit completeChanged();
}

bool ImportRoutingPage::isComplete() const
{
    return m_counted;
}

bool ImportRoutingPage::validatePage()
{
    m_wizard->setRouting(chosenRouting());
    return true;
}

} // namespace seance
