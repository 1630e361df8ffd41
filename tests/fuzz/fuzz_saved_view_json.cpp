// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A saved view's JSON (as stored in saved_views.state and in datasets): ViewState::fromJson is all or nothing,
// and what it accepts comes back unchanged through toJson → fromJson.
#include "models/viewstate.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace seance;
using namespace seance::fuzz;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytesOf(data, size));
    if (!document.isObject())
        return 0;
    ViewState state;
    state.setDataRange({0, 86'400'000LL * 365 * 60}); // a loaded workspace, as when a view is applied
    const QJsonObject before = state.toJson();
    QString error;
    if (!state.fromJson(document.object(), &error)) {
        require(!error.isEmpty(), "a refused view says why");
        require(state.toJson() == before, "a refused view changes nothing", error);
        return 0;
    }
    const QJsonObject applied = state.toJson();
    ViewState again;
    again.setDataRange({0, 86'400'000LL * 365 * 60});
    require(again.fromJson(applied, &error), "a view's own JSON is accepted", error);
    require(again.toJson() == applied, "toJson → fromJson round-trips",
            QString::fromUtf8(QJsonDocument(applied).toJson()) +
                QString::fromUtf8(QJsonDocument(again.toJson()).toJson()));
    return 0;
}
