#pragma once
// Password hashing with libsodium's Argon2id (crypto_pwhash_str): salted, memory-hard, and the
// parameters travel inside the stored string so they can be raised later.

#include <QString>

namespace integriteit {

class PasswordHasher
{
public:
    static QString hash(const QString &password);
    static bool verify(const QString &storedHash, const QString &password);
    // Minimum length; the message names the rule.
    static constexpr int kMinimumLength = 10;
};

} // namespace integriteit
