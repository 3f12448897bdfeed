// The name tables of the demo data. A roepnaam comes with the initials of the official given name it
// is short for (Kees = Cornelis, Thijs = Matthijs, Lotte = Charlotte), as a register writes them.

#include "dutchnames.h"

namespace integriteit::demo {

namespace {

// clang-format off
constexpr FirstName kDutchMale[] = {
    { "Jan", "J." }, { "Piet", "P." }, { "Kees", "C." }, { "Henk", "H." }, { "Theo", "Th." }, { "Wim", "W." },
    { "Gerrit", "G." }, { "Hans", "J." }, { "Johan", "J." }, { "Peter", "P." }, { "Pieter", "P." },
    { "Klaas", "K." }, { "Dirk", "D." }, { "Joost", "J." }, { "Erik", "E." }, { "Mark", "M." },
    { "Martijn", "M." }, { "Jeroen", "J." }, { "Maarten", "M." }, { "Wouter", "W." }, { "Bas", "S." },
    { "Bram", "A." }, { "Daan", "D." }, { "Luuk", "L." }, { "Sander", "A." }, { "Thijs", "M." },
    { "Ruud", "R." }, { "Harm", "H." }, { "Ton", "A." }, { "Frans", "F." }, { "René", "R." }, { "André", "A." },
    { "Noël", "N." }, { "Michiel", "M." }, { "Rob", "R." }, { "Richard", "R." }, { "Arjan", "A." },
    { "Arie", "A." }, { "Cor", "C." }, { "Chris", "Chr." }, { "Christiaan", "Chr." }, { "Philip", "Ph." },
    { "Thomas", "Th." }, { "Robert", "R." }, { "Vincent", "V." }, { "Stefan", "S." }, { "Marco", "M." },
    { "Edwin", "E." }, { "Ronald", "R." }, { "Gert", "G." }, { "Gert-Jan", "G.J." }, { "Jan-Willem", "J.W." },
    { "Klaas-Jan", "K.J." }, { "Jan Peter", "J.P." }, { "Willem", "W." }, { "Hendrik", "H." }, { "Bert", "H." },
    { "Joris", "J." }, { "Niels", "N." }, { "Tim", "T." }, { "Koen", "K." }, { "Stijn", "S." },
    { "Rutger", "R." }, { "Menno", "M." }, { "Jacques", "J." }, { "Leo", "L." }, { "Marcel", "M." },
    { "Patrick", "P." }, { "Frank", "F." }, { "Arno", "A." }, { "Ad", "A." }, { "Rien", "M." },
    { "Teun", "T." }, { "Bart", "B." }, { "Jesse", "J." }, { "Ruben", "R." }, { "Job", "J." }, { "Sven", "S." },
    { "Hugo", "H." }, { "Floris", "F." }, { "Guus", "G." }, { "Jelle", "J." }, { "Jos", "J." },
    { "Hein", "H." }, { "Dolf", "A." }, { "Sjaak", "J." }, { "Joop", "J." }, { "Hidde", "H." },
    { "Lars", "L." }, { "Mathijs", "M." }, { "Wessel", "W." },
};
// clang-format on

// clang-format off
constexpr FirstName kDutchFemale[] = {
    { "Anne", "A." }, { "Anna", "A." }, { "Marieke", "M." }, { "Annemarie", "A." }, { "Anne-Marie", "A.M." },
    { "Ria", "M." }, { "Mieke", "M." }, { "Joke", "J." }, { "Els", "E." }, { "Ingrid", "I." },
    { "Petra", "P." }, { "Hélène", "H." }, { "Zoë", "Z." }, { "Chloë", "C." }, { "Daniëlle", "D." },
    { "Joëlle", "J." }, { "Noëlle", "N." }, { "Renée", "R." }, { "Linda", "L." }, { "Sandra", "S." },
    { "Marjolein", "M." }, { "Esther", "E." }, { "Saskia", "S." }, { "Inge", "I." }, { "Wilma", "W." },
    { "Gerda", "G." }, { "Tineke", "M." }, { "Thea", "Th." }, { "Lotte", "Ch." }, { "Fleur", "F." },
    { "Sanne", "S." }, { "Femke", "F." }, { "Ilse", "I." }, { "Nicole", "N." }, { "Monique", "M." },
    { "Yvonne", "Y." }, { "Astrid", "A." }, { "Karin", "K." }, { "Carla", "C." }, { "Margriet", "M." },
    { "Hanneke", "J." }, { "Ellen", "E." }, { "Jolanda", "J." }, { "Miranda", "M." }, { "Marianne", "M." },
    { "Judith", "J." }, { "Caroline", "C." }, { "Eva", "E." }, { "Lisa", "L." }, { "Emma", "E." },
    { "Iris", "I." }, { "Maaike", "M." }, { "Nienke", "N." }, { "Roos", "R." }, { "Janneke", "J." },
    { "Tanja", "T." }, { "Martine", "M." }, { "Liesbeth", "E." }, { "Wendy", "W." }, { "Mirjam", "M." },
    { "Marloes", "M." }, { "Jet", "H." }, { "Mariëlle", "M." }, { "Anouk", "A." }, { "Manon", "M." },
    { "Suzanne", "S." }, { "Corine", "C." }, { "Heleen", "H." }, { "Ineke", "E." }, { "Annelies", "A." },
    { "Gonny", "G." },
};
// clang-format on

// clang-format off
constexpr const char *kDutchSurnames[] = {
    "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
    "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
    "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs",
    "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Bruin",
    "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas",
    "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Peeters", "de Koning",
    "van Wijk", "Post", "Kuipers", "Veenstra", "Kramer", "van den Brink", "Scholten", "Vink", "de Lange",
    "Verbeek", "Bosch", "Kuiper", "Sanders", "Wouters", "Timmermans", "Groen", "Gerritsen", "van Rijn",
    "Boersma", "Stam", "Jonker", "van der Laan", "'t Hart", "van 't Hof", "in 't Veld", "ter Horst",
    "van 't Zelfde", "ter Beek", "van Kampen", "van Oosten", "de Ruiter", "Hermans", "Goossens", "de Wilde",
    "van Doorn", "Martens", "Evers", "van Loon", "Koopman", "Postma", "Hofman", "van Essen", "Zwart",
    "Veldhuis", "Hoogendoorn", "Kerkhof", "de Kok", "Roos", "van der Velden", "Driessen", "van Es", "Bosman",
    "Pronk", "Wolters", "Schipper", "de Vos", "van Veen", "Akkerman", "Mol", "van Dongen", "Molenaar",
    "van der Zee", "Baas", "de Ridder", "Langeveld", "Dijkman", "de Jager", "Rietveld", "Westerhof",
    "de Bruïne", "van Straaten", "Verweij", "van Gelder", "Hoogland", "van Rooijen", "den Hartog",
    "van der Sluis", "Kroon", "van Houten", "de Man", "van der Horst", "Brands", "van der Ploeg", "op den Kamp",
    "van Zanten", "Dijkhuizen", "van Egmond", "Boon", "Spijkerman",
};
// clang-format on

// Regional first names and surnames, used next to the general ones.
// clang-format off
constexpr FirstName kNorthMale[] = {
    { "Sjoerd", "S." }, { "Hylke", "H." }, { "Wiebe", "W." }, { "Tjeerd", "T." }, { "Gerben", "G." },
    { "Sybren", "S." }, { "Douwe", "D." }, { "Hessel", "H." }, { "Auke", "A." }, { "Jelmer", "J." },
    { "Freerk", "F." },
};
// clang-format on
// clang-format off
constexpr FirstName kNorthFemale[] = {
    { "Sietske", "S." }, { "Baukje", "B." }, { "Froukje", "F." }, { "Geeske", "G." }, { "Tjitske", "T." },
    { "Anneke", "A." }, { "Jitske", "J." }, { "Hiske", "H." }, { "Wietske", "W." },
};
// clang-format on
// clang-format off
constexpr const char *kNorthSurnames[] = {
    "Hoekstra", "Dijkstra", "Postma", "Bosma", "Wijbenga", "Zijlstra", "Terpstra", "Veenstra", "Sikkema",
    "Jongsma", "Kingma", "Wiersma", "Hiemstra", "Hofstra", "Kooistra", "van der Ploeg", "Oosterhof", "Bouma",
    "Haisma", "Nauta", "Elzinga", "Boonstra", "Feenstra", "van der Werf", "Tuinstra", "Mellema", "Smid",
    "Hummel", "de Vries", "Wijnja",
};
// clang-format on
// clang-format off
constexpr const char *kEastSurnames[] = {
    "Nijhuis", "Oude Vrielink", "Kamphuis", "Wolterink", "Brinkhuis", "Hulshof", "Klein Gunnewiek", "ter Horst",
    "Wissink", "Lammerink", "Meijerink", "Veldhuis", "ter Haar", "Scholten", "Wiegerinck", "Roelofs",
    "Hendriksen", "Reinders", "Bruggink", "Mensink", "Lubbers", "ten Brinke", "Oosterhuis", "Nijenhuis",
    "Wenneker", "Eppink", "Brummelhuis", "Groot Koerkamp",
};
// clang-format on
// clang-format off
constexpr FirstName kSouthMale[] = {
    { "Sjef", "J." }, { "Huub", "H." }, { "Jo", "J." }, { "Twan", "A." }, { "Bèr", "H." }, { "Noud", "A." },
    { "Harrie", "H." }, { "Geert", "G." }, { "Roel", "R." }, { "Mathieu", "M." }, { "Ger", "G." },
    { "Toon", "A." },
};
// clang-format on
// clang-format off
constexpr FirstName kSouthFemale[] = {
    { "Mia", "M." }, { "Truus", "G." }, { "Léonie", "L." }, { "Nathalie", "N." }, { "Mariëtte", "M." },
    { "Yvette", "Y." }, { "Dionne", "D." }, { "Marie-José", "M.J." },
};
// clang-format on
// clang-format off
constexpr const char *kBrabantSurnames[] = {
    "van de Ven", "van den Heuvel", "van der Heijden", "Verhoeven", "Hendriks", "van Dongen", "Verhagen",
    "de Kort", "van Rooij", "Mertens", "Wijnen", "Smulders", "Rovers", "Bressers", "van Lieshout", "Vervoort",
    "van Gestel", "van Hout", "Kuijpers", "van Erp", "Leenders", "Verbunt", "van Oirschot", "Swinkels",
    "Bekkers", "Raaijmakers", "van Kessel", "Schellekens",
};
// clang-format on
// clang-format off
constexpr const char *kLimburgSurnames[] = {
    "Janssen", "Houben", "Dassen", "Vossen", "Lemmens", "Vroemen", "Ramakers", "Meulenberg", "Schreurs",
    "Hermans", "Pluijmen", "Coenen", "Kleijnen", "Frissen", "Schoenmakers", "Sijben", "Bemelmans", "Smeets",
    "Notermans", "Janssens", "Ploumen", "Hanssen", "Dohmen", "Rutten", "Geurts", "Gulpers", "Beckers",
    "Claessens", "Crombach", "Hendrix", "Pelzer",
};
// clang-format on
// clang-format off
constexpr const char *kZeelandSurnames[] = {
    "de Kam", "Minderhoud", "Boogaard", "van Belzen", "Louwerse", "Poppe", "Verburg", "de Jonge", "Meijaard",
    "de Looze", "de Bruïne", "Kodde", "Cijsouw", "Provoost", "Wisse", "van de Velde", "Geense", "Sinke",
    "de Visser", "Bolier", "Goedegebuure", "Harthoorn", "Jobse", "Koppejan", "Melse", "Sanderse",
};
// clang-format on

// clang-format off
constexpr FirstName kTurkishMale[] = {
    { "Mehmet", "M." }, { "Ahmet", "A." }, { "Mustafa", "M." }, { "Hüseyin", "H." }, { "Emre", "E." },
    { "Burak", "B." }, { "Kerem", "K." }, { "Murat", "M." }, { "Ömer", "Ö." }, { "Yusuf", "Y." },
    { "Serkan", "S." }, { "Cem", "C." }, { "Hakan", "H." }, { "Erdinç", "E." }, { "Tunahan", "T." },
};
// clang-format on
// clang-format off
constexpr FirstName kTurkishFemale[] = {
    { "Ayşe", "A." }, { "Fatma", "F." }, { "Özlem", "Ö." }, { "Elif", "E." }, { "Zeynep", "Z." },
    { "Gül", "G." }, { "Esra", "E." }, { "Hülya", "H." }, { "Şeyma", "Ş." }, { "Derya", "D." },
    { "Songül", "S." }, { "Nurcan", "N." },
};
// clang-format on
// clang-format off
constexpr const char *kTurkishSurnames[] = {
    "Öztürk", "Çelik", "Yılmaz", "Kaya", "Demir", "Şahin", "Yıldız", "Aydın", "Arslan", "Doğan", "Kılıç", "Koç",
    "Kurt", "Özdemir", "Aslan", "Güler", "Polat", "Karaca", "Yücel", "Tekin", "Acar", "Bulut", "Özkan",
    "Kahraman", "Ünal",
};
// clang-format on
// clang-format off
constexpr FirstName kMoroccanMale[] = {
    { "Mohamed", "M." }, { "Ahmed", "A." }, { "Youssef", "Y." }, { "Said", "S." }, { "Karim", "K." },
    { "Hassan", "H." }, { "Rachid", "R." }, { "Mustapha", "M." }, { "Nourdin", "N." }, { "Hicham", "H." },
    { "Soufyan", "S." }, { "Ilias", "I." }, { "Bilal", "B." }, { "Anouar", "A." }, { "Abdelkader", "A." },
};
// clang-format on
// clang-format off
constexpr FirstName kMoroccanFemale[] = {
    { "Fatima", "F." }, { "Nadia", "N." }, { "Samira", "S." }, { "Latifa", "L." }, { "Naima", "N." },
    { "Khadija", "K." }, { "Hanan", "H." }, { "Soumaya", "S." }, { "Fadoua", "F." }, { "Ikram", "I." },
    { "Nora", "N." }, { "Loubna", "L." }, { "Sanae", "S." }, { "Salima", "S." },
};
// clang-format on
// clang-format off
constexpr const char *kMoroccanSurnames[] = {
    "El Amrani", "El Idrissi", "Bouzid", "Benali", "Boukhari", "El Khatib", "Azzouz", "Bouali", "Ait Taleb",
    "El Ouali", "Amrani", "Belhaj", "Chaara", "El Bakkali", "Haddou", "El Hamdaoui", "Bouchtaoui", "Jaddi",
    "Marzouki", "Boussaid", "Ahmadi", "Tahiri", "Ouahbi", "Ben Hammou",
};
// clang-format on
// clang-format off
constexpr FirstName kSurinameseMale[] = {
    { "Rishi", "R." }, { "Anand", "A." }, { "Ravi", "R." }, { "Glenn", "G." }, { "Roy", "R." },
    { "Steven", "S." }, { "Romano", "R." }, { "Dennis", "D." }, { "Marlon", "M." }, { "Errol", "E." },
    { "Sharif", "S." },
};
// clang-format on
// clang-format off
constexpr FirstName kSurinameseFemale[] = {
    { "Sharmila", "S." }, { "Priscilla", "P." }, { "Dewi", "D." }, { "Shanti", "S." }, { "Kavita", "K." },
    { "Natasha", "N." }, { "Ghislaine", "G." }, { "Chantal", "C." }, { "Sunita", "S." },
};
// clang-format on
// clang-format off
constexpr const char *kSurinameseSurnames[] = {
    "Pinas", "Sedney", "Ramdin", "Biharie", "Kasanmoentalib", "Ramsaransing", "Doekhi", "Jairam", "Mahabier",
    "Wijngaarde", "Kross", "Martina", "Koeiman", "Rosaria", "Lie A Fo", "Bhagwandin",
};
// clang-format on
// clang-format off
constexpr FirstName kMoluccanMale[] = {
    { "Johnny", "J." }, { "Max", "M." }, { "Frans", "F." }, { "Ronny", "R." }, { "Elvis", "E." },
    { "Wim", "W." },
};
// clang-format on
// clang-format off
constexpr FirstName kMoluccanFemale[] = {
    { "Mientje", "M." }, { "Ina", "I." }, { "Sandra", "S." }, { "Joyce", "J." }, { "Femmy", "F." },
};
// clang-format on
// clang-format off
constexpr const char *kMoluccanSurnames[] = {
    "Pattipeilohy", "Tahitu", "Latuperisa", "Manuhutu", "Sahetapy", "Lasut", "Tanasale", "Sopacua", "Wattimena",
    "Lawalata",
};
// clang-format on
// clang-format off
constexpr FirstName kEuropeanMale[] = {
    { "Jürgen", "J." }, { "Jörg", "J." }, { "Björn", "B." }, { "Uwe", "U." }, { "Sören", "S." },
    { "Günther", "G." }, { "Piotr", "P." }, { "Tomasz", "T." }, { "Marek", "M." }, { "José", "J." },
    { "François", "F." },
};
// clang-format on
// clang-format off
constexpr FirstName kEuropeanFemale[] = {
    { "Ute", "U." }, { "Jutta", "J." }, { "Birgit", "B." }, { "Anja", "A." }, { "Agnieszka", "A." },
    { "Katarzyna", "K." }, { "Małgorzata", "M." }, { "Inês", "I." }, { "Céline", "C." }, { "Solène", "S." },
};
// clang-format on
// clang-format off
constexpr const char *kEuropeanSurnames[] = {
    "Jäger", "Müller", "Schröder", "Krüger", "Schäfer", "Weiß", "Kowalski", "Nowak", "Wiśniewski", "Kowalczyk",
    "Lewandowski", "Horváth", "Dvořák", "Fernández", "Gonçalves", "Dubois", "Lefèvre",
};
// clang-format on

constexpr const char *kMaleMiddle[]
    = { "J.", "H.", "M.", "P.", "W.", "C.", "G.", "A.", "F.", "L.", "Th.", "B.", "R.", "E.", "N.", "J.", "M.", "H." };
constexpr const char *kFemaleMiddle[]
    = { "M.", "J.", "E.", "C.", "A.", "H.", "G.", "W.", "P.", "L.", "Th.", "M.", "J.", "E." };

} // namespace

NameTable nameTable(Origin origin)
{
    switch (origin) {
    case Origin::Dutch:
        return { kDutchMale, kDutchFemale, kDutchSurnames };
    case Origin::Turkish:
        return { kTurkishMale, kTurkishFemale, kTurkishSurnames };
    case Origin::Moroccan:
        return { kMoroccanMale, kMoroccanFemale, kMoroccanSurnames };
    case Origin::Surinamese:
        return { kSurinameseMale, kSurinameseFemale, kSurinameseSurnames };
    case Origin::Moluccan:
        return { kMoluccanMale, kMoluccanFemale, kMoluccanSurnames };
    case Origin::European:
        return { kEuropeanMale, kEuropeanFemale, kEuropeanSurnames };
    }
    return { kDutchMale, kDutchFemale, kDutchSurnames };
}

NameTable regionalNames(Region region)
{
    switch (region) {
    case Region::North:
        return { kNorthMale, kNorthFemale, kNorthSurnames };
    case Region::East:
        return { {}, {}, kEastSurnames };
    case Region::Brabant:
        return { kSouthMale, kSouthFemale, kBrabantSurnames };
    case Region::Limburg:
        return { kSouthMale, kSouthFemale, kLimburgSurnames };
    case Region::Zeeland:
        return { {}, {}, kZeelandSurnames };
    case Region::West:
        break;
    }
    return {};
}

std::span<const char *const> middleInitials(Gender gender)
{
    if (gender == Gender::Female)
        return kFemaleMiddle;
    return kMaleMiddle;
}

} // namespace integriteit::demo
