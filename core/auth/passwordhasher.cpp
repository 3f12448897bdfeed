#include "passwordhasher.h"

#include "common/error.h"

#include <QCoreApplication>
#include <sodium.h>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::PasswordHasher) };

void ensureSodium()
{
    static const int ready = sodium_init();
    if (ready < 0)
        throw Error(Error::Kind::Authentication, Tr::tr("The password library could not be started."),
                    QStringLiteral("sodium_init failed"));
}
} // namespace

QString PasswordHasher::hash(const QString &password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw Error(Error::Kind::Authentication, Tr::tr("There is not enough memory to protect the password."),
                    QStringLiteral("crypto_pwhash_str failed"));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    ensureSodium();
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace integriteit
