// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/scorecommand.h"

#include "app/commands/databaseoption.h"
#include "models/sentiment/scoring/lexicon.h"
#include "models/sentiment/scoring/maskedterms.h"
#include "models/sentiment/scoring/ruletext.h"
#include "models/sentiment/scoring/scorer.h"
#include "models/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <memory>
#include <string_view>

namespace seance::cli {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct ScoreText
{
    Q_DECLARE_TR_FUNCTIONS(seance::cli::score)
};

// Lines are read in chunks of this size. A longer line is scored by its beginning (the scorer reads at
// most Scorer::maxInputBytes anyway) and the rest is skipped, so one huge line cannot fill the memory.
constexpr qint64 chunkBytes = 64 * 1024;

QString formatCompound(const SentimentScore& score)
{
    if (!score.scored)
        return QStringLiteral("unscored");
    QString text = QString::number(score.compound, 'f', 4);
    if (text == QLatin1String("-0.0000"))
        text = QStringLiteral("0.0000");
    return text;
}

void printExplanation(QTextStream& out, const ScoreExplanation& explanation)
{
    for (const TermContribution& term : explanation.terms) {
        out << "  " << ScoreText::tr("term") << " \"" << term.term << '"';
        if (term.text.compare(term.term, Qt::CaseSensitive) != 0)
            out << " (" << term.text << ')';
        out << ": " << ruletext::signedNumber(term.valence) << " -> " << ruletext::signedNumber(term.contribution);
        if (!term.rules.isEmpty())
            out << "; " << term.rules.join(QStringLiteral("; "));
        out << '\n';
    }
    // Text-wide rules; the per-term ones were printed with their term above.
    QStringList perTerm;
    for (const TermContribution& term : explanation.terms) {
        for (const QString& rule : term.rules)
            perTerm.append(ruletext::termRule(term.term, rule));
    }
    for (const QString& rule : explanation.rulesFired) {
        if (!perTerm.contains(rule))
            out << "  " << ScoreText::tr("rule") << ": " << rule << '\n';
    }
}

// Reads one line, however long, keeping at most its first chunk. Returns false at the end of the input.
bool readLine(QFile& input, QByteArray& line)
{
    // On a pipe atEnd() is not known before a read fails; an empty read is the end (an empty line still
    // holds its '\n').
    // readLine(qint64) would allocate a whole chunk for every line; reading into one reused buffer does not.
    static QByteArray buffer(chunkBytes + 1, Qt::Uninitialized);
    qint64 read = input.readLine(buffer.data(), buffer.size());
    if (read <= 0)
        return false;
    line = buffer.first(read);
    while (buffer.at(read - 1) != '\n' && !input.atEnd()) {
        read = input.readLine(buffer.data(), buffer.size()); // the rest of an overlong line is dropped
        if (read <= 0)
            break;
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return true;
}

} // namespace

int runScoreCommand(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ScoreText::tr(
        "Score texts, one per line, or TSV lines whose last column is the text. Prints the compound score "
        "(-1 to +1, four decimals) of each line, or \"unscored\" for text in a script the lexicon does not "
        "cover. Reads standard input when FILE is - or missing."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, ScoreText::tr("Show this help."));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     ScoreText::tr("Print the terms and rules behind each score under it."));
    const QCommandLineOption lexicon(
        QStringLiteral("lexicon"), ScoreText::tr("Merge an extra lexicon (VADER or AFINN TSV) over the built-in one."),
        ScoreText::tr("FILE"));
    const QCommandLineOption db = databaseOption();
    parser.addOptions({help, explain, lexicon, db});
    parser.addPositionalArgument(QStringLiteral("file"), ScoreText::tr("The texts (default: standard input)."),
                                 QStringLiteral("[FILE|-]"));

    const auto usage = [&context](const QString& message) {
        context.err << message << Qt::endl << ScoreText::tr("Run seance score --help for the options.") << Qt::endl;
        return 2;
    };
    if (!parser.parse(context.arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usage(ScoreText::tr("Expected at most one input file, got %1.").arg(positional.size()));

    std::shared_ptr<const Lexicon> lexiconToUse = Lexicon::builtIn();
    const QString lexiconPath = parser.isSet(lexicon) ? parser.value(lexicon) : context.lexiconPath;
    if (!lexiconPath.isEmpty()) {
        auto merged = std::make_shared<Lexicon>(*lexiconToUse);
        QString error;
        if (!merged->mergeFile(lexiconPath, &error)) {
            context.err << error << Qt::endl;
            return 1;
        }
        lexiconToUse = std::move(merged);
    }
    Scorer scorer(lexiconToUse);
    // Names are masked only for a workspace named explicitly: scoring loose text must not depend on
    // whatever the default workspace happens to hold.
    if (parser.isSet(db) || !context.databasePath.isEmpty()) {
        Database database;
        if (const int code = openCommandDatabase(context, parser, db, MissingDatabase::Refuse, database); code != 0)
            return code;
        scorer.setMaskedTerms(maskedTermsFromDatabase(database));
    }

    const QString path = positional.value(0, QStringLiteral("-"));
    QFile input;
    const bool opened = path == QLatin1String("-") ? input.open(stdin, QIODevice::ReadOnly)
                                                   : (input.setFileName(path), input.open(QIODevice::ReadOnly));
    if (!opened) {
        context.err << ScoreText::tr("Cannot read %1: %2").arg(path, input.errorString()) << Qt::endl;
        return 1;
    }

    const bool explaining = parser.isSet(explain);
    QByteArray line;
    while (readLine(input, line)) {
        const qsizetype tab = line.lastIndexOf('\t');
        const QByteArray text = tab >= 0 ? line.sliced(tab + 1) : line;
        const std::string_view utf8(text.constData(), static_cast<std::size_t>(text.size()));
        if (explaining) {
            const ScoreExplanation explanation = scorer.explain(utf8);
            context.out << formatCompound(explanation.score) << '\n';
            printExplanation(context.out, explanation);
        } else {
            context.out << formatCompound(scorer.score(utf8)) << '\n';
        }
    }
    if (input.error() != QFileDevice::NoError) {
        context.err << ScoreText::tr("Error reading %1: %2").arg(path, input.errorString()) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace seance::cli
