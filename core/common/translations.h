#pragma once
// Loads the application's and Qt's own translations. Dutch is the default language.

#include <QString>

class QCoreApplication;

namespace integriteit {

// "nl" or "en"; anything else falls back to Dutch.
void installTranslations(QCoreApplication &app, const QString &language);
// The language chosen in the settings (QSettings key "ui/language"), Dutch when none.
QString preferredLanguage();

} // namespace integriteit
