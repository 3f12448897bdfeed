#include "dutchnames.h"

#include "demo/demorandom.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace integriteit::demo {

namespace {

template<class T> const T &pickFrom(DemoRandom &random, std::span<const T> items)
{
    return items[size_t(random.uniform(0, int(items.size()) - 1))];
}

// The tables start with the most common names (de Jong, Jansen, de Vries): favour the head, as the
// population does, without making the tail disappear.
const char *pickCommon(DemoRandom &random, std::span<const char *const> items)
{
    const double skewed = std::pow(random.real(), 1.3);
    return items[std::min(items.size() - 1, size_t(skewed * double(items.size())))];
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

Region regionOf(const QString &province)
{
    if (province == QLatin1String("Groningen") || province == QLatin1String("Friesland")
        || province == QLatin1String("Drenthe"))
        return Region::North;
    if (province == QLatin1String("Overijssel") || province == QLatin1String("Gelderland"))
        return Region::East;
    if (province == QLatin1String("Noord-Brabant"))
        return Region::Brabant;
    if (province == QLatin1String("Limburg"))
        return Region::Limburg;
    if (province == QLatin1String("Zeeland"))
        return Region::Zeeland;
    return Region::West;
}

std::pair<QString, QString> splitSurname(const QString &full)
{
    const QStringList words = full.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int i = 0;
    // A tussenvoegsel is written in small letters ("van der", "'t", "in 't"); the last word never is one.
    while (i < words.size() - 1 && (words.at(i).at(0).isLower() || words.at(i).startsWith(QLatin1Char('\''))))
        ++i;
    return { words.mid(0, i).join(QLatin1Char(' ')), words.mid(i).join(QLatin1Char(' ')) };
}

QString NameGenerator::surname(Origin origin)
{
    if (origin == Origin::Dutch) {
        const NameTable regional = regionalNames(m_region);
        if (!regional.surnames.empty() && m_random.chance(0.4))
            return text(pickFrom(m_random, regional.surnames));
    }
    return text(pickCommon(m_random, nameTable(origin).surnames));
}

Person NameGenerator::make(Gender gender, Origin origin)
{
    Person p;
    p.gender = gender;
    const bool female = gender == Gender::Female;

    // Children of migrants often carry a Dutch roepnaam; regions have their own favourites.
    NameTable first = nameTable(origin);
    if (origin != Origin::Dutch && m_random.chance(0.2))
        first = nameTable(Origin::Dutch);
    else if (origin == Origin::Dutch && m_random.chance(0.3)) {
        const NameTable regional = regionalNames(m_region);
        if (!regional.male.empty())
            first = regional;
    }
    const FirstName &given = pickFrom(m_random, female ? first.female : first.male);
    p.firstName = text(given.name);
    p.initials = text(given.initials);

    // Official names behind the roepnaam: Dutch registers show them all ("J.H.M."), most often
    // in the Catholic south.
    if (origin == Origin::Dutch) {
        const bool south = m_region == Region::Brabant || m_region == Region::Limburg;
        const double second = p.initials.count(QLatin1Char('.')) > 1 ? 0.25 : (south ? 0.75 : 0.55);
        const auto middle = middleInitials(gender);
        if (m_random.chance(second)) {
            p.initials += text(pickFrom(m_random, middle));
            if (m_random.chance(south ? 0.45 : 0.25))
                p.initials += text(pickFrom(m_random, middle));
        }
    }

    auto [prefix, last] = splitSurname(surname(origin));
    // Some married women put their partner's name first: "A. de Jong-van Dijk".
    if (female && m_random.chance(0.07)) {
        const auto [partnerPrefix, partnerLast] = splitSurname(surname(Origin::Dutch));
        last = partnerLast + QLatin1Char('-') + (prefix.isEmpty() ? last : prefix + QLatin1Char(' ') + last);
        prefix = partnerPrefix;
    }
    p.namePrefix = prefix;
    p.lastName = last;
    return p;
}

QString asciiFold(const QString &input)
{
    QString out;
    const QString decomposed = input.normalized(QString::NormalizationForm_KD);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u < 128) {
            out += c.toLower();
            continue;
        }
        switch (u) {
        case u'ı':
            out += QLatin1Char('i');
            break;
        case u'ß':
            out += QStringLiteral("ss");
            break;
        case u'ł':
        case u'Ł':
            out += QLatin1Char('l');
            break;
        case u'ø':
        case u'Ø':
            out += QLatin1Char('o');
            break;
        case u'æ':
        case u'Æ':
            out += QStringLiteral("ae");
            break;
        case u'đ':
        case u'Đ':
            out += QLatin1Char('d');
            break;
        default:
            break; // combining marks and anything without an ASCII form
        }
    }
    return out;
}

QString mailLocalPart(const Person &person)
{
    const auto keep = [](const QString &s) {
        QString out;
        for (const QChar c : asciiFold(s))
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit() || c == QLatin1Char('-'))
                out += c;
        return out;
    };
    return keep(person.initials.left(1)) + QLatin1Char('.') + keep(person.namePrefix + person.lastName);
}

QString surnameWithoutInitials(const Person &person)
{
    if (person.namePrefix.isEmpty())
        return person.lastName;
    QString prefix = person.namePrefix;
    // "'t Hart" keeps its apostrophe word small; "van der" becomes "Van der".
    if (!prefix.startsWith(QLatin1Char('\'')))
        prefix[0] = prefix.at(0).toUpper();
    return prefix + QLatin1Char(' ') + person.lastName;
}

} // namespace integriteit::demo
