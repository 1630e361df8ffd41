// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A Reddit dump as plain NDJSON, read and imported (see socialreadtarget.h).
#include "tests/fuzz/socialreadtarget.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    seance::fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    seance::fuzz::fuzzSocialReader(data, size, seance::social::SocialFormat::Reddit,
                                   QStringLiteral("fuzz-input.ndjson"));
    return 0;
}
