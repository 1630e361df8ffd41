// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentiment/scoring/ruletext.h"

#include "models/sentiment/scoring/rulewords.h"

#include <QCoreApplication>

namespace seance::ruletext {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::Scorer", text);
}

} // namespace

QString number(double value)
{
    QString text = QString::number(value, 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text.replace(QLatin1Char('-'), QChar(0x2212));
}

QString signedNumber(double value)
{
    const QString text = number(value);
    return text.startsWith(QChar(0x2212)) ? text : QLatin1Char('+') + text;
}

QString allCaps(double change)
{
    return tr("ALL CAPS (%1)").arg(signedNumber(change));
}

QString modifier(const QString& word, bool booster, int distance, double change)
{
    if (distance <= 1)
        return (booster ? tr("booster “%1” (%2)") : tr("dampener “%1” (%2)")).arg(word, signedNumber(change));
    return (booster ? tr("booster “%1”, %2 words back (%3)") : tr("dampener “%1”, %2 words back (%3)"))
        .arg(word)
        .arg(distance)
        .arg(signedNumber(change));
}

QString negated(const QString& word)
{
    return tr("negated by “%1” (×%2)").arg(word, number(rules::negationFactor));
}

QString neverSo(const QString& words)
{
    return tr("intensified by “%1” (×%2)").arg(words, number(rules::neverSoFactor));
}

QString withoutDoubt(const QString& words)
{
    return tr("“%1” does not negate").arg(words);
}

QString least()
{
    return tr("after “least” (×%1)").arg(number(rules::negationFactor));
}

QString beforeBut()
{
    return tr("before “but” (×%1)").arg(number(rules::beforeButFactor));
}

QString afterBut()
{
    return tr("after “but” (×%1)").arg(number(rules::afterButFactor));
}

QString exclamations(int count, double change)
{
    return tr("%1 × ! (%2)").arg(count).arg(signedNumber(change));
}

QString questions(int count, double change)
{
    return tr("%1 × ? (%2)").arg(count).arg(signedNumber(change));
}

QString elongated(const QString& written, const QString& read)
{
    return tr("elongated “%1” read as “%2”").arg(written, read);
}

QString masked(const QString& written)
{
    return tr("masked “%1”").arg(written);
}

QString ignored(const QString& written)
{
    return tr("ignored “%1”").arg(written);
}

QString unscored(Script script)
{
    return tr("unscored: mostly %1 text").arg(scriptName(script));
}

QString termRule(const QString& term, const QString& rule)
{
    return tr("“%1”: %2").arg(term, rule);
}

QString readAs(const QString& language)
{
    return tr("read as %1").arg(language);
}

QString laughter()
{
    return tr("laughter mark, not counted");
}

QString unscoredLanguage(const QString& tag)
{
    return tr("unscored: language “%1”").arg(tag);
}

} // namespace seance::ruletext
