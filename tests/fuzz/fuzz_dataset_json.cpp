// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset JSON reader, through the whole import: all or nothing, and what it imports survives an export.
#include "models/io/dataset/datasetimport.h"
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
    DatasetImportReport report;
    QString error;
    const bool ok = importDataset(workspace.db(), input, inputName, {}, &report, &error);
    if (checkAllOrNothing(workspace, before, ok, error)) {
        require(!report.cancelled, "an import nobody cancelled is not reported cancelled");
        checkExportRoundTrip(workspace);
    }
    return 0;
}
