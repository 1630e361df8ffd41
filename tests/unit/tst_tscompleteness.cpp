// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every message of resources/translations/*.ts is finished, none is vanished or obsolete, and each translation
// keeps its source's placeholders and accelerator. The lead refreshes the .ts with the seance_lupdate target and
// fills new messages with scripts/translations-unfinished.py and scripts/translations-fill.py.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // the translation's type attribute: empty when finished
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            messages.append(Message{context, {}, {}});
        } else if (xml.name() == u"source" && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation" && !messages.isEmpty()) {
            messages.last().type = xml.attributes().value(QStringLiteral("type")).toString();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

bool hasAccelerator(const QString& text)
{
    return QString(text).remove(QStringLiteral("&&")).contains(QLatin1Char('&'));
}

} // namespace

class TestTsCompleteness : public QObject
{
    Q_OBJECT
private slots:
    void everyMessageFinished_data()
    {
        QTest::addColumn<QString>("path");
        for (const char* code : {"ko", "ja"})
            QTest::newRow(code) << QStringLiteral(SEANCE_TRANSLATIONS_DIR "/seance_%1.ts").arg(QLatin1String(code));
    }

    void everyMessageFinished()
    {
        QFETCH(QString, path);
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 900, qPrintable(QString::number(messages.size())));
        QStringList problems;
        for (const Message& message : messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source.left(60);
            if (!message.type.isEmpty())
                problems << message.type + QStringLiteral(" — ") + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    }

    void translationsKeepPlaceholdersAndAccelerators_data() { everyMessageFinished_data(); }

    void translationsKeepPlaceholdersAndAccelerators()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source;
        bool numerus = false; // a numerus message: its translations are in numerusform elements
        QStringList problems;
        int checked = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"message") {
                numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if ((xml.name() == u"translation" && !numerus) || xml.name() == u"numerusform") {
                const QString translation = xml.readElementText();
                ++checked;
                if (translation.trimmed().isEmpty() && !source.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + source;
                else if (placeholders(translation) != placeholders(source))
                    problems << QStringLiteral("placeholders: ") + source + QStringLiteral(" → ") + translation;
                else if (hasAccelerator(source) != hasAccelerator(translation))
                    problems << QStringLiteral("accelerator: ") + source + QStringLiteral(" → ") + translation;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(checked > 900);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTsCompleteness)
#include "tst_tscompleteness.moc"
