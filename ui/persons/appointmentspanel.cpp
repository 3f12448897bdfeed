#include "appointmentspanel.h"

#include "common/dutchformat.h"
#include "persons/personservice.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace integriteit {

namespace {
bool isCurrent(const Appointment &a)
{
    return !a.end.isValid() || a.end >= QDate::currentDate();
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}
} // namespace

QString appointmentFunctions(const Appointment &a)
{
    QStringList parts;
    if (a.role == HolderRole::Alderman)
        parts << (a.fractionPct >= 100 ? AppointmentsPanel::tr("full-time")
                                       : AppointmentsPanel::tr("part-time %1%").arg(a.fractionPct));
    if (a.deputyChair)
        parts << AppointmentsPanel::tr("deputy chair");
    if (a.groupLeader)
        parts << AppointmentsPanel::tr("group leader");
    return parts.join(QStringLiteral(", "));
}

QColor AppointmentsPanel::openItemBackground()
{
    return QColor(0xff, 0xf0, 0xc2);
}
QColor AppointmentsPanel::openItemText()
{
    return QColor(0x7a, 0x4a, 0x00);
}

AppointmentsPanel::AppointmentsPanel(PersonService &persons, QWidget *parent)
    : QWidget(parent)
    , m_persons(persons)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_empty(new QLabel(tr("No appointments yet. Choose New appointment… to record one."), this))
    , m_edit(new QPushButton(tr("Edit appointment…"), this))
    , m_remove(new QPushButton(tr("Remove appointment"), this))
    , m_checklistBox(new QGroupBox(tr("Onboarding checklist"), this))
    , m_checklist(new QFormLayout(m_checklistBox))
{
    m_table->setObjectName(QStringLiteral("appointmentsTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Role"), tr("Body"), tr("Party group"), tr("Since"), tr("Until"), tr("Checklist"), tr("Functions") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // As high as its rows (a person has a handful of appointments), so the checklist sits close by.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_edit->setObjectName(QStringLiteral("editAppointmentButton"));
    m_remove->setObjectName(QStringLiteral("removeAppointmentButton"));
    m_checklist->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AppointmentsPanel::updateSelection);
    connect(m_table, &QTableWidget::itemActivated, this, [this] {
        if (m_edit->isEnabled())
            m_edit->click();
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedAppointmentId())
            Q_EMIT editRequested(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedAppointmentId())
            Q_EMIT removeRequested(id);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(m_checklistBox);
    layout->addStretch(1);
    setAppointments({}, {}, false);
}

void AppointmentsPanel::setAppointments(const std::vector<Appointment> &appointments,
    const QHash<qint64, QString> &organisations, bool multipleOrganisations)
{
    const qint64 keep = selectedAppointmentId();
    m_appointments = appointments;
    m_table->clearContents();
    m_table->setRowCount(int(appointments.size()));
    m_table->setColumnHidden(BodyColumn, !multipleOrganisations);
    int keepRow = appointments.empty() ? -1 : 0;
    for (int row = 0; row < int(appointments.size()); ++row) {
        const Appointment &a = appointments[size_t(row)];
        if (a.id == keep)
            keepRow = row;
        m_table->setItem(row, RoleColumn, cell(holderRoleName(a.role)));
        m_table->setItem(row, BodyColumn, cell(organisations.value(a.organisationId)));
        m_table->setItem(row, FactionColumn, cell(a.faction));
        m_table->setItem(row, StartColumn, cell(dutch::date(a.start)));
        m_table->setItem(row, EndColumn, cell(dutch::date(a.end)));
        m_table->setItem(row, FunctionsColumn, cell(appointmentFunctions(a)));
        const QStringList open = a.openChecklistItems();
        QTableWidgetItem *check = cell(open.isEmpty() ? tr("complete") : tr("%1 open").arg(open.size()));
        if (!open.isEmpty() && isCurrent(a)) {
            check->setBackground(openItemBackground());
            check->setForeground(openItemText());
        }
        check->setToolTip(open.isEmpty() ? tr("Every item of the onboarding checklist has a date.")
                                         : tr("Still open: %1").arg(open.join(QStringLiteral(", "))));
        m_table->setItem(row, ChecklistColumn, check);
    }
    const int rows = std::min<int>(int(appointments.size()), 8);
    // Room for a horizontal scroll bar too: a narrow pane must not hide the last row behind it.
    m_table->setMaximumHeight(m_table->horizontalHeader()->sizeHint().height()
        + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth()
        + m_table->horizontalScrollBar()->sizeHint().height());
    m_table->setVisible(!appointments.empty());
    m_empty->setVisible(appointments.empty());
    if (keepRow >= 0)
        m_table->selectRow(keepRow);
    updateSelection();
}

const Appointment *AppointmentsPanel::selectedAppointment() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const int row = selected.first()->row();
    return row >= 0 && row < int(m_appointments.size()) ? &m_appointments[size_t(row)] : nullptr;
}

