#pragma once
// Shared by the claims UI tests: a database with office holders and two officials per office
// (ClaimFixture), dialogs driven while modal, and real receipt files (a one-page PDF, a PNG).

#include "core/claims/claimfixture.h"

#include "modaldialog.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QAction>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <functional>

namespace integriteit::test {

// Runs `interact` on the modal dialog once it is open (polled). Failures are recorded, never
// thrown: an exception must not cross Qt's event loop.
inline void whenModalDialog(std::function<void(QDialog *)> interact)
{
    pollModalDialog(std::move(interact));
}

// Clicks the action's button in the page's bar, as the user would (the Edit menu triggers the same
// action); fails the test when the action is not on screen or is disabled.
inline void clickAction(QAction *action)
{
    REQUIRE(action);
    // The bar lays out the buttons of actions just shown when the events are processed, as
    // before any click of the user's; QTest clicks at the button's place in the window.
    QApplication::processEvents();
    QWidget *button = nullptr;
    for (QObject *object : action->associatedObjects())
        if (auto *bar = qobject_cast<QToolBar *>(object))
            if (QWidget *widget = bar->widgetForAction(action); widget && widget->isVisible())
                button = widget;
    REQUIRE(button);
    REQUIRE(action->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

inline void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    if (box && box->button(QDialogButtonBox::Ok))
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// A real one-page PDF (Qt's own writer), so the preview renders it through poppler.
inline QString writePdf(const QString &path)
{
    {
        QPdfWriter writer(path);
        writer.setResolution(72);
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 20));
        painter.drawText(QPointF(40, 80), QStringLiteral("NS treinkaartje Beek-Elsloo - Maastricht  € 12,50"));
    }
    return path;
}

inline QString writePng(const QString &path, QColor colour = Qt::darkGreen)
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(colour);
    image.save(path, "PNG");
    return path;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace integriteit::test
