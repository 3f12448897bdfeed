#pragma once
// The end of every register dialog's accept(). Nothing changed: the dialog closes without a write,
// so there is no audit row and no undo step. Otherwise the record is created or updated through
// its service and read back as stored (the service trims), so an undo restores exactly that. A
// refusal is shown next to its field and the dialog stays open with the user's input.

#include "common/error.h"
#include "common/inlinemessage.h"
#include "persons/growtocontents.h"

#include <QDialog>
#include <functional>

namespace integriteit {

// Returns whether the dialog may close; `stored` becomes the record as saved.
// load: the service's member that reads one record (&TripService::trip).
template <class Service, class Record, class Load>
bool saveRecord(QDialog *dialog, InlineMessage *error, Service &service, Record edited, Record &stored, Load load)
{
    if (edited.id != 0 && edited.columns() == stored.columns())
        return true;
    try {
        if (edited.id == 0)
            edited.id = service.create(edited);
        else
            service.update(edited);
    } catch (const Error &e) {
        error->showError(e, dialog);
        growToContents(dialog);
        return false;
    }
    try {
        stored = std::invoke(load, service, edited.id);
    } catch (const Error &) {
        stored = edited; // saved; only the read-back failed
    }
    return true;
}

} // namespace integriteit
