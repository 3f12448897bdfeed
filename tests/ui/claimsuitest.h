#pragma once
// Shared by the claims UI tests: a database with office holders and two officials per office
// (ClaimFixture), dialogs driven while modal, and real receipt files (a one-page PDF, a PNG).

#include "core/claims/claimfixture.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <functional>

namespace integriteit::test {

// Runs `interact` on the modal dialog once it is open (polled). Failures are recorded, never
// thrown: an exception must not cross Qt's event loop.
inline void whenModalDialog(std::function<void(QDialog *)> interact)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    auto attempts = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, interact, attempts] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog && ++*attempts < 500)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog)
            interact(dialog);
    });
    timer->start();
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
