#include "registericons.h"

#include "common/icons.h"

#include <QPainter>
#include <QPainterPath>
#include <functional>

namespace integriteit::RegisterIcons {

namespace {
// The colours of ui/common/icons.cpp.
const QColor kSlate(0x35, 0x5f, 0x8c);
const QColor kGold(0xd9, 0xa4, 0x1e);
const QColor kGoldDark(0x8a, 0x63, 0x05);
const QColor kRed(0xc6, 0x28, 0x28);
} // namespace

QIcon sidePositions()
{
    return Icons::painted([](QPainter &p) {
        p.setPen(QPen(kSlate.darker(120), 0.05));
        p.setBrush(QColor(0xf4, 0xf6, 0xf9));
        p.drawRoundedRect(QRectF(0.1, 0.18, 0.8, 0.64), 0.08, 0.08);
        p.setPen(QPen(kSlate, 0.07, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(0.22, 0.36), QPointF(0.58, 0.36));
        p.drawLine(QPointF(0.22, 0.52), QPointF(0.5, 0.52));
        p.drawLine(QPointF(0.22, 0.67), QPointF(0.44, 0.67));
        p.setPen(QPen(kGoldDark, 0.04));
        p.setBrush(kGold);
        p.drawEllipse(QPointF(0.72, 0.62), 0.14, 0.14);
    });
}

QIcon financialInterests()
{
    return Icons::painted([](QPainter &p) {
        p.setPen(QPen(kGoldDark, 0.04));
        p.setBrush(kGold);
        for (int i = 0; i < 3; ++i) {
            const qreal y = 0.72 - i * 0.17;
            p.drawEllipse(QRectF(0.16, y - 0.1, 0.68, 0.22));
        }
        p.setPen(QPen(kGoldDark, 0.06));
        QFont font;
        font.setPixelSize(1);
        p.setFont(font);
        p.save();
        p.translate(0.5, 0.39);
        p.scale(0.22, 0.22);
        p.drawText(QRectF(-0.5, -0.5, 1, 1), Qt::AlignCenter, QStringLiteral("€"));
        p.restore();
    });
}

QIcon gifts()
{
    return Icons::painted([](QPainter &p) {
        p.setPen(QPen(kSlate.darker(130), 0.04));
        p.setBrush(kSlate);
        p.drawRect(QRectF(0.16, 0.42, 0.68, 0.46));
        p.setBrush(kSlate.lighter(120));
        p.drawRect(QRectF(0.1, 0.3, 0.8, 0.14));
        p.setPen(Qt::NoPen);
        p.setBrush(kRed);
        p.drawRect(QRectF(0.44, 0.3, 0.12, 0.58));
        p.setPen(QPen(kRed, 0.07));
        p.setBrush(Qt::NoBrush);
        QPainterPath bow;
        bow.moveTo(0.5, 0.3);
        bow.cubicTo(0.3, 0.05, 0.18, 0.22, 0.5, 0.3);
        bow.moveTo(0.5, 0.3);
        bow.cubicTo(0.7, 0.05, 0.82, 0.22, 0.5, 0.3);
        p.drawPath(bow);
    });
}

QIcon thresholds()
{
    return Icons::painted([](QPainter &p) {
        p.setPen(QPen(kSlate, 0.08, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(0.12, 0.7), QPointF(0.88, 0.7));
        for (qreal x : { 0.12, 0.31, 0.5, 0.69, 0.88 })
            p.drawLine(QPointF(x, 0.62), QPointF(x, 0.78));
        p.setPen(QPen(kGoldDark, 0.04));
        p.setBrush(kGold);
        QPainterPath marker;
        marker.moveTo(0.6, 0.55);
        marker.lineTo(0.44, 0.25);
        marker.lineTo(0.76, 0.25);
        marker.closeSubpath();
        p.drawPath(marker);
    });
}

} // namespace integriteit::RegisterIcons
