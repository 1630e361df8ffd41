// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the social readers' tests share: the fixtures and small file helpers.

#include "models/io/social/socialpost.h"

#include <QByteArray>
#include <QFile>
#include <QMetaType>
#include <QString>

Q_DECLARE_METATYPE(seance::social::SocialFormat)

namespace seance::social::testing {

inline QString fixture(const QString& name)
{
    return QStringLiteral(SEANCE_FIXTURES_DIR "/social/") + name;
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace seance::social::testing
