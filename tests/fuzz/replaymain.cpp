// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzz targets without libFuzzer: each file given (or each file in each folder given) is passed once to
// LLVMFuzzerTestOneInput. The normal and sanitizer builds run every target this way on its seeds and on the inputs
// in tests/fuzz/regressions/<target>/, so each finding stays a regression test (see tests/fuzz/CMakeLists.txt).
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QFile::decodeName(argv[i]);
        if (!QFileInfo::exists(path))
            continue; // a target without past findings has no regressions folder
        QStringList files{path};
        if (QFileInfo(path).isDir()) {
            files.clear();
            for (const QFileInfo& info : QDir(path).entryInfoList(QDir::Files, QDir::Name))
                files << info.filePath();
        }
        for (const QString& name : files) {
            QFile file(name);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(name));
                return 1;
            }
            const QByteArray bytes = file.readAll();
            std::fprintf(stderr, "%s\n", qPrintable(name));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()),
                                   static_cast<size_t>(bytes.size()));
            ++inputs;
        }
    }
    std::fprintf(stderr, "%d inputs, every property held\n", inputs);
    return inputs > 0 ? 0 : 1;
}
