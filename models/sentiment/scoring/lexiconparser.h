// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/scoring/lexicon.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

class QIODevice;

namespace seance {

struct LexiconEntry
{
    std::string key;    // normalized, see Lexicon::normalizeTerm()
    double valence = 0; // on the −4..+4 scale
};

// Translated message for the lexicon loader (not a QObject, so no tr()).
QString lexiconMessage(const char* text);

// Reads lexicon files line by line. Each problem names the source, the line and the reason. Strict mode
// stops at the first problem (user files: all or nothing); lenient mode skips the line and goes on (the
// built-in files, where a typo must not lose the whole lexicon).
class LexiconParser
{
public:
    enum class Mode { Strict, Lenient };

    LexiconParser(QString sourceName, Lexicon::FileFormat format, Mode mode);

    // Appends entries to out; returns false when a problem stopped a strict parse.
    bool parse(QIODevice& device, std::vector<LexiconEntry>& out);
    const QStringList& problems() const { return m_problems; }
    Lexicon::FileFormat format() const { return m_format; }

private:
    bool parseLine(QByteArrayView line, int number, std::vector<LexiconEntry>& out);
    bool parseFields(const QList<QByteArrayView>& fields, int number, double* valence);
    bool fail(int number, const QString& reason);

    QString m_source;
    Lexicon::FileFormat m_format;
    Mode m_mode;
    QStringList m_problems;
};

} // namespace seance
