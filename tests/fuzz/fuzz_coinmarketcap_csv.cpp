// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// CoinMarketCap's historical download (';'-separated, timeOpen…close…): parsed and imported (see markettarget.h).
#include "models/io/series/marketcsv.h"
#include "tests/fuzz/markettarget.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    seance::fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    seance::fuzz::fuzzMarketCsv(data, size, seance::parseCoinMarketCapCsv, seance::SeriesFileFormat::CoinMarketCap);
    return 0;
}
