#pragma once
// Help > About: the version, and which database and user this window is about (what support asks).

class QWidget;

namespace integriteit {

class AppCore;

void showAboutBox(QWidget *parent, AppCore &core);

} // namespace integriteit
