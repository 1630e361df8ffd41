// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <optional>
#include <span>

namespace seance {

// The languages the window and the command line speak. System follows the locale (LANG on Linux).
enum class Language { System, English, Korean, Japanese };

std::span<const Language> allLanguages();

// "system", "en", "ko", "ja": the persisted and --lang spelling.
QString languageCode(Language language);
std::optional<Language> languageFromCode(QStringView code);

// The name a speaker of the language knows it by ("한국어"); System is described in the current language.
QString languageDisplayName(Language language);

// What System resolves to for this locale: Korean or Japanese when the locale's language is, else English.
Language resolvedLanguage(Language language, const QLocale& system = QLocale::system());
QLocale localeOf(Language resolved);

Language savedLanguage();
void saveLanguage(Language language);

} // namespace seance
