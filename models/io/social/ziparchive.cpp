// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/ziparchive.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

#include <cstring>

namespace seance::social {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct ZipArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(seance::social::ZipArchive)
};

QString libzipMessage(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString message = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return message;
}

// One entry, inflated by libzip as it is read.
class ZipEntryDevice final : public QIODevice
{
public:
    explicit ZipEntryDevice(zip_file_t* file)
        : m_file(file)
    {
    }
    ~ZipEntryDevice() override { close(); }

    bool isSequential() const override { return true; }
    void close() override
    {
        if (m_file)
            zip_fclose(m_file);
        m_file = nullptr;
        if (isOpen())
            QIODevice::close();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (!m_file)
            return -1;
        const zip_int64_t got = zip_fread(m_file, data, static_cast<zip_uint64_t>(maxSize));
        if (got < 0)
            setErrorString(QString::fromUtf8(zip_file_strerror(m_file)));
        return got;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    zip_file_t* m_file;
};

} // namespace

bool isZipMagic(const QByteArray& head)
{
    return head.startsWith("PK\x03\x04");
}

bool isZipFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && isZipMagic(file.read(4));
}

struct ZipArchive::Handle
{
    zip_t* zip = nullptr;
    ~Handle()
    {
        if (zip)
            zip_discard(zip); // read-only: nothing to write back
    }
    zip_int64_t indexOf(const QString& name) const
    {
        return zip ? zip_name_locate(zip, name.toUtf8().constData(), 0) : -1;
    }
};

ZipArchive::ZipArchive() = default;
ZipArchive::~ZipArchive() = default;

bool ZipArchive::open(const QString& path, QString* error)
{
    m_handle = std::make_unique<Handle>();
    int code = 0;
    m_handle->zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (m_handle->zip)
        return true;
    if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS)
        *error = ZipArchiveText::tr("not a complete zip archive (is it truncated?): %1").arg(libzipMessage(code));
    else
        *error = libzipMessage(code);
    return false;
}

QStringList ZipArchive::entryNames() const
{
    QStringList names;
    if (!m_handle || !m_handle->zip)
        return names;
    const zip_int64_t count = zip_get_num_entries(m_handle->zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* name = zip_get_name(m_handle->zip, static_cast<zip_uint64_t>(i), 0);
        if (name && *name && name[std::strlen(name) - 1] != '/')
            names.append(QString::fromUtf8(name));
    }
    return names;
}

qint64 ZipArchive::entrySize(const QString& name) const
{
    const zip_int64_t index = m_handle ? m_handle->indexOf(name) : -1;
    zip_stat_t stat;
    if (index < 0 || zip_stat_index(m_handle->zip, static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
        !(stat.valid & ZIP_STAT_SIZE))
        return -1;
    return static_cast<qint64>(stat.size);
}

std::unique_ptr<QIODevice> ZipArchive::openEntry(const QString& name, QString* error) const
{
    const zip_int64_t index = m_handle ? m_handle->indexOf(name) : -1;
    if (index < 0) {
        *error = ZipArchiveText::tr("no %1 in the archive").arg(name);
        return nullptr;
    }
    zip_file_t* file = zip_fopen_index(m_handle->zip, static_cast<zip_uint64_t>(index), 0);
    if (!file) {
        *error = QString::fromUtf8(zip_strerror(m_handle->zip));
        return nullptr;
    }
    auto device = std::make_unique<ZipEntryDevice>(file);
    device->open(QIODevice::ReadOnly);
    return device;
}

} // namespace seance::social