qint64 AppointmentsPanel::selectedAppointmentId() const
{
    const Appointment *a = selectedAppointment();
    return a ? a->id : 0;
}

void AppointmentsPanel::updateSelection()
{
    const Appointment *a = selectedAppointment();
    const bool mayEdit = a && m_persons.mayEditRole(a->role);
    m_edit->setEnabled(mayEdit);
    m_remove->setEnabled(mayEdit);
    const QString why = a && !mayEdit ? tr("Appointments as %1 are kept by the %2.")
                                            .arg(holderRoleName(a->role).toLower(), officeName(a->office()).toLower())
                                      : QString();
    m_edit->setToolTip(why);
    m_remove->setToolTip(why);
    m_edit->setVisible(!m_appointments.empty());
    m_remove->setVisible(!m_appointments.empty());
    showChecklist(a);
}

void AppointmentsPanel::showChecklist(const Appointment *a)
{
    while (m_checklist->rowCount() > 0)
        m_checklist->removeRow(0);
    m_checklistBox->setVisible(a != nullptr);
    if (!a)
        return;
    m_checklistBox->setTitle(
        tr("Onboarding checklist: %1 since %2").arg(holderRoleName(a->role).toLower(), dutch::date(a->start)));
    const bool current = isCurrent(*a);
    const auto addDate = [&](const QString &label, const QDate &date, const QString &extra = {}) {
        auto *value = new QLabel(m_checklistBox);
        if (date.isValid()) {
            value->setText(extra.isEmpty() ? dutch::date(date) : tr("%1, %2").arg(dutch::date(date), extra));
        } else if (current) {
            value->setText(tr("open"));
            value->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; "
                                                "padding: 1px 6px; border-radius: 2px; }")
                                     .arg(openItemBackground().name(), openItemText().name()));
            value->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
        } else {
            value->setText(tr("not recorded"));
        }
        m_checklist->addRow(label, value);
    };
    addDate(tr("Oath or affirmation:"), a->oathDate);
    addDate(tr("Code of conduct received:"), a->codeReceived);
    addDate(tr("Protocol received:"), a->protocolReceived);
    if (a->role == HolderRole::Alderman)
        addDate(tr("Certificate of conduct / risk analysis:"), a->screeningDate, a->screeningReference);
    if (a->role == HolderRole::Alderman || a->role == HolderRole::Mayor) {
        auto *value = new QLabel(a->transitionalSettlement ? tr("yes") : tr("no"), m_checklistBox);
        value->setToolTip(tr("In the same office at the same body since before 10 March 2010."));
        m_checklist->addRow(tr("Transitional arrangement:"), value);
    }
    if (a->end.isValid() && !a->endReason.isEmpty())
        m_checklist->addRow(tr("Reason for leaving:"), wrapped(a->endReason, m_checklistBox));
}

} // namespace integriteit
