// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A Reddit dump compressed with zstd (.zst), read through ZstdInputDevice and imported (see socialreadtarget.h).
// When libzstd decodes the whole input, reading the decoded text as a plain file gives the same result: the stream
// loses, adds and reorders nothing. When it cannot, the read fails.
#include "tests/fuzz/socialreadtarget.h"

#include <zstd.h>

using namespace seance;
using namespace seance::fuzz;

namespace {

// The whole content, or nothing when libzstd finds it corrupt or cut off, its window over the readers' bound in the
// fuzz build, or the content over 8 MiB (which no seed is).
std::optional<QByteArray> decodeAll(const uint8_t* data, size_t size)
{
    ZSTD_DCtx* context = ZSTD_createDCtx();
    ZSTD_DCtx_setParameter(context, ZSTD_d_windowLogMax, fuzzZstdWindowLog);
    QByteArray out;
    char buffer[64 * 1024];
    ZSTD_inBuffer in{data, size, 0};
    size_t hint = 1;
    bool ok = size > 0;
    while (ok && (in.pos < in.size || hint != 0)) {
        ZSTD_outBuffer chunk{buffer, sizeof buffer, 0};
        hint = ZSTD_decompressStream(context, &chunk, &in);
        ok = !ZSTD_isError(hint) && out.size() < (8 << 20) && (chunk.pos > 0 || in.pos < in.size || hint == 0);
        out.append(buffer, static_cast<qsizetype>(chunk.pos));
    }
    ZSTD_freeDCtx(context);
    return ok ? std::optional<QByteArray>(out) : std::nullopt;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 4 || !social::isZstdMagic(bytesOf(data, 4)))
        return 0; // not zstd: the plain NDJSON target reads those
    const QString name = QStringLiteral("fuzz-input.jsonl.zst");
    fuzzSocialReader(data, size, social::SocialFormat::Reddit, name);
    const std::optional<QByteArray> decoded = decodeAll(data, size);
    if (!decoded || social::isZstdMagic(decoded->left(4)))
        return 0; // libzstd refuses it (or the content is itself zstd): nothing to compare with
    const SocialRead compressed = readSocial(writeInputFile(bytesOf(data, size), name), social::SocialFormat::Reddit);
    const QString plainName = QStringLiteral("fuzz-input.jsonl");
    const SocialRead plain = readSocial(writeInputFile(*decoded, plainName), social::SocialFormat::Reddit);
    QString plainError = plain.report.error;
    if (plainError.startsWith(plainName))
        plainError.replace(0, plainName.size(), name);
    require(compressed.report.ok == plain.report.ok && compressed.posts == plain.posts &&
                compressed.report.error == plainError,
            "a .zst reads as its decoded text", compressed.report.error + QStringLiteral(" / ") + plainError);
    return 0;
}
