// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/social/socialpost.h"

#include <QFile>
#include <QIODevice>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace seance::social {

// True when the bytes start with the zstd frame magic number (28 B5 2F FD).
bool isZstdMagic(const QByteArray& head);

// A read-only, sequential device that decompresses a zstd file as it is read. Reddit dumps are written with
// a window of up to 2 GiB (zstd --long=31), above libzstd's default decoding limit of 128 MiB, so the limit
// is raised to 2^31 unless windowLogMax sets another; a frame asking for more fails with a clear error. Frames may
// follow one another; a file that ends inside a frame is an error, not an early end, so a truncated dump is never taken
// for a short one.
//
// Decompression runs on a thread of its own, a few blocks ahead of the reader, so that parsing the text and
// decompressing the next part of it use two cores.
class ZstdInputDevice final : public QIODevice
{
public:
    explicit ZstdInputDevice(const QString& path, int windowLogMax = dumpZstdWindowLog);
    ~ZstdInputDevice() override;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }

    // Compressed bytes read so far and the file's size, for progress.
    qint64 compressedBytesRead() const { return m_compressedRead.load(std::memory_order_relaxed); }
    qint64 compressedSize() const { return m_compressedSize; }
    // Set once the reader has had every byte decoded before a failure; errorString() then says why. A reader
    // checks it before blaming a record, because a cut-off stream shows as a cut-off last line.
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    void decompressAll();
    bool publish(std::string&& block);
    void stopWorker();

    QFile m_file;
    int m_windowLogMax;
    qint64 m_compressedSize = 0;
    std::atomic<qint64> m_compressedRead{0};
    std::thread m_worker;

    std::mutex m_mutex; // guards the members below it
    std::condition_variable m_changed;
    std::deque<std::string> m_ready;
    std::deque<std::string> m_spare;
    bool m_workerDone = false;
    bool m_stop = false;
    QString m_workerError;

    std::string m_current; // the block being read, owned by the reading thread
    std::size_t m_currentPos = 0;
    bool m_failed = false;
};

// Opens a file for reading, decompressing it when its content is zstd. Returns null with *error set when it
// cannot be opened. windowLogMax bounds a zstd file's window (see ZstdInputDevice).
std::unique_ptr<QIODevice> openSocialInput(const QString& path, QString* error, int windowLogMax = dumpZstdWindowLog);

// The first bytes of a file's content (decompressed when it is zstd), for format detection.
QByteArray readContentHead(const QString& path, qint64 maxBytes, QString* error);

} // namespace seance::social
