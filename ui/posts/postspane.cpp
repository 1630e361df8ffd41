// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/posts/postspane.h"

#include "models/items/modelretranslation.h"
#include "models/sentiment/scoring/scorer.h"
#include "ui/posts/scoreexplanationview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace seance {

PostsPane::PostsPane(QWidget* parent)
    : QWidget(parent)
    , m_model(new PostListModel(this))
    , m_filterField(new QLineEdit(this))
    , m_languageBox(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_emptyState(new QLabel(this))
    , m_explanation(new ScoreExplanationView(this))
    , m_filterDelay(new QTimer(this))
{
    m_filterField->setClearButtonEnabled(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PostListModel::TimeColumn,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00Z  ")));
    m_table->setColumnWidth(PostListModel::ScoreColumn,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("unscored  ")));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::PlainText);

    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    for (const PostLanguage language : allPostLanguages)
        m_languageBox->addItem(QString(), postLanguageName(language));
    m_languageBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_languageBox, &QComboBox::activated, this, [this](int index) {
        if (const auto language = postLanguageFromName(m_languageBox->itemData(index).toString()))
            emit languageRequested(*language);
    });
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterField, 1);
    filterRow->addWidget(m_languageBox);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_emptyState, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(list);
    splitter->addWidget(m_explanation);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    // Typing re-queries after a short pause rather than on every key.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200);
    connect(m_filterField, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &PostsPane::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PostsPane::showSelectedExplanation);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_explanation->showEmptyState();
        updateEmptyState();
    });
    retranslateUi();
}

void PostsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PostsPane::retranslateUi()
{
    m_filterField->setPlaceholderText(tr("Filter posts by text"));
    for (int i = 0; i < m_languageBox->count(); ++i) {
        if (const auto language = postLanguageFromName(m_languageBox->itemData(i).toString()))
            m_languageBox->setItemText(i, postLanguageLabel(*language));
    }
    m_languageBox->setToolTip(tr("Show only posts in this language: the one a post was scored as, from its "
                                 "language tag or else its script (also View › Language Filter)"));
    announceRetranslation(*m_model); // the headers, "unscored" and the tooltips
    updateEmptyState();
    showSelectedExplanation();
}

void PostsPane::setConnection(const QSqlDatabase& connection)
{
    m_hasWorkspace = true;
    m_model->setConnection(connection);
    updateEmptyState();
}

void PostsPane::setSubjectNames(const QHash<QString, QString>& names)
{
    m_model->setSubjectNames(names);
}

void PostsPane::setScorer(std::shared_ptr<const Scorer> scorer)
{
    m_scorer = std::move(scorer);
    showSelectedExplanation();
}

void PostsPane::setScope(const QStringList& tokenIds, qint64 from, qint64 to)
{
    m_filter.tokenIds = tokenIds;
    m_filter.from = from;
    m_filter.to = to;
    m_model->setFilter(m_filter);
}

void PostsPane::setShowUtc(bool utc)
{
    m_model->setShowUtc(utc);
}

void PostsPane::setLanguage(PostLanguage language)
{
    m_languageBox->setCurrentIndex(std::max(0, m_languageBox->findData(postLanguageName(language))));
    const std::optional<int> code = language == PostLanguage::All ? std::nullopt : std::optional<int>(int(language));
    if (code == m_filter.languageCode)
        return;
    m_filter.languageCode = code;
    m_model->setFilter(m_filter);
}

void PostsPane::applyFilter()
{
    m_filter.text = m_filterField->text().trimmed();
    m_model->setFilter(m_filter);
}

void PostsPane::showSelectedExplanation()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_explanation->showEmptyState();
        return;
    }
    if (!m_scorer) {
        m_explanation->showPreparing(); // setScorer() shows the explanation once the scorer is ready
        return;
    }
    const QString text = current.data(PostListModel::TextRole).toString();
    const QVariant stored = current.data(PostListModel::CompoundRole);
    const QByteArray utf8 = text.toUtf8();
    const ScoreExplanation explanation =
        m_scorer->explain(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    m_explanation->showExplanation(text, explanation,
                                   stored.isValid() ? std::optional<double>(stored.toDouble()) : std::nullopt);
}

void PostsPane::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_emptyState->setVisible(empty);
    if (!empty)
        return;
    if (!m_hasWorkspace)
        m_emptyState->clear(); // the window's first frame, before its workspace opens
    else if (!m_filter.text.isEmpty())
        m_emptyState->setText(tr("No post in this range contains “%1”.").arg(m_filter.text));
    else if (m_filter.languageCode)
        m_emptyState->setText(tr("No posts in %1 for this selection and range.\nChoose All Languages to see the "
                                 "others.")
                                  .arg(postLanguageLabel(PostLanguage(*m_filter.languageCode))));
    else
        m_emptyState->setText(tr("No posts for this selection and range.\nSelect tokens, widen the range, or use "
                                 "File › Import… to add a Telegram, Reddit, X or Discord export."));
}

} // namespace seance
