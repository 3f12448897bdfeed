#pragma once
// The window's side of a write that waits for the file's check (Database::VerificationWait): the
// check of a file of gigabytes takes a minute, and a login that writes its audit row would sit
// silent for that long. After a short moment a small window says what is happening; it has no
// Cancel, as the write cannot go on without the verdict and nothing has been written yet.

#include <functional>

namespace integriteit {

void waitForFileCheck(const std::function<bool()> &done);

} // namespace integriteit
