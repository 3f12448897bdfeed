#include "icons.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyleOption>
#include <QWidget>
#include <functional>

namespace integriteit {

namespace {
const QColor kSlate(0x35, 0x5f, 0x8c);
const QColor kGold(0xd9, 0xa4, 0x1e);
const QColor kGoldDark(0x8a, 0x63, 0x05);
const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kRed(0xc6, 0x28, 0x28);

// Draws in a unit square scaled to the size asked for, so the icon stays sharp from menus to the
// navigation. Each size is drawn when first shown, not up front: six sizes of every icon of a page
// were a third of a register page's construction.
class PaintedIconEngine : public QIconEngine
{
public:
    explicit PaintedIconEngine(std::function<void(QPainter &)> draw)
        : m_draw(std::move(draw))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QPixmap image = scaledPixmap(rect.size(), mode, state, ratio);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        Q_UNUSED(state)
        const int side = qMax(1, qRound(qMin(size.width(), size.height()) * scale));
        const quint64 key = (quint64(side) << 8) | quint64(mode);
        if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
            return *it;
        QPixmap image(side, side);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(side, side);
            m_draw(painter);
        }
        if (mode != QIcon::Normal && mode != QIcon::Active) {
            QStyleOption option;
            option.palette = QGuiApplication::palette();
            image = QApplication::style()->generatedIconPixmap(mode, image, &option);
        }
        image.setDevicePixelRatio(scale);
        m_cache.insert(key, image);
        return image;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return { side, side };
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return { { 16, 16 }, { 22, 22 }, { 24, 24 }, { 32, 32 }, { 48, 48 }, { 64, 64 } };
    }

    QIconEngine *clone() const override { return new PaintedIconEngine(m_draw); }

private:
    std::function<void(QPainter &)> m_draw;
    QHash<quint64, QPixmap> m_cache; // by side in device pixels and mode
};

QIcon paintedIcon(std::function<void(QPainter &)> draw)
{
    return QIcon(new PaintedIconEngine(std::move(draw)));
}

void drawPerson(QPainter &p, const QColor &colour)
{
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QPointF(0.5, 0.29), 0.17, 0.17);
    QPainterPath body;
    body.moveTo(0.12, 0.95);
    body.cubicTo(0.12, 0.62, 0.28, 0.52, 0.5, 0.52);
    body.cubicTo(0.72, 0.52, 0.88, 0.62, 0.88, 0.95);
    body.closeSubpath();
    p.drawPath(body);
}

void drawDisc(QPainter &p, const QColor &colour, const QPointF &centre, qreal radius)
{
    p.setPen(QPen(colour.darker(125), 0.04));
    p.setBrush(colour);
    p.drawEllipse(centre, radius, radius);
}

void drawPlus(QPainter &p, const QPointF &c, qreal half, qreal width)
{
    QPen pen(Qt::white, width);
    pen.setCapStyle(Qt::RoundCap);
    p.setPen(pen);
    p.drawLine(QPointF(c.x() - half, c.y()), QPointF(c.x() + half, c.y()));
    p.drawLine(QPointF(c.x(), c.y() - half), QPointF(c.x(), c.y() + half));
}

void drawCurvedArrow(QPainter &p, bool mirrored)
{
    if (mirrored) {
        p.translate(1, 0);
        p.scale(-1, 1);
    }
    QPen pen(kSlate, 0.12);
    pen.setCapStyle(Qt::RoundCap);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    QPainterPath arc;
    arc.moveTo(0.3, 0.4);
    arc.cubicTo(0.55, 0.22, 0.9, 0.32, 0.86, 0.62);
    arc.cubicTo(0.83, 0.8, 0.65, 0.86, 0.5, 0.84);
    p.drawPath(arc);
    p.setPen(Qt::NoPen);
    p.setBrush(kSlate);
    QPainterPath head;
    head.moveTo(0.08, 0.48);
    head.lineTo(0.38, 0.18);
    head.lineTo(0.44, 0.58);
    head.closeSubpath();
    p.drawPath(head);
}
} // namespace

QIcon Icons::officeHolders()
{
    return paintedIcon([](QPainter &p) {
        drawPerson(p, kSlate);
        QPen chain(kGold, 0.055);
        chain.setCapStyle(Qt::RoundCap);
        p.setPen(chain);
        p.setBrush(Qt::NoBrush);
        QPainterPath arc;
        arc.moveTo(0.32, 0.56);
        arc.quadTo(0.5, 0.8, 0.68, 0.56);
        p.drawPath(arc);
        p.setPen(QPen(kGoldDark, 0.03));
        p.setBrush(kGold);
        p.drawEllipse(QPointF(0.5, 0.76), 0.1, 0.1);
    });
}

QIcon Icons::users()
{
    return paintedIcon([](QPainter &p) {
        p.save();
        p.translate(-0.08, 0);
        drawPerson(p, kSlate);
        p.restore();
        QPen key(kGoldDark, 0.035);
        p.setPen(key);
        p.setBrush(kGold);
        QPainterPath shape;
        shape.addEllipse(QPointF(0.72, 0.62), 0.14, 0.14);
        shape.addRect(QRectF(0.68, 0.7, 0.08, 0.27));
        shape.addRect(QRectF(0.76, 0.84, 0.09, 0.06));
        p.drawPath(shape.simplified());
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(0.72, 0.6), 0.05, 0.05);
    });
}

