#pragma once
// Makes a window tall enough for its contents after a word-wrapped message appeared in it: Qt does
// not apply height-for-width to a top-level window's minimum size, so fields would overlap.

class QWidget;

namespace integriteit {

void growToContents(QWidget *window);

} // namespace integriteit
