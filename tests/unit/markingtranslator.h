// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A translator that answers every message of one context with its source text in ⟦brackets⟧: a test installs it
// to tell that a text went through tr() in that context, whatever the shipped translations hold.
#pragma once

#include <QByteArray>
#include <QTranslator>

#include <utility>

namespace seance::testing {

class MarkingTranslator final : public QTranslator
{
public:
    explicit MarkingTranslator(QByteArray context)
        : m_context(std::move(context))
    {
    }

    bool isEmpty() const override { return false; }

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (m_context != context)
            return {};
        return QString(u'⟦' + QString::fromUtf8(sourceText) + u'⟧');
    }

    static bool isMarked(const QString& text) { return text.startsWith(u'⟦') && text.endsWith(u'⟧'); }

private:
    QByteArray m_context;
};

} // namespace seance::testing
