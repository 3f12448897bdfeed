#include "error.h"

namespace integriteit {

Error::Error(Kind kind, QString userMessage, QString detail, QString field)
    : m_kind(kind)
    , m_userMessage(std::move(userMessage))
    , m_detail(std::move(detail))
    , m_field(std::move(field))
{
    QString text = m_userMessage;
    if (!m_detail.isEmpty())
        text += QStringLiteral(" [") + m_detail + QLatin1Char(']');
    m_what = text.toStdString();
}

Error Error::validation(const QString &field, const QString &message)
{
    return Error(Kind::Validation, message, {}, field);
}

Error Error::permission(const QString &message)
{
    return Error(Kind::Permission, message);
}

Error Error::notFound(const QString &message, const QString &detail)
{
    return Error(Kind::NotFound, message, detail);
}

Error Error::storage(const QString &message, const QString &detail)
{
    return Error(Kind::Storage, message, detail);
}

} // namespace integriteit
