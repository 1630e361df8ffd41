// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/json/jsonbytesource.h"

#include <QIODevice>

namespace seance::dataset {

namespace {
constexpr qsizetype blockSize = 1024 * 1024;
}

JsonByteSource::JsonByteSource(QIODevice& device, qint64 maxStringBytes, std::function<void(qint64, qint64)> progress,
                               const std::atomic_bool* cancel)
    : m_device(device)
    , m_progress(std::move(progress))
    , m_cancel(cancel)
    , m_buffer(blockSize, Qt::Uninitialized)
    , m_total(device.isSequential() ? -1 : device.size())
    , m_maxStringBytes(maxStringBytes)
{
}

bool JsonByteSource::refill()
{
    if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
        m_stop = Stop::Cancelled;
        return false;
    }
    const qint64 n = m_device.read(m_buffer.data(), m_buffer.size());
    if (n < 0)
        m_stop = Stop::ReadError;
    if (n <= 0)
        return false;
    m_pos = 0;
    m_end = static_cast<qsizetype>(n);
    m_read += n;
    reportProgress();
    return true;
}

QString JsonByteSource::deviceError() const
{
    return m_device.errorString();
}

void JsonByteSource::reportProgress() const
{
    if (m_progress)
        m_progress(m_read, m_total);
}

} // namespace seance::dataset
