#pragma once
// What one step of the demo generator gets for one body (gemeente, provincie or waterschap). The
// generator runs a list of steps per body inside that body's unit of work; the office holders come
// first, and a register (gifts, side positions, claims) adds its own step that reads `holders`.

#include "demo/demogenerator.h"
#include "demo/demorandom.h"
#include "organisations/organisation.h"
#include "persons/person.h"

#include <QString>
#include <functional>
#include <vector>

namespace integriteit {

class PersonService;
class Session;
class UnitOfWork;

namespace demo {

// One organisation being filled, with the words its office holders go by there.
struct DemoBody
{
    qint64 id = 0;
    int index = 0; // position in the run: salts the random streams
    QString name;
    OrganisationKind kind = OrganisationKind::Municipality;
    QString province;
    int seats = 0;
    bool committee = false; // whether the council has commissieleden
    QString mailDomain; // "leiderdorp.nl"

    // "wethouder", "gedeputeerde", "lid dagelijks bestuur"
    QString aldermanTitle() const;
    // "burgemeester", "Commissaris van de Koning", "dijkgraaf"
    QString mayorTitle() const;
    // "raadslid", "statenlid", "lid algemeen bestuur"
    QString councillorTitle() const;
    // "Vertrek uit de gemeente", "... provincie", "... uit het beheergebied"
    QString movedAwayReason() const;
};

// An office holder as stored, with his appointments in order of start.
struct DemoHolder
{
    Person person;
    std::vector<Appointment> appointments;
};

struct DemoContext
{
    const DemoOptions &options;
    QDate today; // options.today, never later than the real date the validator uses
    const DemoBody &body;
    PersonService &persons;
    const Session &session; // the demo's user: both offices, so every register can be kept
    UnitOfWork &work;
    DemoRandom &random; // this step's own stream
    DemoStats &stats;
    std::vector<DemoHolder> &holders; // filled by the office holders step, read by later steps
};

struct DemoStep
{
    const char *name;
    std::function<void(DemoContext &)> run;
};

// The steps in the order they run for every body. Append new ones at the end: a step's position
// salts its random stream, so the data of the earlier steps stays the same.
std::vector<DemoStep> demoSteps();

} // namespace demo
} // namespace integriteit
