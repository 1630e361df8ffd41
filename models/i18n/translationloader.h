// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/i18n/languagesetting.h"

namespace seance {

// Installs Seance's own translation (embedded :/i18n/seance_<code>.qm) and Qt's (qtbase_<code>.qm from
// QLibraryInfo's translations folder) for `language` into the running QCoreApplication, replacing whatever
// was installed before, and makes its locale the default QLocale for numbers and dates. English removes both.
// Returns the language actually in effect (System resolved). Installing sends QEvent::LanguageChange to
// every widget, which is how open windows retranslate.
Language installTranslations(Language language);

// The language installTranslations last put in effect (English before any call).
Language installedLanguage();

// True when Qt's own strings for `resolved` were found (qt6-translations-l10n on Debian).
bool qtTranslationsAvailable(Language resolved);

} // namespace seance
