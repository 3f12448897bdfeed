#pragma once
// The bodies of the national demo: the 342 gemeenten (2024, with province and rounded number of
// inhabitants), the 12 provinces and the 21 waterschappen.

#include <span>

namespace integriteit::demo {

struct MunicipalityData
{
    const char *name;
    const char *province;
    int inhabitants;
};

struct ProvinceData
{
    const char *name;
    int seats; // Provinciale Staten
    const char *regionalParty; // a provincial party that takes part in the elections, or nullptr
    const char *mailDomain;
};

struct WaterBoardData
{
    const char *name;
    const char *province; // where most of its area lies
    int seats; // algemeen bestuur
    const char *mailDomain;
};

std::span<const MunicipalityData> municipalities();
std::span<const ProvinceData> provinces();
std::span<const WaterBoardData> waterBoards();

// Number of council seats for a number of inhabitants (Gemeentewet art. 8).
int councilSeats(int inhabitants);

} // namespace integriteit::demo
