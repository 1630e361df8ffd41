// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Access keys (the letter after '&' that Alt reaches) must be distinct among the controls shown together; the
// tests that check it do so in every language.
#pragma once

#include "models/i18n/languagesetting.h"
#include "models/i18n/translationloader.h"

#include <QAbstractButton>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTest>

Q_DECLARE_METATYPE(seance::Language)

namespace seance::testing {

// The first two texts of `texts` that share an access key, as "“A” and “B” share Alt+X"; empty when none do.
inline QString accessKeyClash(const QStringList& texts)
{
    QMap<QKeySequence, QString> owners;
    for (const QString& text : texts) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            continue;
        if (owners.contains(key))
            return QStringLiteral("“%1” and “%2” share %3").arg(owners.value(key), text, key.toString());
        owners.insert(key, text);
    }
    return {};
}

// The texts of every shown button and of every shown label that leads to a field (its buddy) under `root`.
inline QStringList accessKeyTexts(const QWidget& root)
{
    QStringList texts;
    for (const QAbstractButton* button : root.findChildren<QAbstractButton*>()) {
        if (button->isVisible())
            texts.append(button->text());
    }
    for (const QLabel* label : root.findChildren<QLabel*>()) {
        if (label->isVisible() && label->buddy())
            texts.append(label->text());
    }
    return texts;
}

// A data function's rows: English, Korean and Japanese, in the column "language".
inline void addLanguageRows()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("English") << Language::English;
    QTest::newRow("Korean") << Language::Korean;
    QTest::newRow("Japanese") << Language::Japanese;
}

// For the length of a test function: the language of its data row ("language"), then English again.
class RowLanguage final
{
public:
    RowLanguage()
    {
        QFETCH(Language, language);
        m_installed = installTranslations(language) == language;
    }
    ~RowLanguage() { installTranslations(Language::English); }
    RowLanguage(const RowLanguage&) = delete;
    RowLanguage& operator=(const RowLanguage&) = delete;
    bool installed() const { return m_installed; }

private:
    bool m_installed = false;
};

} // namespace seance::testing
