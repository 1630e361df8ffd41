// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Posts as JSON Lines, through the whole import (see postsimporttarget.h).
#include "tests/fuzz/postsimporttarget.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    seance::fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    seance::fuzz::fuzzPostsImport(data, size, seance::PostsFormat::JsonLines);
    return 0;
}
