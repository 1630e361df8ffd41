// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/i18n/languagesetting.h"

#include "models/appsettings.h"

#include <QCoreApplication>

#include <array>

namespace seance {

std::span<const Language> allLanguages()
{
    static constexpr std::array languages = {Language::System, Language::English, Language::Korean, Language::Japanese};
    return languages;
}

QString languageCode(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::Korean:
        return QStringLiteral("ko");
    case Language::Japanese:
        return QStringLiteral("ja");
    case Language::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Language> languageFromCode(QStringView code)
{
    for (Language language : allLanguages()) {
        if (code.compare(languageCode(language), Qt::CaseInsensitive) == 0)
            return language;
    }
    return std::nullopt;
}

QString languageDisplayName(Language language)
{
    // Each language is named in itself, so a user who cannot read the current language still finds their own.
    switch (language) {
    case Language::English:
        return QStringLiteral("English");
    case Language::Korean:
        return QStringLiteral("한국어");
    case Language::Japanese:
        return QStringLiteral("日本語");
    case Language::System:
        break;
    }
    return QCoreApplication::translate("seance::Language", "System");
}

Language resolvedLanguage(Language language, const QLocale& system)
{
    if (language != Language::System)
        return language;
    switch (system.language()) {
    case QLocale::Korean:
        return Language::Korean;
    case QLocale::Japanese:
        return Language::Japanese;
    default:
        return Language::English;
    }
}

QLocale localeOf(Language resolved)
{
    switch (resolved) {
    case Language::Korean:
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    case Language::Japanese:
        return QLocale(QLocale::Japanese, QLocale::Japan);
    case Language::English:
        // English keeps the system's own number and date conventions unless the system speaks Korean or Japanese.
        return resolvedLanguage(Language::System) == Language::English
                   ? QLocale::system()
                   : QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::System:
        break;
    }
    return QLocale::system();
}

Language savedLanguage()
{
    return languageFromCode(AppSettings::value(Setting::Language).toString()).value_or(Language::System);
}

void saveLanguage(Language language)
{
    AppSettings::setValue(Setting::Language, languageCode(language));
}

} // namespace seance
