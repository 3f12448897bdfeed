#pragma once
// The first demo step for every body: its office holders over twelve years, planned in memory and
// then stored through PersonService, so each one passes the validator and gets its audit row.

#include "demo/democontext.h"

namespace integriteit::demo {

void addOfficeHolders(DemoContext &context);

} // namespace integriteit::demo
