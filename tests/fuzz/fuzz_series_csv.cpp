// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The series CSV import (LunarCrush, Santiment and any time,value,... file): all or nothing, and a success
// survives an export.
#include "models/io/series/seriescsvimport.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QBuffer>

using namespace seance;
using namespace seance::fuzz;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static FuzzWorkspace workspace;
    QByteArray bytes = bytesOf(data, size);
    QBuffer input(&bytes);
    input.open(QIODevice::ReadOnly);
    const QByteArray before = workspace.fingerprint();
    SeriesCsvImportOptions options;
    options.kind = SubjectKind::Token;
    options.subjectId = QStringLiteral("ghost-icp");
    const SeriesCsvImportResult result = importSeriesCsv(workspace.db(), &input, inputName, options);
    if (!checkAllOrNothing(workspace, before, result.ok, result.error)) {
        if (result.errorLine > 0)
            require(result.error.contains(QStringLiteral(":%1").arg(result.errorLine)), "the error names its line",
                    result.error);
        return 0;
    }
    require(result.points <= result.rows * result.seriesIds.size(), "no more points than cells");
    checkExportRoundTrip(workspace);
    return 0;
}
