// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <string_view>

struct sqlite3;

namespace seance {

// The language filter of the chart, the stats and the posts pane. A post's language is the one it was
// scored as (chooseScoringLanguage): its lang tag when it names a language, else the dominant script.
// Other: a post no rule set scored (another language or script, Han without Kana, an English-rules post
// in a script the lexicon does not cover). English counts only posts the English rules scored.
enum class PostLanguage { All, English, Korean, Japanese, Other };

// The post's language: never All. `scored` is whether the stored compound is not NULL.
PostLanguage postLanguageOf(std::string_view text, std::string_view lang, bool scored) noexcept;

// "all", "en", "ko", "ja", "other": saved views and settings.
QString postLanguageName(PostLanguage language);
std::optional<PostLanguage> postLanguageFromName(const QString& name);
// "All languages", "English", …: menus and the combo boxes.
QString postLanguageLabel(PostLanguage language);
inline constexpr PostLanguage allPostLanguages[] = {PostLanguage::All, PostLanguage::English, PostLanguage::Korean,
                                                    PostLanguage::Japanese, PostLanguage::Other};

// Makes the SQL function seance_post_language(text, lang, scored) → int(PostLanguage) known to a connection,
// so the stores can filter posts by language in SQL (PostStore's language queries need it). Deterministic and
// idempotent; false when SQLite refused.
bool registerPostLanguageFunction(sqlite3* handle);

} // namespace seance
