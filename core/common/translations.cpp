#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace integriteit {

QString preferredLanguage()
{
    const QString language = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("nl")).toString();
    return language == QLatin1String("en") ? language : QStringLiteral("nl");
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QString lang = language == QLatin1String("en") ? language : QStringLiteral("nl");
    // Dates and numbers follow Dutch conventions in both languages: the data is Dutch.
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/integriteit_%1.qm").arg(lang)))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace integriteit
