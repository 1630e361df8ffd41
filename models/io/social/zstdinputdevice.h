// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QIODevice>

#include <memory>

struct ZSTD_DCtx_s;

namespace seance::social {

// True when the bytes start with the zstd frame magic number (28 B5 2F FD).
bool isZstdMagic(const QByteArray& head);

// A read-only, sequential device that decompresses a zstd file as it is read. Reddit dumps are written with
// a window of up to 2 GiB (zstd --long=31), above libzstd's default decoding limit of 128 MiB, so the limit
// is raised to 2^31. Frames may follow one another; a file that ends inside a frame is an error, not an
// early end, so a truncated dump is never taken for a short one.
class ZstdInputDevice final : public QIODevice
{
public:
    explicit ZstdInputDevice(const QString& path);
    ~ZstdInputDevice() override;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }

    // Compressed bytes read so far and the file's size, for progress.
    qint64 compressedBytesRead() const { return m_compressedRead; }
    qint64 compressedSize() const { return m_file.size(); }
    // Set once decompression has failed; errorString() says why. A reader checks it before blaming a record.
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 fail(const QString& reason);

    QFile m_file;
    ZSTD_DCtx_s* m_context = nullptr;
    QByteArray m_input;
    qsizetype m_inputPos = 0;
    qsizetype m_inputEnd = 0;
    qint64 m_compressedRead = 0;
    std::size_t m_frameRemainder = 0; // libzstd's hint: non-zero while a frame is unfinished
    bool m_inputEof = false;
    bool m_failed = false;
};

// Opens a file for reading, decompressing it when its content is zstd. Returns null with *error set when it
// cannot be opened.
std::unique_ptr<QIODevice> openSocialInput(const QString& path, QString* error);

// The first bytes of a file's content (decompressed when it is zstd), for format detection.
QByteArray readContentHead(const QString& path, qint64 maxBytes, QString* error);

} // namespace seance::social
