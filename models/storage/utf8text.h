// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringDecoder>

#include <string_view>

namespace seance {

// UTF-8 to QString keeping a leading U+FEFF, which QString::fromUtf8() drops as a byte order mark: in a stored or
// imported value it is the first character, and dropping it on one path only (reading an id back from SQLite, say,
// but not writing a post's raw bytes) would make an export that does not import.
inline QString utf8ToQString(std::string_view bytes)
{
    if (!bytes.starts_with("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    return decoder(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
}

} // namespace seance
