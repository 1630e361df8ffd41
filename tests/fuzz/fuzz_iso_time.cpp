// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ISO 8601 and epoch time parsing: what parses is a supported time, formats back to text that parses to the same
// instant, and parseTimestamp() agrees with the parser it dispatches to.
#include "models/io/text/isotime.h"
#include "models/io/text/timestampparsing.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace seance;
using namespace seance::fuzz;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const QString shown = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    const std::optional<qint64> iso = parseIsoTimestamp(text);
    const std::optional<qint64> epoch = parseEpochText(text);
    const std::optional<qint64> any = parseTimestamp(text);
    require(!iso || !epoch, "no text is both a date and an epoch number", shown);
    require(!any || any == iso || any == epoch, "parseTimestamp gives what one of the parsers gives", shown);
    require(!iso || any == iso || !any, "a date parseTimestamp reads is read as a date", shown);
    for (const std::optional<qint64>& time : {iso, epoch}) {
        if (!time)
            continue;
        require(isSupportedTime(*time), "a parsed time is in the supported range", shown);
        const std::string formatted = formatIsoTime(*time);
        require(parseIsoTimestamp(formatted) == time, "format → parse round-trips",
                shown + QStringLiteral(" → ") + QString::fromStdString(formatted));
        require(parseTimestamp(formatted) == time, "parseTimestamp reads what formatIsoTime writes",
                QString::fromStdString(formatted));
    }
    return 0;
}
