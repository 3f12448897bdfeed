#pragma once
// Realistic Dutch names for demo office holders: roepnaam with the initials of the official given
// names ("Kees" is C., "Theo" Th.), surnames with tussenvoegsels split off ("van der" + "Meer"),
// regional surnames, and the names of Dutch people of Turkish, Moroccan, Surinamese, Moluccan and
// other European origin, with their diacritics.

#include "persons/person.h"

#include <QString>
#include <span>

namespace integriteit::demo {

class DemoRandom;

enum class Origin { Dutch, Turkish, Moroccan, Surinamese, Moluccan, European };
enum class Region { West, North, East, Brabant, Limburg, Zeeland };

Region regionOf(const QString &province);

struct FirstName
{
    const char *name; // roepnaam
    const char *initials; // of the official given name(s) it stands for
};

// The tables (dutchnamedata.cpp).
struct NameTable
{
    std::span<const FirstName> male;
    std::span<const FirstName> female;
    std::span<const char *const> surnames; // with tussenvoegsel: "van der Meer"
};
NameTable nameTable(Origin origin);
NameTable regionalNames(Region region); // first names and surnames typical of a region
std::span<const char *const> middleInitials(Gender gender);

class NameGenerator
{
public:
    NameGenerator(DemoRandom &random, Region region)
        : m_random(random)
        , m_region(region)
    { }

    // Initials, roepnaam, tussenvoegsel, surname and gender; no contact data.
    Person make(Gender gender, Origin origin);

private:
    QString surname(Origin origin);
    DemoRandom &m_random;
    Region m_region;
};

// "van der Meer" -> {"van der", "Meer"}; "in 't Veld" -> {"in 't", "Veld"}; "El Amrani" has none.
std::pair<QString, QString> splitSurname(const QString &full);
// Lower-case ASCII without diacritics, for mail addresses: "Öztürk" -> "ozturk".
QString asciiFold(const QString &text);
// "j.vandermeer": the local part of an office holder's mail address.
QString mailLocalPart(const Person &person);
// "Van der Meer": the surname as it stands without initials before it ("Fractie Van der Meer").
QString surnameWithoutInitials(const Person &person);

} // namespace integriteit::demo
