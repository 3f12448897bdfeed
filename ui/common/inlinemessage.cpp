#include "inlinemessage.h"

#include "common/error.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

namespace integriteit {

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("inlineMessage"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(8);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

void InlineMessage::display(const QString &text, bool error)
{
    // Soft colours that read well in light themes; the icon carries the meaning for colour-blind users.
    setStyleSheet(error ? QStringLiteral("#inlineMessage { background: #fdeceb; border: 1px solid #e9b3ae;"
                                         " border-radius: 4px; } #inlineMessage QLabel { color: #7a1c12; }")
                        : QStringLiteral("#inlineMessage { background: #eaf2fb; border: 1px solid #b5cde8;"
                                         " border-radius: 4px; } #inlineMessage QLabel { color: #1b3a5c; }"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()
            ->standardIcon(error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation, nullptr, this)
            .pixmap(size, size));
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

void InlineMessage::showError(const QString &text)
{
    display(text, true);
}

void InlineMessage::showError(const Error &error, QWidget *form)
{
    display(error.userMessage(), true);
    if (form != nullptr)
        focusField(form, error.field());
}

void InlineMessage::showInformation(const QString &text)
{
    display(text, false);
}

void InlineMessage::clear()
{
    m_text->clear();
    hide();
}

QString InlineMessage::text() const
{
    return isVisible() ? m_text->text() : QString();
}

bool focusField(QWidget *form, const QString &field)
{
    if (form == nullptr || field.isEmpty())
        return false;
    QWidget *widget = nullptr;
    for (QWidget *candidate : form->findChildren<QWidget *>(field)) {
        if (candidate->isVisibleTo(form) && candidate->isEnabled()) {
            widget = candidate;
            break;
        }
    }
    if (widget == nullptr)
        return false;
    // A group (the roles) takes the focus on its first check box.
    if (widget->focusPolicy() == Qt::NoFocus) {
        if (auto *button = widget->findChild<QAbstractButton *>())
            widget = button;
    }
    widget->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->selectAll();
    return true;
}

} // namespace integriteit
