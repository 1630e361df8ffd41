// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A DiscordChatExporter JSON export, read and imported (see socialreadtarget.h); read again without bots, it gives
// the same posts less the bots', in the same order.
#include "tests/fuzz/socialreadtarget.h"

using namespace seance;
using namespace seance::fuzz;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString name = QStringLiteral("fuzz-input.json");
    fuzzSocialReader(data, size, social::SocialFormat::Discord, name);
    const QString path = writeInputFile(bytesOf(data, size), name);
    const SocialRead all = readSocial(path, social::SocialFormat::Discord);
    const SocialRead noBots = readSocial(path, social::SocialFormat::Discord, true);
    checkSocialRead(noBots, name);
    if (!all.report.ok || !noBots.report.ok)
        return 0;
    std::size_t next = 0; // noBots must be a subsequence of all
    for (const social::SocialPost& post : noBots.posts) {
        while (next < all.posts.size() && !(all.posts[next] == post))
            ++next;
        require(next < all.posts.size(), "without bots: the same posts, in order", QString::fromStdString(post.id));
        ++next;
    }
    require(noBots.report.skippedBots == all.report.posts - noBots.report.posts, "every post left out is a bot's");
    return 0;
}
