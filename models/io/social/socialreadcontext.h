// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/social/socialpost.h"

#include <QCoreApplication>

#include <string>
#include <unordered_set>

namespace seance::social {

// What every reader shares: the report it fills, the handler it feeds, cancellation, and the error format
// "file: record: field: reason".
class SocialReadContext
{
    Q_DECLARE_TR_FUNCTIONS(seance::social::SocialReadContext)
public:
    SocialReadContext(const QString& displayName, const SocialReadOptions& options, const SocialPostHandler& onPost,
                      SocialReadReport* report)
        : m_displayName(displayName)
        , m_options(options)
        , m_onPost(onPost)
        , m_report(report)
    {
    }

    // Hands a post over and updates the counts; false when the read must stop (handler said so, or a cancel).
    bool deliver(const SocialPost& post);
    bool cancelled();
    // Records the first error; always returns false so that readers can `return context.fail(…)`.
    bool fail(const QString& record, const QString& field, const QString& reason);
    bool failed() const { return !m_report->error.isEmpty(); }
    void progress(qint64 bytesRead, qint64 totalBytes) const;

    void setDisplayName(const QString& name) { m_displayName = name; }
    const QString& displayName() const { return m_displayName; }
    const SocialReadOptions& options() const { return m_options; }
    SocialReadReport& report() { return *m_report; }

private:
    QString m_displayName;
    const SocialReadOptions& m_options;
    const SocialPostHandler& m_onPost;
    SocialReadReport* m_report;
    std::unordered_set<std::string> m_sources;
    std::string m_lastSource;
    bool m_stopped = false;
};

} // namespace seance::social
