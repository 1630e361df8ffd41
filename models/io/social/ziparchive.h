// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace seance::social {

// True when the bytes start with a zip local file header ("PK\3\4").
bool isZipMagic(const QByteArray& head);
// True when path is a file that starts like a zip archive.
bool isZipFile(const QString& path);

// A zip file opened for reading with libzip: its entries' names, and each entry as a sequential device
// that inflates it as it is read, so a large entry is never held whole. libzip checks the central
// directory on open (a truncated zip is refused then) and each entry's CRC when it is read to the end.
class ZipArchive
{
public:
    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // False with *error set ("not a zip archive", "the zip archive is inconsistent", …) when it cannot be read.
    bool open(const QString& path, QString* error);

    // Every file entry's path inside the archive ("data/tweets.js"), in the archive's order; folders left out.
    QStringList entryNames() const;
    // The entry's uncompressed size, or -1 when there is no such entry.
    qint64 entrySize(const QString& name) const;
    // An open, read-only device on the entry, or null with *error set. The archive must outlive it.
    std::unique_ptr<QIODevice> openEntry(const QString& name, QString* error) const;

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
};

} // namespace seance::social
