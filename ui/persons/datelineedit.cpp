#include "datelineedit.h"

#include "common/dutchformat.h"

#include <QAction>
#include <QCalendarWidget>
#include <QPainter>
#include <QPixmap>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

namespace integriteit {

namespace {
// Drawn rather than taken from an icon theme, which many Windows and offscreen setups lack.
QIcon calendarIcon(const QPalette &palette)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette.color(QPalette::Text);
    p.setPen(QPen(ink, 2.2));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(4, 7, 24, 21), 3, 3);
    p.drawLine(QPointF(10, 3), QPointF(10, 10));
    p.drawLine(QPointF(22, 3), QPointF(22, 10));
    p.fillRect(QRectF(5, 12, 22, 2), ink);
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    for (int row = 0; row < 2; ++row)
        for (int col = 0; col < 3; ++col)
            p.drawRect(QRectF(8 + col * 6, 17 + row * 5, 3.5, 3));
    return QIcon(pixmap);
}
} // namespace

DateLineEdit::DateLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("dd-mm-yyyy"));
    setClearButtonEnabled(true);
    setMaxLength(10);
    QAction *pick = addAction(calendarIcon(palette()), QLineEdit::TrailingPosition);
    pick->setToolTip(tr("Choose a date from the calendar"));
    connect(pick, &QAction::triggered, this, &DateLineEdit::showCalendar);
    connect(this, &QLineEdit::editingFinished, this, &DateLineEdit::normalize);
    // Room for a date, the clear button and the calendar button; a date field does not stretch.
    const int digits = fontMetrics().horizontalAdvance(QStringLiteral("00-00-00000"));
    const int button = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 10;
    setFixedWidth(digits + 2 * button + 16);
}

void DateLineEdit::setDate(const QDate &date)
{
    setText(dutch::date(date));
}

std::optional<QDate> DateLineEdit::date() const
{
    if (isEmpty())
        return QDate();
    return dutch::parseDate(text());
}

void DateLineEdit::normalize()
{
    // "1-2-2024" becomes "01-02-2024", so what the user sees is what is stored.
    if (auto parsed = date(); parsed && parsed->isValid())
        setDate(*parsed);
}

void DateLineEdit::showCalendar()
{
    auto *popup = new QWidget(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *calendar = new QCalendarWidget(popup);
    calendar->setGridVisible(true);
    calendar->setFirstDayOfWeek(Qt::Monday);
    calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    if (auto current = date(); current && current->isValid())
        calendar->setSelectedDate(*current);
    layout->addWidget(calendar);
    const auto pick = [this, popup](const QDate &picked) {
        setDate(picked);
        setFocus();
        popup->close();
    };
    connect(calendar, &QCalendarWidget::clicked, this, pick);
    connect(calendar, &QCalendarWidget::activated, this, pick);
    popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(width() - popup->width(), height()));
    if (const QScreen *screen = this->screen()) {
        const QRect area = screen->availableGeometry();
        if (at.y() + popup->height() > area.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - popup->height());
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - popup->width())));
    }
    popup->move(at);
    popup->show();
    calendar->setFocus();
}

} // namespace integriteit
