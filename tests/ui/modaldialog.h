#pragma once
// Answers the modal dialog the code under test opens with exec(): a timer polls until a modal
// dialog is active, then runs `interact` on it once. The poller belongs to the test case that
// started it and is stopped when that test case ends, also when a REQUIRE ended it before the
// dialog opened: a poller left running would answer the next test's dialog instead (an earlier
// failure once made "receipt preview: Save as" reject its file dialog and write nothing).

#include <QDialog>
#include <functional>

namespace integriteit::test {

// Failures inside `interact` are to be recorded with CHECK, never thrown: an exception must not
// cross Qt's event loop.
void pollModalDialog(std::function<void(QDialog *)> interact);
// Stops the pollers still waiting; returns how many there were. Runs at the end of every test case.
int stopModalDialogPollers();

} // namespace integriteit::test
