// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/socialreadcontext.h"

namespace seance::social {

bool SocialReadContext::deliver(const SocialPost& post)
{
    if (m_stopped)
        return false;
    SocialReadReport& report = *m_report;
    if (report.posts == 0 || post.postedAtMs < report.firstMs)
        report.firstMs = post.postedAtMs;
    if (report.posts == 0 || post.postedAtMs > report.lastMs)
        report.lastMs = post.postedAtMs;
    ++report.posts;
    // Most files have one source, so comparing with the last one saves the set lookup.
    if (post.source != m_lastSource || report.sources.isEmpty()) {
        m_lastSource = post.source;
        if (m_sources.insert(post.source).second)
            report.sources.append(QString::fromStdString(post.source));
    }
    if (!m_onPost(post)) {
        m_stopped = true;
        report.cancelled = true;
        return false;
    }
    return true;
}

bool SocialReadContext::cancelled()
{
    if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
        m_stopped = true;
        m_report->cancelled = true;
    }
    return m_stopped;
}

bool SocialReadContext::fail(const QString& record, const QString& field, const QString& reason)
{
    if (!failed()) {
        QString message = m_displayName;
        if (!record.isEmpty())
            message += QStringLiteral(": ") + record;
        if (!field.isEmpty())
            message += QStringLiteral(": ") + field;
        m_report->error = message + QStringLiteral(": ") + reason;
    }
    return false;
}

void SocialReadContext::progress(qint64 bytesRead, qint64 totalBytes) const
{
    if (m_options.progress)
        m_options.progress(bytesRead, totalBytes);
}

} // namespace seance::social
