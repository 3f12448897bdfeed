#include "persondetailwidget.h"

#include "appointmentspanel.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "personhistoryview.h"
#include "persons/personservice.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace integriteit {

namespace {
QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    label->setWordWrap(true);
    return label;
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("–") : text;
}

QString genderName(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return PersonDetailWidget::tr("Male");
    case Gender::Female:
        return PersonDetailWidget::tr("Female");
    case Gender::Unspecified:
        break;
    }
    return PersonDetailWidget::tr("Unknown");
}

QString summaryText(const std::vector<Appointment> &appointments)
{
    const QDate today = QDate::currentDate();
    QStringList current;
    QDate lastEnd;
    for (const Appointment &a : appointments) {
        if (!a.end.isValid() || a.end >= today) {
            QStringList parts { holderRoleName(a.role) };
            if (!a.faction.isEmpty())
                parts << a.faction;
            if (const QString functions = appointmentFunctions(a); !functions.isEmpty())
                parts << functions;
            parts << (a.start > today ? PersonDetailWidget::tr("from %1").arg(dutch::date(a.start))
                                      : PersonDetailWidget::tr("since %1").arg(dutch::date(a.start)));
            current << parts.join(QStringLiteral(" · "));
        } else if (!lastEnd.isValid() || a.end > lastEnd) {
            lastEnd = a.end;
        }
    }
    if (!current.isEmpty())
        return current.join(QLatin1Char('\n'));
    if (lastEnd.isValid())
        return PersonDetailWidget::tr("Former office holder, until %1").arg(dutch::date(lastEnd));
    return PersonDetailWidget::tr("No appointment recorded");
}
} // namespace

PersonDetailWidget::PersonDetailWidget(PersonService &persons, QWidget *parent)
    : QWidget(parent)
    , m_persons(persons)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select an office holder in the list to see the details."), this))
{
    setObjectName(QStringLiteral("personDetail"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(buildContent());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QWidget *PersonDetailWidget::buildContent()
{
    auto *content = new QWidget(this);
    m_name = new QLabel(content);
    m_name->setObjectName(QStringLiteral("personName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_name->setFont(big);
    m_summary = valueLabel(content);

    m_edit = new QPushButton(tr("Edit…"), content);
    m_edit->setObjectName(QStringLiteral("editPersonButton"));
    m_newAppointment = new QPushButton(tr("New appointment…"), content);
    m_newAppointment->setObjectName(QStringLiteral("newAppointmentButton"));
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editPersonRequested(m_personId); });
    connect(m_newAppointment, &QPushButton::clicked, this, [this] { Q_EMIT newAppointmentRequested(m_personId); });

    m_email = valueLabel(content);
    m_email->setOpenExternalLinks(true);
    m_email->setTextFormat(Qt::RichText);
    m_phone = valueLabel(content);
    m_gender = valueLabel(content);
    m_notes = valueLabel(content);
    m_notes->setTextFormat(Qt::PlainText);
    auto *contact = new QFormLayout;
    contact->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    contact->addRow(tr("E-mail:"), m_email);
    contact->addRow(tr("Phone:"), m_phone);
    contact->addRow(tr("Gender:"), m_gender);
    contact->addRow(tr("Notes:"), m_notes);

    m_appointments = new AppointmentsPanel(m_persons, content);
    connect(m_appointments, &AppointmentsPanel::editRequested, this, &PersonDetailWidget::editAppointmentRequested);
    connect(m_appointments, &AppointmentsPanel::removeRequested, this, &PersonDetailWidget::removeAppointmentRequested);
    m_history = new PersonHistoryView(content);
    m_tabs = new QTabWidget(content);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_appointments, tr("Appointments"));
    m_tabs->addTab(m_history, tr("History"));

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_name);
    titles->addWidget(m_summary);
    header->addLayout(titles, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_newAppointment);
    buttons->addStretch();
    header->addLayout(buttons);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addLayout(header);
    layout->addSpacing(4);
    layout->addLayout(contact);
    layout->addSpacing(8);
    layout->addWidget(m_tabs, 1);
    return content;
}

void PersonDetailWidget::setPerson(qint64 personId)
{
    if (personId == m_personId)
        return;
    m_personId = personId;
    m_tabs->setCurrentIndex(0);
    refresh();
}

void PersonDetailWidget::addTab(QWidget *tab, const QString &title)
{
    m_tabs->addTab(tab, title);
}

void PersonDetailWidget::setTabTitle(QWidget *tab, const QString &title)
{
    m_tabs->setTabText(m_tabs->indexOf(tab), title);
}

void PersonDetailWidget::showTab(QWidget *tab)
{
    m_tabs->setCurrentWidget(tab);
}

void PersonDetailWidget::refresh()
{
    if (m_personId == 0) {
        m_stack->setCurrentWidget(m_placeholder);
        Q_EMIT personShown(0);
        return;
    }
    Person person;
    std::vector<Appointment> appointments;
    std::vector<AuditEntry> history;
    std::vector<OrganisationRef> organisations;
    try {
        person = m_persons.person(m_personId);
        appointments = m_persons.appointments(m_personId);
        history = m_persons.history(m_personId);
        organisations = m_persons.organisations();
    } catch (const Error &) {
        // Removed meanwhile (or undone): the pane goes back to its hint rather than show stale data.
        m_personId = 0;
        m_stack->setCurrentWidget(m_placeholder);
        Q_EMIT personShown(0);
        return;
    }
    QHash<qint64, QString> organisationNames;
    for (const OrganisationRef &org : organisations)
        organisationNames.insert(org.id, org.name);

    m_name->setText(person.displayName());
    m_summary->setText(summaryText(appointments));
    m_email->setText(person.email.isEmpty()
            ? QStringLiteral("–")
            : QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(person.email.toHtmlEscaped()));
    m_phone->setText(orDash(person.phone));
    m_gender->setText(genderName(person.gender));
    m_notes->setText(orDash(person.notes));

    const bool mayEdit = m_persons.mayEditPerson(m_personId);
    bool anyRole = false;
    for (HolderRole role : allHolderRoles())
        anyRole = anyRole || m_persons.mayEditRole(role);
    m_edit->setEnabled(mayEdit);
    // Like core: the role decides who appoints, so the secretariat can make a raadslid wethouder.
    m_newAppointment->setEnabled(anyRole);
    const QString why = mayEdit ? QString() : tr("This office holder is kept by another office.");
    m_edit->setToolTip(why);

    m_appointments->setAppointments(appointments, organisationNames, organisations.size() > 1);
    m_history->setEntries(history, organisationNames);
    m_tabs->setTabText(0, appointments.empty() ? tr("Appointments") : tr("Appointments (%1)").arg(appointments.size()));
    m_stack->setCurrentIndex(1);
    Q_EMIT personShown(m_personId);
}

} // namespace integriteit
