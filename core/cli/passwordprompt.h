#pragma once
// The password for command-line verbs: INTEGRITEIT_PASSWORD, or asked on the terminal without echo.

#include <QString>
#include <optional>

namespace integriteit {

std::optional<QString> readPassword(const QString &prompt);

} // namespace integriteit
