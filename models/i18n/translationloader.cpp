// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/i18n/translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace seance {
namespace {

struct InstalledTranslators
{
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
    Language language = Language::English;
};

InstalledTranslators& installed()
{
    static InstalledTranslators translators;
    return translators;
}

void removeTranslator(QPointer<QTranslator>& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

QTranslator* loadedTranslator(const QString& name, const QString& folder)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(name, folder))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

Language installTranslations(Language language)
{
    const Language resolved = resolvedLanguage(language);
    InstalledTranslators& current = installed();
    removeTranslator(current.qt);
    removeTranslator(current.app);
    current.language = resolved;
    QLocale::setDefault(localeOf(resolved));
    if (resolved == Language::English || !QCoreApplication::instance())
        return resolved;
    const QString code = languageCode(resolved);
    // Qt's strings first, Seance's last: the translator installed last is asked first.
    current.qt = loadedTranslator(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (current.qt)
        QCoreApplication::installTranslator(current.qt);
    current.app = loadedTranslator(QStringLiteral("seance_") + code, QStringLiteral(":/i18n"));
    if (current.app)
        QCoreApplication::installTranslator(current.app);
    return resolved;
}

Language installedLanguage()
{
    return installed().language;
}

bool qtTranslationsAvailable(Language resolved)
{
    QTranslator probe;
    return probe.load(QStringLiteral("qtbase_") + languageCode(resolved),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace seance
