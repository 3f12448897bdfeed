#include "dutchplaces.h"

namespace integriteit::demo {

namespace {

// Rounded numbers of inhabitants: they only decide the council size, so a few percent off is fine.
// clang-format off
constexpr MunicipalityData kMunicipalities[] = {
    // Groningen
    { "Eemsdelta", "Groningen", 45000 }, { "Groningen", "Groningen", 240000 },
    { "Het Hogeland", "Groningen", 48000 }, { "Midden-Groningen", "Groningen", 61000 },
    { "Oldambt", "Groningen", 39000 }, { "Pekela", "Groningen", 12000 }, { "Stadskanaal", "Groningen", 32000 },
    { "Veendam", "Groningen", 28000 }, { "Westerkwartier", "Groningen", 65000 },
    { "Westerwolde", "Groningen", 26000 },
    // Friesland
    { "Achtkarspelen", "Friesland", 28000 }, { "Ameland", "Friesland", 3800 },
    { "Dantumadiel", "Friesland", 19000 }, { "De Fryske Marren", "Friesland", 53000 },
    { "Harlingen", "Friesland", 16000 }, { "Heerenveen", "Friesland", 51000 },
    { "Leeuwarden", "Friesland", 125000 }, { "Noardeast-Fryslân", "Friesland", 45000 },
    { "Ooststellingwerf", "Friesland", 26000 }, { "Opsterland", "Friesland", 30000 },
    { "Schiermonnikoog", "Friesland", 950 }, { "Smallingerland", "Friesland", 57000 },
    { "Súdwest-Fryslân", "Friesland", 91000 }, { "Terschelling", "Friesland", 4900 },
    { "Tytsjerksteradiel", "Friesland", 32000 }, { "Vlieland", "Friesland", 1200 },
    { "Waadhoeke", "Friesland", 47000 }, { "Weststellingwerf", "Friesland", 26000 },
    // Drenthe
    { "Aa en Hunze", "Drenthe", 25500 }, { "Assen", "Drenthe", 69000 }, { "Borger-Odoorn", "Drenthe", 25500 },
    { "Coevorden", "Drenthe", 35500 }, { "De Wolden", "Drenthe", 24500 }, { "Emmen", "Drenthe", 108000 },
    { "Hoogeveen", "Drenthe", 56000 }, { "Meppel", "Drenthe", 35000 }, { "Midden-Drenthe", "Drenthe", 33500 },
    { "Noordenveld", "Drenthe", 32000 }, { "Tynaarlo", "Drenthe", 34500 }, { "Westerveld", "Drenthe", 20000 },
    // Overijssel
    { "Almelo", "Overijssel", 74000 }, { "Borne", "Overijssel", 24000 }, { "Dalfsen", "Overijssel", 29000 },
    { "Deventer", "Overijssel", 102000 }, { "Dinkelland", "Overijssel", 26500 },
    { "Enschede", "Overijssel", 160000 }, { "Haaksbergen", "Overijssel", 24500 },
    { "Hardenberg", "Overijssel", 62000 }, { "Hellendoorn", "Overijssel", 36000 },
    { "Hengelo", "Overijssel", 82000 }, { "Hof van Twente", "Overijssel", 35000 },
    { "Kampen", "Overijssel", 55000 }, { "Losser", "Overijssel", 22700 }, { "Oldenzaal", "Overijssel", 32000 },
    { "Olst-Wijhe", "Overijssel", 18500 }, { "Ommen", "Overijssel", 18000 }, { "Raalte", "Overijssel", 38000 },
    { "Rijssen-Holten", "Overijssel", 39000 }, { "Staphorst", "Overijssel", 17500 },
    { "Steenwijkerland", "Overijssel", 45000 }, { "Tubbergen", "Overijssel", 21500 },
    { "Twenterand", "Overijssel", 34000 }, { "Wierden", "Overijssel", 25000 },
    { "Zwartewaterland", "Overijssel", 23000 }, { "Zwolle", "Overijssel", 131000 },
    // Flevoland
    { "Almere", "Flevoland", 220000 }, { "Dronten", "Flevoland", 43000 }, { "Lelystad", "Flevoland", 82000 },
    { "Noordoostpolder", "Flevoland", 48000 }, { "Urk", "Flevoland", 22000 },
    { "Zeewolde", "Flevoland", 23500 },
    // Gelderland
    { "Aalten", "Gelderland", 27500 }, { "Apeldoorn", "Gelderland", 166000 },
    { "Arnhem", "Gelderland", 165000 }, { "Barneveld", "Gelderland", 61000 },
    { "Berg en Dal", "Gelderland", 35500 }, { "Berkelland", "Gelderland", 44000 },
    { "Beuningen", "Gelderland", 26000 }, { "Bronckhorst", "Gelderland", 36500 },
    { "Brummen", "Gelderland", 21000 }, { "Buren", "Gelderland", 28000 }, { "Culemborg", "Gelderland", 30000 },
    { "Doesburg", "Gelderland", 11500 }, { "Doetinchem", "Gelderland", 59000 },
    { "Druten", "Gelderland", 19500 }, { "Duiven", "Gelderland", 25500 }, { "Ede", "Gelderland", 120000 },
    { "Elburg", "Gelderland", 23500 }, { "Epe", "Gelderland", 33500 }, { "Ermelo", "Gelderland", 27500 },
    { "Harderwijk", "Gelderland", 49000 }, { "Hattem", "Gelderland", 12500 }, { "Heerde", "Gelderland", 19000 },
    { "Heumen", "Gelderland", 16500 }, { "Lingewaard", "Gelderland", 47500 }, { "Lochem", "Gelderland", 34000 },
    { "Maasdriel", "Gelderland", 25500 }, { "Montferland", "Gelderland", 36500 },
    { "Neder-Betuwe", "Gelderland", 25500 }, { "Nijkerk", "Gelderland", 44500 },
    { "Nijmegen", "Gelderland", 180000 }, { "Nunspeet", "Gelderland", 29000 },
    { "Oldebroek", "Gelderland", 24000 }, { "Oost Gelre", "Gelderland", 30000 },
    { "Oude IJsselstreek", "Gelderland", 40000 }, { "Overbetuwe", "Gelderland", 50500 },
    { "Putten", "Gelderland", 25000 }, { "Renkum", "Gelderland", 32000 }, { "Rheden", "Gelderland", 44000 },
    { "Rozendaal", "Gelderland", 1600 }, { "Scherpenzeel", "Gelderland", 10500 },
    { "Tiel", "Gelderland", 42500 }, { "Voorst", "Gelderland", 25000 }, { "Wageningen", "Gelderland", 40000 },
    { "West Betuwe", "Gelderland", 52000 }, { "West Maas en Waal", "Gelderland", 20000 },
    { "Westervoort", "Gelderland", 15000 }, { "Wijchen", "Gelderland", 42000 },
    { "Winterswijk", "Gelderland", 29500 }, { "Zaltbommel", "Gelderland", 30500 },
    { "Zevenaar", "Gelderland", 44500 }, { "Zutphen", "Gelderland", 48000 },
    // Utrecht
    { "Amersfoort", "Utrecht", 160000 }, { "Baarn", "Utrecht", 25000 }, { "Bunnik", "Utrecht", 15500 },
    { "Bunschoten", "Utrecht", 22500 }, { "De Bilt", "Utrecht", 43500 }, { "De Ronde Venen", "Utrecht", 45500 },
    { "Eemnes", "Utrecht", 9500 }, { "Houten", "Utrecht", 51000 }, { "IJsselstein", "Utrecht", 35000 },
    { "Leusden", "Utrecht", 30500 }, { "Lopik", "Utrecht", 14700 }, { "Montfoort", "Utrecht", 14000 },
    { "Nieuwegein", "Utrecht", 64000 }, { "Oudewater", "Utrecht", 10500 }, { "Renswoude", "Utrecht", 5600 },
    { "Rhenen", "Utrecht", 20500 }, { "Soest", "Utrecht", 47500 }, { "Stichtse Vecht", "Utrecht", 66000 },
    { "Utrecht", "Utrecht", 367000 }, { "Utrechtse Heuvelrug", "Utrecht", 50500 },
    { "Veenendaal", "Utrecht", 68000 }, { "Vijfheerenlanden", "Utrecht", 58000 },
    { "Wijk bij Duurstede", "Utrecht", 24000 }, { "Woerden", "Utrecht", 53000 },
    { "Woudenberg", "Utrecht", 14000 }, { "Zeist", "Utrecht", 66000 },
    // Noord-Holland
    { "Aalsmeer", "Noord-Holland", 32500 }, { "Alkmaar", "Noord-Holland", 111000 },
    { "Amstelveen", "Noord-Holland", 92000 }, { "Amsterdam", "Noord-Holland", 930000 },
    { "Bergen (NH.)", "Noord-Holland", 30000 }, { "Beverwijk", "Noord-Holland", 42500 },
    { "Blaricum", "Noord-Holland", 12000 }, { "Bloemendaal", "Noord-Holland", 24000 },
    { "Castricum", "Noord-Holland", 37000 }, { "Den Helder", "Noord-Holland", 57000 },
    { "Diemen", "Noord-Holland", 32000 }, { "Dijk en Waard", "Noord-Holland", 90000 },
    { "Drechterland", "Noord-Holland", 20500 }, { "Edam-Volendam", "Noord-Holland", 37000 },
    { "Enkhuizen", "Noord-Holland", 19000 }, { "Gooise Meren", "Noord-Holland", 59000 },
    { "Haarlem", "Noord-Holland", 163000 }, { "Haarlemmermeer", "Noord-Holland", 160000 },
    { "Heemskerk", "Noord-Holland", 40000 }, { "Heemstede", "Noord-Holland", 27500 },
    { "Heiloo", "Noord-Holland", 25000 }, { "Hilversum", "Noord-Holland", 92000 },
    { "Hollands Kroon", "Noord-Holland", 49000 }, { "Hoorn", "Noord-Holland", 74000 },
    { "Huizen", "Noord-Holland", 41500 }, { "Koggenland", "Noord-Holland", 23500 },
    { "Landsmeer", "Noord-Holland", 11800 }, { "Laren", "Noord-Holland", 11500 },
    { "Medemblik", "Noord-Holland", 47500 }, { "Oostzaan", "Noord-Holland", 9800 },
    { "Opmeer", "Noord-Holland", 12000 }, { "Ouder-Amstel", "Noord-Holland", 15000 },
    { "Purmerend", "Noord-Holland", 93000 }, { "Schagen", "Noord-Holland", 47000 },
    { "Stede Broec", "Noord-Holland", 22000 }, { "Texel", "Noord-Holland", 13600 },
    { "Uitgeest", "Noord-Holland", 13800 }, { "Uithoorn", "Noord-Holland", 31500 },
    { "Velsen", "Noord-Holland", 69000 }, { "Waterland", "Noord-Holland", 17500 },
    { "Wijdemeren", "Noord-Holland", 24500 }, { "Wormerland", "Noord-Holland", 16700 },
    { "Zaanstad", "Noord-Holland", 158000 }, { "Zandvoort", "Noord-Holland", 17000 },
    // Zuid-Holland
    { "Alblasserdam", "Zuid-Holland", 20500 }, { "Albrandswaard", "Zuid-Holland", 26000 },
    { "Alphen aan den Rijn", "Zuid-Holland", 113000 }, { "Barendrecht", "Zuid-Holland", 50500 },
    { "Bodegraven-Reeuwijk", "Zuid-Holland", 35500 }, { "Capelle aan den IJssel", "Zuid-Holland", 68000 },
    { "Delft", "Zuid-Holland", 104000 }, { "Dordrecht", "Zuid-Holland", 120000 },
    { "Goeree-Overflakkee", "Zuid-Holland", 52000 }, { "Gorinchem", "Zuid-Holland", 38000 },
    { "Gouda", "Zuid-Holland", 75000 }, { "Hardinxveld-Giessendam", "Zuid-Holland", 18500 },
    { "Hendrik-Ido-Ambacht", "Zuid-Holland", 32000 }, { "Hillegom", "Zuid-Holland", 23000 },
    { "Hoeksche Waard", "Zuid-Holland", 89000 }, { "Kaag en Braassem", "Zuid-Holland", 28000 },
    { "Katwijk", "Zuid-Holland", 67000 }, { "Krimpen aan den IJssel", "Zuid-Holland", 30000 },
    { "Krimpenerwaard", "Zuid-Holland", 57000 }, { "Lansingerland", "Zuid-Holland", 64000 },
    { "Leiden", "Zuid-Holland", 127000 }, { "Leiderdorp", "Zuid-Holland", 28000 },
    { "Leidschendam-Voorburg", "Zuid-Holland", 78000 }, { "Lisse", "Zuid-Holland", 23500 },
    { "Maassluis", "Zuid-Holland", 34000 }, { "Midden-Delfland", "Zuid-Holland", 20000 },
    { "Molenlanden", "Zuid-Holland", 45500 }, { "Nieuwkoop", "Zuid-Holland", 29000 },
    { "Nissewaard", "Zuid-Holland", 86000 }, { "Noordwijk", "Zuid-Holland", 44000 },
    { "Oegstgeest", "Zuid-Holland", 25500 }, { "Papendrecht", "Zuid-Holland", 32500 },
    { "Pijnacker-Nootdorp", "Zuid-Holland", 57000 }, { "Ridderkerk", "Zuid-Holland", 47000 },
    { "Rijswijk", "Zuid-Holland", 58000 }, { "Rotterdam", "Zuid-Holland", 664000 },
    { "Schiedam", "Zuid-Holland", 80000 }, { "Sliedrecht", "Zuid-Holland", 26000 },
    { "'s-Gravenhage", "Zuid-Holland", 560000 }, { "Teylingen", "Zuid-Holland", 38000 },
    { "Vlaardingen", "Zuid-Holland", 75000 }, { "Voorne aan Zee", "Zuid-Holland", 70000 },
    { "Voorschoten", "Zuid-Holland", 26000 }, { "Waddinxveen", "Zuid-Holland", 32000 },
    { "Wassenaar", "Zuid-Holland", 27000 }, { "Westland", "Zuid-Holland", 113000 },
    { "Zoetermeer", "Zuid-Holland", 127000 }, { "Zoeterwoude", "Zuid-Holland", 9000 },
    { "Zuidplas", "Zuid-Holland", 46000 }, { "Zwijndrecht", "Zuid-Holland", 45500 },
    // Zeeland
    { "Borsele", "Zeeland", 23000 }, { "Goes", "Zeeland", 39000 }, { "Hulst", "Zeeland", 27500 },
    { "Kapelle", "Zeeland", 13000 }, { "Middelburg", "Zeeland", 49000 }, { "Noord-Beveland", "Zeeland", 7500 },
    { "Reimerswaal", "Zeeland", 23000 }, { "Schouwen-Duiveland", "Zeeland", 34500 },
    { "Sluis", "Zeeland", 23500 }, { "Terneuzen", "Zeeland", 54500 }, { "Tholen", "Zeeland", 26000 },
    { "Veere", "Zeeland", 22000 }, { "Vlissingen", "Zeeland", 45000 },
    // Noord-Brabant
    { "Alphen-Chaam", "Noord-Brabant", 10500 }, { "Altena", "Noord-Brabant", 57000 },
    { "Asten", "Noord-Brabant", 17000 }, { "Baarle-Nassau", "Noord-Brabant", 7000 },
    { "Bergeijk", "Noord-Brabant", 19000 }, { "Bergen op Zoom", "Noord-Brabant", 69000 },
    { "Bernheze", "Noord-Brabant", 32500 }, { "Best", "Noord-Brabant", 30500 },
    { "Bladel", "Noord-Brabant", 21000 }, { "Boekel", "Noord-Brabant", 11000 },
    { "Boxtel", "Noord-Brabant", 32000 }, { "Breda", "Noord-Brabant", 185000 },
    { "Cranendonck", "Noord-Brabant", 21000 }, { "Deurne", "Noord-Brabant", 33000 },
    { "Dongen", "Noord-Brabant", 26500 }, { "Drimmelen", "Noord-Brabant", 27500 },
    { "Eersel", "Noord-Brabant", 20000 }, { "Eindhoven", "Noord-Brabant", 240000 },
    { "Etten-Leur", "Noord-Brabant", 44500 }, { "Geertruidenberg", "Noord-Brabant", 22000 },
    { "Geldrop-Mierlo", "Noord-Brabant", 40000 }, { "Gemert-Bakel", "Noord-Brabant", 31000 },
    { "Gilze en Rijen", "Noord-Brabant", 27000 }, { "Goirle", "Noord-Brabant", 24000 },
    { "Halderberge", "Noord-Brabant", 30500 }, { "Heeze-Leende", "Noord-Brabant", 16500 },
    { "Helmond", "Noord-Brabant", 94000 }, { "'s-Hertogenbosch", "Noord-Brabant", 160000 },
    { "Heusden", "Noord-Brabant", 45500 }, { "Hilvarenbeek", "Noord-Brabant", 15500 },
    { "Laarbeek", "Noord-Brabant", 23000 }, { "Land van Cuijk", "Noord-Brabant", 92000 },
    { "Loon op Zand", "Noord-Brabant", 23500 }, { "Maashorst", "Noord-Brabant", 60500 },
    { "Meierijstad", "Noord-Brabant", 83000 }, { "Moerdijk", "Noord-Brabant", 37500 },
    { "Nuenen, Gerwen en Nederwetten", "Noord-Brabant", 23500 }, { "Oirschot", "Noord-Brabant", 19000 },
    { "Oisterwijk", "Noord-Brabant", 33000 }, { "Oosterhout", "Noord-Brabant", 57000 },
    { "Oss", "Noord-Brabant", 93000 }, { "Reusel-De Mierden", "Noord-Brabant", 13500 },
    { "Roosendaal", "Noord-Brabant", 78000 }, { "Rucphen", "Noord-Brabant", 23000 },
    { "Sint-Michielsgestel", "Noord-Brabant", 30000 }, { "Someren", "Noord-Brabant", 19500 },
    { "Son en Breugel", "Noord-Brabant", 17500 }, { "Steenbergen", "Noord-Brabant", 25000 },
    { "Tilburg", "Noord-Brabant", 225000 }, { "Valkenswaard", "Noord-Brabant", 31500 },
    { "Veldhoven", "Noord-Brabant", 46000 }, { "Vught", "Noord-Brabant", 27000 },
    { "Waalre", "Noord-Brabant", 17500 }, { "Waalwijk", "Noord-Brabant", 49000 },
    { "Woensdrecht", "Noord-Brabant", 22000 }, { "Zundert", "Noord-Brabant", 22000 },
    // Limburg
    { "Beek", "Limburg", 16000 }, { "Beekdaelen", "Limburg", 36000 }, { "Beesel", "Limburg", 13500 },
    { "Bergen (L.)", "Limburg", 13000 }, { "Brunssum", "Limburg", 27500 },
    { "Echt-Susteren", "Limburg", 32000 }, { "Eijsden-Margraten", "Limburg", 25500 },
    { "Gennep", "Limburg", 17500 }, { "Gulpen-Wittem", "Limburg", 14000 }, { "Heerlen", "Limburg", 87000 },
    { "Horst aan de Maas", "Limburg", 43000 }, { "Kerkrade", "Limburg", 45000 },
    { "Landgraaf", "Limburg", 37000 }, { "Leudal", "Limburg", 36000 }, { "Maasgouw", "Limburg", 24000 },
    { "Maastricht", "Limburg", 121000 }, { "Meerssen", "Limburg", 19000 },
    { "Mook en Middelaar", "Limburg", 8000 }, { "Nederweert", "Limburg", 17500 },
    { "Peel en Maas", "Limburg", 44000 }, { "Roerdalen", "Limburg", 21000 }, { "Roermond", "Limburg", 59000 },
    { "Simpelveld", "Limburg", 10500 }, { "Sittard-Geleen", "Limburg", 91000 }, { "Stein", "Limburg", 25000 },
    { "Vaals", "Limburg", 10000 }, { "Valkenburg aan de Geul", "Limburg", 16500 },
    { "Venlo", "Limburg", 103000 }, { "Venray", "Limburg", 44500 }, { "Voerendaal", "Limburg", 12500 },
    { "Weert", "Limburg", 50500 },
};
// clang-format on

// clang-format off
constexpr ProvinceData kProvinces[] = {
    { "Groningen", 43, "Groninger Belang", "provinciegroningen.nl" }, { "Friesland", 43, "FNP", "fryslan.frl" },
    { "Drenthe", 41, "Sterk Lokaal", "drenthe.nl" }, { "Overijssel", 47, nullptr, "overijssel.nl" },
    { "Flevoland", 41, nullptr, "flevoland.nl" }, { "Gelderland", 55, nullptr, "gelderland.nl" },
    { "Utrecht", 49, nullptr, "provincie-utrecht.nl" }, { "Noord-Holland", 55, nullptr, "noord-holland.nl" },
    { "Zuid-Holland", 55, nullptr, "pzh.nl" }, { "Zeeland", 39, "Partij voor Zeeland", "zeeland.nl" },
    { "Noord-Brabant", 55, "Lokaal Brabant", "brabant.nl" },
    { "Limburg", 47, "Lokaal Limburg", "prvlimburg.nl" },
};
// clang-format on

// clang-format off
constexpr WaterBoardData kWaterBoards[] = {
    { "Wetterskip Fryslân", "Friesland", 25, "wetterskipfryslan.nl" },
    { "Waterschap Noorderzijlvest", "Groningen", 23, "noorderzijlvest.nl" },
    { "Waterschap Hunze en Aa's", "Groningen", 23, "hunzeenaas.nl" },
    { "Waterschap Drents Overijsselse Delta", "Overijssel", 27, "wdodelta.nl" },
    { "Waterschap Vechtstromen", "Overijssel", 27, "vechtstromen.nl" },
    { "Waterschap Zuiderzeeland", "Flevoland", 23, "zuiderzeeland.nl" },
    { "Waterschap Rijn en IJssel", "Gelderland", 27, "wrij.nl" },
    { "Waterschap Vallei en Veluwe", "Gelderland", 30, "vallei-veluwe.nl" },
    { "Hoogheemraadschap Hollands Noorderkwartier", "Noord-Holland", 30, "hhnk.nl" },
    { "Waterschap Amstel, Gooi en Vecht", "Noord-Holland", 30, "agv.nl" },
    { "Hoogheemraadschap van Rijnland", "Zuid-Holland", 30, "rijnland.net" },
    { "Hoogheemraadschap De Stichtse Rijnlanden", "Utrecht", 27, "hdsr.nl" },
    { "Hoogheemraadschap van Delfland", "Zuid-Holland", 30, "hhdelfland.nl" },
    { "Hoogheemraadschap van Schieland en de Krimpenerwaard", "Zuid-Holland", 27, "hhsk.nl" },
    { "Waterschap Hollandse Delta", "Zuid-Holland", 30, "wshd.nl" },
    { "Waterschap Rivierenland", "Gelderland", 30, "waterschaprivierenland.nl" },
    { "Waterschap Scheldestromen", "Zeeland", 27, "scheldestromen.nl" },
    { "Waterschap Brabantse Delta", "Noord-Brabant", 30, "brabantsedelta.nl" },
    { "Waterschap De Dommel", "Noord-Brabant", 27, "dommel.nl" },
    { "Waterschap Aa en Maas", "Noord-Brabant", 27, "aaenmaas.nl" },
    { "Waterschap Limburg", "Limburg", 27, "waterschaplimburg.nl" },
};
// clang-format on

} // namespace

std::span<const MunicipalityData> municipalities()
{
    return kMunicipalities;
}
std::span<const ProvinceData> provinces()
{
    return kProvinces;
}
std::span<const WaterBoardData> waterBoards()
{
    return kWaterBoards;
}

int councilSeats(int inhabitants)
{
    struct Step
    {
        int upTo;
        int seats;
    };
    static constexpr Step kSteps[] = { { 3000, 9 }, { 6000, 11 }, { 10000, 13 }, { 15000, 15 }, { 20000, 17 },
        { 25000, 19 }, { 30000, 21 }, { 35000, 23 }, { 40000, 25 }, { 45000, 27 }, { 50000, 29 }, { 60000, 31 },
        { 70000, 33 }, { 80000, 35 }, { 100000, 37 }, { 200000, 39 } };
    for (const Step &s : kSteps)
        if (inhabitants <= s.upTo)
            return s.seats;
    return 45;
}

} // namespace integriteit::demo
