// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/zstdinputdevice.h"

#include <QCoreApplication>

#include <zstd.h>

namespace seance::social {

namespace {
// Reddit dumps need a 2 GiB window (Pushshift and Arctic Shift both decode with max_window_size = 2**31).
constexpr int maxWindowLog = 31;

QString translate(const char* text)
{
    return QCoreApplication::translate("seance::social::ZstdInputDevice", text);
}
} // namespace

bool isZstdMagic(const QByteArray& head)
{
    return head.size() >= 4 && static_cast<unsigned char>(head[0]) == 0x28 &&
           static_cast<unsigned char>(head[1]) == 0xB5 && static_cast<unsigned char>(head[2]) == 0x2F &&
           static_cast<unsigned char>(head[3]) == 0xFD;
}

ZstdInputDevice::ZstdInputDevice(const QString& path)
    : m_file(path)
{
}

ZstdInputDevice::~ZstdInputDevice()
{
    close();
}

bool ZstdInputDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_context = ZSTD_createDCtx();
    if (!m_context || ZSTD_isError(ZSTD_DCtx_setParameter(m_context, ZSTD_d_windowLogMax, maxWindowLog))) {
        setErrorString(translate("cannot set up zstd decompression"));
        m_file.close();
        return false;
    }
    m_input.resize(static_cast<qsizetype>(ZSTD_DStreamInSize()) * 8);
    m_inputPos = m_inputEnd = 0;
    m_compressedRead = 0;
    m_frameRemainder = 0;
    m_inputEof = m_failed = false;
    return QIODevice::open(ReadOnly | Unbuffered);
}

void ZstdInputDevice::close()
{
    if (m_context) {
        ZSTD_freeDCtx(m_context);
        m_context = nullptr;
    }
    m_file.close();
    if (isOpen())
        QIODevice::close();
}

qint64 ZstdInputDevice::fail(const QString& reason)
{
    m_failed = true;
    setErrorString(reason);
    return -1;
}

qint64 ZstdInputDevice::readData(char* data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    ZSTD_outBuffer out{data, static_cast<std::size_t>(maxSize), 0};
    while (out.pos == 0) {
        if (m_inputPos == m_inputEnd) {
            if (m_inputEof)
                break;
            const qint64 got = m_file.read(m_input.data(), m_input.size());
            if (got < 0)
                return fail(m_file.errorString());
            if (got == 0) {
                m_inputEof = true;
                if (m_frameRemainder != 0)
                    return fail(translate("truncated zstd data: the file ends inside a compressed frame"));
                break;
            }
            m_inputPos = 0;
            m_inputEnd = static_cast<qsizetype>(got);
            m_compressedRead += got;
        }
        ZSTD_inBuffer in{m_input.constData(), static_cast<std::size_t>(m_inputEnd),
                         static_cast<std::size_t>(m_inputPos)};
        const std::size_t result = ZSTD_decompressStream(m_context, &out, &in);
        if (ZSTD_isError(result))
            return fail(translate("corrupt zstd data: %1").arg(QString::fromUtf8(ZSTD_getErrorName(result))));
        m_inputPos = static_cast<qsizetype>(in.pos);
        m_frameRemainder = result;
        // libzstd may hold decoded bytes back until more output space is offered; a full buffer returns them.
        if (out.pos == out.size)
            break;
    }
    return static_cast<qint64>(out.pos);
}

std::unique_ptr<QIODevice> openSocialInput(const QString& path, QString* error)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        *error = probe.errorString();
        return nullptr;
    }
    const bool compressed = isZstdMagic(probe.peek(4));
    probe.close();
    std::unique_ptr<QIODevice> device;
    if (compressed)
        device = std::make_unique<ZstdInputDevice>(path);
    else
        device = std::make_unique<QFile>(path);
    if (!device->open(QIODevice::ReadOnly)) {
        *error = device->errorString();
        return nullptr;
    }
    return device;
}

QByteArray readContentHead(const QString& path, qint64 maxBytes, QString* error)
{
    std::unique_ptr<QIODevice> device = openSocialInput(path, error);
    if (!device)
        return {};
    QByteArray head(static_cast<qsizetype>(maxBytes), Qt::Uninitialized);
    qint64 filled = 0;
    while (filled < maxBytes) {
        const qint64 got = device->read(head.data() + filled, maxBytes - filled);
        if (got <= 0)
            break;
        filled += got;
    }
    auto* zstd = dynamic_cast<ZstdInputDevice*>(device.get());
    if (zstd && zstd->failed() && filled == 0) {
        *error = zstd->errorString();
        return {};
    }
    head.truncate(static_cast<qsizetype>(filled));
    return head;
}

} // namespace seance::social
