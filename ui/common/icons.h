#pragma once
// The application's own icons, drawn in code so they look the same on every desktop and need no
// image files; a desktop icon theme, where present, wins for the generic actions.

#include <QIcon>
#include <QStyle>

#include <functional>

class QPainter;
class QWidget;

namespace integriteit {

class Icons
{
public:
    static QIcon officeHolders(); // a person with a chain of office
    static QIcon users(); // a person with a key
    static QIcon application();
    static QIcon add(); // green plus
    static QIcon edit(); // pencil
    static QIcon remove(); // red minus
    static QIcon appointment(); // calendar with a plus
    static QIcon undo();
    static QIcon redo();
    static QIcon password(); // key
    static QIcon switchOff(); // no entry
    static QIcon switchOn(); // green tick
    // An icon `draw` paints in the unit square, at each size when it is first shown.
    static QIcon painted(std::function<void(QPainter &)> draw);
    // A desktop theme's icon by its freedesktop name, else `fallback`.
    static QIcon themed(const char *name, const QIcon &fallback);
    // A desktop theme's icon, else the style's standard icon.
    static QIcon themed(const char *name, QStyle::StandardPixmap fallback, const QWidget *widget = nullptr);
};

} // namespace integriteit
