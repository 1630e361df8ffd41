// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/postlanguage.h"

#include "models/sentiment/scoring/scoringlanguage.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace seance {
namespace {

struct PostLanguageText
{
    Q_DECLARE_TR_FUNCTIONS(seance::PostLanguage)
};

std::string_view textArgument(sqlite3_value* value)
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_value_text(value)); // NULL → empty
    return bytes ? std::string_view(bytes, std::size_t(sqlite3_value_bytes(value))) : std::string_view();
}

void postLanguageFunction(sqlite3_context* context, int, sqlite3_value** values)
{
    const PostLanguage language =
        postLanguageOf(textArgument(values[0]), textArgument(values[1]), sqlite3_value_int(values[2]) != 0);
    sqlite3_result_int(context, int(language));
}

} // namespace

PostLanguage postLanguageOf(std::string_view text, std::string_view lang, bool scored) noexcept
{
    switch (chooseScoringLanguage(text, lang)) {
    case ScoringLanguage::Korean:
        return PostLanguage::Korean;
    case ScoringLanguage::Japanese:
        return PostLanguage::Japanese;
    case ScoringLanguage::English:
        return scored ? PostLanguage::English : PostLanguage::Other;
    case ScoringLanguage::Unscored:
        break;
    }
    return PostLanguage::Other;
}

QString postLanguageName(PostLanguage language)
{
    switch (language) {
    case PostLanguage::All:
        return QStringLiteral("all");
    case PostLanguage::English:
        return QStringLiteral("en");
    case PostLanguage::Korean:
        return QStringLiteral("ko");
    case PostLanguage::Japanese:
        return QStringLiteral("ja");
    case PostLanguage::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<PostLanguage> postLanguageFromName(const QString& name)
{
    for (const PostLanguage language : allPostLanguages) {
        if (postLanguageName(language) == name)
            return language;
    }
    return std::nullopt;
}

QString postLanguageLabel(PostLanguage language)
{
    switch (language) {
    case PostLanguage::All:
        return PostLanguageText::tr("All Languages");
    case PostLanguage::English:
        return PostLanguageText::tr("English");
    case PostLanguage::Korean:
        return PostLanguageText::tr("Korean");
    case PostLanguage::Japanese:
        return PostLanguageText::tr("Japanese");
    case PostLanguage::Other:
        break;
    }
    return PostLanguageText::tr("Unscored and Other");
}

bool registerPostLanguageFunction(sqlite3* handle)
{
    return handle && sqlite3_create_function_v2(handle, "seance_post_language", 3,
                                                SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                                &postLanguageFunction, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace seance
