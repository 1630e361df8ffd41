// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Format detection (detectSocialFormat and the import's ImportFileKind::detect): an answer or an error naming the
// file, the same twice, the same for the content compressed with zstd, and a detected export reads or fails with
// an error naming the file.
#include "tests/fuzz/socialreadtarget.h"

#include <zstd.h>

using namespace seance;
using namespace seance::fuzz;

namespace {

struct Detected
{
    social::SocialFormat format;
    QString error;
};

Detected detect(const QString& path)
{
    Detected detected;
    detected.format = social::detectSocialFormat(path, &detected.error);
    return detected;
}

QByteArray zstdCompressed(const uint8_t* data, size_t size)
{
    QByteArray out(static_cast<qsizetype>(ZSTD_compressBound(size)), Qt::Uninitialized);
    const size_t written = ZSTD_compress(out.data(), static_cast<size_t>(out.size()), data, size, 1);
    require(!ZSTD_isError(written), "zstd compresses the input");
    out.truncate(static_cast<qsizetype>(written));
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString name = QStringLiteral("fuzz-input.json");
    const QString path = writeInputFile(bytesOf(data, size), name);
    const Detected first = detect(path);
    require(first.error.isEmpty() || first.error.startsWith(name + QStringLiteral(": ")),
            "a detection error names the file", first.error);
    const Detected second = detect(path);
    require(second.format == first.format && second.error == first.error, "detection gives the same twice");
    if (size > 0 && size < 200 * 1024 && !social::isZstdMagic(bytesOf(data, size).left(4))) {
        const QString packedName = QStringLiteral("fuzz-input.json.zst");
        const Detected packed = detect(writeInputFile(zstdCompressed(data, size), packedName));
        require(packed.error.isEmpty() == first.error.isEmpty() &&
                    (!first.error.isEmpty() || packed.format == first.format),
                "compressed with zstd, the content is detected the same",
                first.error + QStringLiteral(" / ") + packed.error);
    }
    QString kindError;
    const std::optional<ImportFileKind> kind = ImportFileKind::detect(path, QStringLiteral("auto"), &kindError);
    require(kind.has_value() || kindError.contains(name), "an undetected import file is named", kindError);
    if (kind && kind->kind == ImportFileKind::Kind::Social)
        require(first.error.isEmpty() && kind->social == first.format, "the import detects exports as detection does");
    if (first.error.isEmpty())
        checkSocialRead(readSocial(path, first.format), name);
    return 0;
}