QIcon Icons::application()
{
    return paintedIcon([](QPainter &p) {
        QPainterPath shield;
        shield.moveTo(0.5, 0.04);
        shield.lineTo(0.88, 0.17);
        shield.cubicTo(0.88, 0.6, 0.72, 0.83, 0.5, 0.97);
        shield.cubicTo(0.28, 0.83, 0.12, 0.6, 0.12, 0.17);
        shield.closeSubpath();
        p.setPen(QPen(kSlate.darker(130), 0.03));
        p.setBrush(kSlate);
        p.drawPath(shield);
        QPen tick(Qt::white, 0.1);
        tick.setCapStyle(Qt::RoundCap);
        tick.setJoinStyle(Qt::RoundJoin);
        p.setPen(tick);
        p.setBrush(Qt::NoBrush);
        QPainterPath check;
        check.moveTo(0.32, 0.5);
        check.lineTo(0.46, 0.64);
        check.lineTo(0.7, 0.36);
        p.drawPath(check);
    });
}

QIcon Icons::add()
{
    return paintedIcon([](QPainter &p) {
        drawDisc(p, kGreen, { 0.5, 0.5 }, 0.42);
        drawPlus(p, { 0.5, 0.5 }, 0.22, 0.12);
    });
}

QIcon Icons::remove()
{
    return paintedIcon([](QPainter &p) {
        drawDisc(p, kRed, { 0.5, 0.5 }, 0.42);
        QPen pen(Qt::white, 0.12);
        pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        p.drawLine(QPointF(0.28, 0.5), QPointF(0.72, 0.5));
    });
}

QIcon Icons::edit()
{
    return paintedIcon([](QPainter &p) {
        p.translate(0.5, 0.5);
        p.rotate(45);
        p.setPen(QPen(kGoldDark, 0.035));
        p.setBrush(kGold);
        p.drawRect(QRectF(-0.11, -0.42, 0.22, 0.58));
        p.setBrush(QColor(0xe8, 0xc9, 0x9b));
        QPainterPath tip;
        tip.moveTo(-0.11, 0.16);
        tip.lineTo(0.11, 0.16);
        tip.lineTo(0, 0.42);
        tip.closeSubpath();
        p.drawPath(tip);
        p.setBrush(kSlate);
        p.drawRect(QRectF(-0.11, -0.46, 0.22, 0.1));
    });
}

QIcon Icons::appointment()
{
    return paintedIcon([](QPainter &p) {
        p.setPen(QPen(kSlate.darker(120), 0.04));
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(0.08, 0.14, 0.72, 0.7), 0.06, 0.06);
        p.setBrush(kSlate);
        p.drawRect(QRectF(0.08, 0.14, 0.72, 0.18));
        p.setPen(Qt::NoPen);
        p.setBrush(kSlate.lighter(150));
        for (int row = 0; row < 2; ++row)
            for (int col = 0; col < 3; ++col)
                p.drawRect(QRectF(0.17 + col * 0.19, 0.42 + row * 0.17, 0.1, 0.09));
        drawDisc(p, kGreen, { 0.74, 0.76 }, 0.21);
        drawPlus(p, { 0.74, 0.76 }, 0.1, 0.07);
    });
}

QIcon Icons::undo()
{
    return paintedIcon([](QPainter &p) { drawCurvedArrow(p, false); });
}

QIcon Icons::redo()
{
    return paintedIcon([](QPainter &p) { drawCurvedArrow(p, true); });
}

QIcon Icons::password()
{
    return paintedIcon([](QPainter &p) {
        p.translate(0.5, 0.5);
        p.rotate(-45);
        p.setPen(QPen(kGoldDark, 0.04));
        p.setBrush(kGold);
        QPainterPath key;
        key.addEllipse(QPointF(-0.22, 0), 0.2, 0.2);
        key.addRect(QRectF(-0.04, -0.06, 0.48, 0.12));
        key.addRect(QRectF(0.26, 0.04, 0.07, 0.12));
        key.addRect(QRectF(0.36, 0.04, 0.07, 0.14));
        p.drawPath(key.simplified());
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(-0.27, 0), 0.065, 0.065);
    });
}

QIcon Icons::switchOff()
{
    return paintedIcon([](QPainter &p) {
        drawDisc(p, kRed, { 0.5, 0.5 }, 0.42);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(0.22, 0.43, 0.56, 0.14), 0.03, 0.03);
    });
}

QIcon Icons::switchOn()
{
    return paintedIcon([](QPainter &p) {
        drawDisc(p, kGreen, { 0.5, 0.5 }, 0.42);
        QPen tick(Qt::white, 0.11);
        tick.setCapStyle(Qt::RoundCap);
        tick.setJoinStyle(Qt::RoundJoin);
        p.setPen(tick);
        p.setBrush(Qt::NoBrush);
        QPainterPath path;
        path.moveTo(0.3, 0.52);
        path.lineTo(0.45, 0.66);
        path.lineTo(0.7, 0.36);
        p.drawPath(path);
    });
}

QIcon Icons::painted(std::function<void(QPainter &)> draw)
{
    return paintedIcon(std::move(draw));
}

QIcon Icons::themed(const char *name, const QIcon &fallback)
{
    const QIcon icon = QIcon::fromTheme(QLatin1String(name));
    return icon.isNull() ? fallback : icon;
}

QIcon Icons::themed(const char *name, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    const QIcon icon = QIcon::fromTheme(QLatin1String(name));
    if (!icon.isNull())
        return icon;
    const QStyle *style = widget != nullptr ? widget->style() : QApplication::style();
    return style->standardIcon(fallback, nullptr, widget);
}

} // namespace integriteit
