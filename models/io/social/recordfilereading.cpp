// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/recordfilereading.h"

#include "models/io/social/socialreadcontext.h"

#include <QFile>

namespace seance::social {

bool readJsonRecords(const QString& path, JsonRecordStream::Hooks hooks, SocialReadContext& context,
                     const RecordNamer& name, const RecordConverter& convert, const SocialPost& post,
                     const RecordFileOptions& fileOptions)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail({}, {}, file.errorString());
    return readJsonRecords(file, file.size(), std::move(hooks), context, name, convert, post, fileOptions);
}

bool readJsonRecords(QIODevice& file, qint64 totalBytes, JsonRecordStream::Hooks hooks, SocialReadContext& context,
                     const RecordNamer& name, const RecordConverter& convert, const SocialPost& post,
                     const RecordFileOptions& fileOptions)
{
    QString prefixError;
    if (fileOptions.skipPrefix && !fileOptions.skipPrefix(file, &prefixError))
        return context.fail({}, {}, prefixError);
    hooks.onRecord = [&](const std::string&, qint64 index, const Json& record) {
        FieldProblem problem;
        bool skip = false;
        if (!convert(record, &problem, &skip))
            return context.fail(name(index, &record), problem.field, problem.reason);
        return skip || context.deliver(post);
    };
    JsonRecordStream::Options options;
    options.totalBytes = totalBytes;
    options.progress = context.options().progress;
    options.cancel = context.options().cancel;
    options.allowTrailingText = fileOptions.allowTrailingText;
    JsonRecordStream stream(std::move(hooks), std::move(options));
    const JsonRecordStream::Result result = stream.read(file);
    context.report().repairedEscapes += stream.repairedEscapes();
    context.report().repairedDuplicateKeys += stream.duplicateKeys();
    switch (result) {
    case JsonRecordStream::Result::Finished:
        return true;
    case JsonRecordStream::Result::Cancelled:
        context.cancelled();
        return false;
    case JsonRecordStream::Result::Stopped:
        return false;
    case JsonRecordStream::Result::Failed:
        break;
    }
    const QString record = stream.failedRecordIndex() > 0 ? name(stream.failedRecordIndex(), nullptr) : QString();
    return context.fail(record, stream.failedField(), stream.error());
}

} // namespace seance::social
