#pragma once
// The navigation icons of the register areas, drawn in code in the style of Icons (same colours,
// same sizes), so they look alike on every desktop. Public for the other register pages.

#include <QIcon>

namespace integriteit::RegisterIcons {

QIcon sidePositions();      // a card with a badge: a position held beside the office
QIcon financialInterests(); // a stack of coins
QIcon gifts();              // a wrapped present
QIcon thresholds();         // a scale bar with a marker

} // namespace integriteit::RegisterIcons
