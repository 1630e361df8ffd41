// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/zstdinputdevice.h"

#include <QCoreApplication>

// ZSTD_createDCtx_advanced and ZSTD_customMem: exported by libzstd.so since 1.0, declared in the
// "static linking only" part of zstd.h.
#define ZSTD_STATIC_LINKING_ONLY
#include <zstd.h>
#include <zstd_errors.h>

#include <sys/mman.h>

#include <cstdlib>
#include <cstring>

namespace seance::social {

namespace {
// Decoded text is handed over in blocks of this size, at most this many ahead of the reader.
constexpr std::size_t blockBytes = 1 << 20;
constexpr std::size_t readAheadBlocks = 4;

// The decoder's window is one allocation of up to 2 GiB that it fills as it decodes, touching every page
// once. With 4 KiB pages those first touches were 40 % of the decompressing thread's time on the development
// machine (a virtual machine, where a page fault is dear); asking for transparent huge pages takes 512 times
// fewer. The memory used is the same: only the pages the window reaches become resident.
constexpr std::size_t hugePageBytes = 2 << 20;
void* allocateWindow(void*, std::size_t size)
{
    if (size < 4 * hugePageBytes)
        return std::malloc(size);
    void* memory = nullptr;
    if (posix_memalign(&memory, hugePageBytes, size) != 0)
        return nullptr;
    madvise(memory, size & ~(hugePageBytes - 1), MADV_HUGEPAGE); // a hint: without it, plain pages
    return memory;
}
void freeWindow(void*, void* memory)
{
    std::free(memory);
}

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct ZstdInputDeviceText
{
    Q_DECLARE_TR_FUNCTIONS(seance::social::ZstdInputDevice)
};
} // namespace

bool isZstdMagic(const QByteArray& head)
{
    return head.size() >= 4 && static_cast<unsigned char>(head[0]) == 0x28 &&
           static_cast<unsigned char>(head[1]) == 0xB5 && static_cast<unsigned char>(head[2]) == 0x2F &&
           static_cast<unsigned char>(head[3]) == 0xFD;
}

ZstdInputDevice::ZstdInputDevice(const QString& path, int windowLogMax)
    : m_file(path)
    , m_windowLogMax(windowLogMax)
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
    m_compressedSize = m_file.size();
    m_compressedRead = 0;
    m_ready.clear();
    m_workerDone = m_stop = m_failed = false;
    m_workerError.clear();
    m_current.clear();
    m_currentPos = 0;
    m_worker = std::thread([this] { decompressAll(); });
    return QIODevice::open(ReadOnly | Unbuffered);
}

void ZstdInputDevice::stopWorker()
{
    if (!m_worker.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

void ZstdInputDevice::close()
{
    stopWorker();
    m_file.close();
    if (isOpen())
        QIODevice::close();
}

bool ZstdInputDevice::publish(std::string&& block)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || m_ready.size() < readAheadBlocks; });
    if (m_stop)
        return false;
    m_ready.push_back(std::move(block));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void ZstdInputDevice::decompressAll()
{
    QString error;
    ZSTD_DCtx* context = ZSTD_createDCtx_advanced(ZSTD_customMem{allocateWindow, freeWindow, nullptr});
    if (!context || ZSTD_isError(ZSTD_DCtx_setParameter(context, ZSTD_d_windowLogMax, m_windowLogMax)))
        error = ZstdInputDeviceText::tr("cannot set up zstd decompression");
    std::string input(ZSTD_DStreamInSize() * 8, '\0');
    std::size_t frameRemainder = 0; // libzstd's hint: non-zero while a frame is unfinished
    bool stopped = false;
    while (error.isEmpty() && !stopped) {
        const qint64 got = m_file.read(input.data(), static_cast<qint64>(input.size()));
        if (got < 0) {
            error = m_file.errorString();
            break;
        }
        if (got == 0) {
            if (frameRemainder != 0)
                error = ZstdInputDeviceText::tr("truncated zstd data: the file ends inside a compressed frame");
            break;
        }
        m_compressedRead.fetch_add(got, std::memory_order_relaxed);
        ZSTD_inBuffer in{input.data(), static_cast<std::size_t>(got), 0};
        while (in.pos < in.size || frameRemainder != 0) {
            std::string block;
            {
                std::lock_guard lock(m_mutex);
                if (!m_spare.empty()) {
                    block = std::move(m_spare.front());
                    m_spare.pop_front();
                }
            }
            block.resize(blockBytes);
            ZSTD_outBuffer out{block.data(), block.size(), 0};
            const std::size_t result = ZSTD_decompressStream(context, &out, &in);
            if (ZSTD_getErrorCode(result) == ZSTD_error_frameParameter_windowTooLarge) {
                error = ZstdInputDeviceText::tr("the zstd data needs a decoding window larger than %1 MiB, the most "
                                                "this reader allows")
                            .arg(QString::number(double(1ll << m_windowLogMax) / (1 << 20), 'g', 4));
                break;
            }
            if (ZSTD_isError(result)) {
                error =
                    ZstdInputDeviceText::tr("corrupt zstd data: %1").arg(QString::fromUtf8(ZSTD_getErrorName(result)));
                break;
            }
            frameRemainder = result;
            block.resize(out.pos);
            if (!block.empty() && !publish(std::move(block))) {
                stopped = true;
                break;
            }
            // Input used up and the output not full: libzstd needs more input to go on.
            if (in.pos == in.size && out.pos < out.size)
                break;
        }
    }
    ZSTD_freeDCtx(context);
    {
        std::lock_guard lock(m_mutex);
        m_workerDone = true;
        m_workerError = error;
    }
    m_changed.notify_all();
}

qint64 ZstdInputDevice::readData(char* data, qint64 maxSize)
{
    qint64 copied = 0;
    while (copied < maxSize) {
        if (m_currentPos == m_current.size()) {
            if (copied > 0)
                break; // hand over what there is rather than wait
            std::unique_lock lock(m_mutex);
            if (!m_current.empty())
                m_spare.push_back(std::move(m_current));
            m_current.clear();
            m_currentPos = 0;
            m_changed.wait(lock, [this] { return !m_ready.empty() || m_workerDone; });
            if (m_ready.empty()) {
                if (m_workerError.isEmpty())
                    return 0;
                m_failed = true;
                setErrorString(m_workerError);
                return -1;
            }
            m_current = std::move(m_ready.front());
            m_ready.pop_front();
            lock.unlock();
            m_changed.notify_all();
        }
        const qint64 take = std::min<qint64>(maxSize - copied, static_cast<qint64>(m_current.size() - m_currentPos));
        std::memcpy(data + copied, m_current.data() + m_currentPos, static_cast<std::size_t>(take));
        m_currentPos += static_cast<std::size_t>(take);
        copied += take;
    }
    return copied;
}

std::unique_ptr<QIODevice> openSocialInput(const QString& path, QString* error, int windowLogMax)
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
        device = std::make_unique<ZstdInputDevice>(path, windowLogMax);
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
