#include "settlementpage.h"

#include "common/error.h"
#include "common/errorbox.h"
#include "persons/personservice.h"
#include "registers/registerservices.h"
#include "registers/common/recordcommand.h"
#include "settlementdecisiondialog.h"
#include "settlementmodel.h"
#include "settlementparametersdialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace integriteit {

namespace {
const QString kHeaderKey = QStringLiteral("settlement/header");

QString percent(int basisPoints)
{
    return QLocale(QLocale::Dutch, QLocale::Netherlands).toString(basisPoints / 100.0, 'f', basisPoints % 100 ? 2 : 0)
        + QStringLiteral(" %");
}
} // namespace

SettlementPage::SettlementPage(RegisterServices &registers, PersonService &persons, QUndoStack &undoStack,
                               QWidget *parent)
    : QWidget(parent)
    , m_settlement(registers.settlement())
    , m_persons(persons)
    , m_undoStack(undoStack)
    , m_model(new SettlementModel(registers, persons, this))
    , m_year(new QSpinBox(this))
    , m_parameters(new QLabel(this))
    , m_parametersButton(new QPushButton(tr("&Parameters…"), this))
    , m_decisionButton(new QPushButton(tr("&Record decision…"), this))
    , m_removeButton(new QPushButton(tr("Re&move decision…"), this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(m_table->viewport()))
{
    setObjectName(QStringLiteral("settlementPage"));
    m_year->setObjectName(QStringLiteral("year"));
    // The college decides on last year's income; the current year can be looked at ahead.
    const int thisYear = QDate::currentDate().year();
    m_year->setRange(2000, thisYear);
    m_year->setValue(thisYear - 1);
    m_year->setAccessibleName(tr("Year"));
    m_parameters->setObjectName(QStringLiteral("settlementParameters"));
    m_parameters->setWordWrap(true);
    m_parametersButton->setObjectName(QStringLiteral("parametersButton"));
    m_decisionButton->setObjectName(QStringLiteral("decisionButton"));
    m_removeButton->setObjectName(QStringLiteral("removeDecisionButton"));

    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *bar = new QHBoxLayout;
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addSpacing(12);
    bar->addWidget(m_parameters, 1);
    bar->addWidget(m_parametersButton);
    bar->addWidget(m_decisionButton);
    bar->addWidget(m_removeButton);

    m_table->setObjectName(QStringLiteral("settlementTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const int pad = fontMetrics().averageCharWidth() + 16;
    header->resizeSection(int(SettlementColumn::Person), fontMetrics().averageCharWidth() * 26 + pad);
    for (int c = int(SettlementColumn::Salary); c <= int(SettlementColumn::Deduction); ++c)
        header->resizeSection(c, std::max(fontMetrics().horizontalAdvance(QStringLiteral("€ 999.999,99")),
                                          fontMetrics().horizontalAdvance(settlementColumnTitle(SettlementColumn(c))))
                                     + pad);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setText(tr("No full-time alderman or mayor outside the transitional arrangement in this year."));

    auto *note = new QLabel(tr("Income of positions held ex officio is paid to the municipality in full; personal "
                               "income above the free part is settled against the salary at the rate."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);

    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) {
        m_model->setYear(year);
        updateParameters();
    });
    connect(m_parametersButton, &QPushButton::clicked, this, &SettlementPage::editParameters);
    connect(m_decisionButton, &QPushButton::clicked, this, &SettlementPage::recordDecision);
    connect(m_removeButton, &QPushButton::clicked, this, &SettlementPage::removeDecision);
    connect(m_table, &QTableView::activated, this, &SettlementPage::recordDecision);
    // Delete on the list, as on the register pages; it asks first.
    auto *removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, [this] {
        if (m_removeButton->isEnabled())
            removeDecision();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SettlementPage::updateActions);
    connect(m_model, &SettlementModel::modelReset, this, [this] {
        m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
        m_emptyLabel->setVisible(m_model->rowCount() == 0);
        updateActions();
    });
    connect(m_model, &SettlementModel::errorOccurred, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Settlement"), message); });
    connect(&m_settlement, &SettlementService::parametersChanged, this, &SettlementPage::updateParameters);

    m_model->setYear(m_year->value());
    // Changes made elsewhere are read when this page is shown again, not while it is hidden.
    m_model->reloadOnlyWhenShown(this);
    updateParameters();
}

int SettlementPage::year() const
{
    return m_year->value();
}

void SettlementPage::setYear(int year)
{
    m_year->setValue(year);
}

void SettlementPage::showPerson(qint64 personId, int year)
{
    setYear(year);
    if (const auto row = m_model->rowOf(personId)) {
        m_table->selectRow(*row);
        m_table->setFocus();
    }
}

qint64 SettlementPage::selectedPersonId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(SettlementModel::PersonIdRole).toLongLong();
}

void SettlementPage::updateParameters()
{
    try {
        const std::vector<OrganisationRef> organisations = m_persons.organisations();
        const qint64 org = organisations.empty() ? 1 : organisations.front().id;
        const SettlementParameters p = m_settlement.parameters(org, year());
        const QString none = tr("not set");
        m_parameters->setText(tr("Salary of an alderman %1, of the mayor %2; free part %3, rate %4.")
                                  .arg(p.aldermanSalary ? p.aldermanSalary->toDutch() : none,
                                       p.mayorSalary ? p.mayorSalary->toDutch() : none,
                                       percent(p.freePartBasisPoints), percent(p.rateBasisPoints)));
    } catch (const Error &error) {
        m_parameters->setText(error.userMessage());
    }
    m_parametersButton->setToolTip(m_settlement.mayEditParameters()
                                       ? tr("Set the salaries, free part and rate of %1").arg(year())
                                       : tr("Only the administrator and the secretariat may change the parameters."));
}

void SettlementPage::updateActions()
{
    const SettlementRow *row = nullptr;
    if (const QModelIndexList rows = m_table->selectionModel()->selectedRows(); !rows.isEmpty())
        row = m_model->rowAt(rows.first().row());
    bool mayEdit = false;
    try {
        mayEdit = row && m_settlement.mayEdit(row->personId, year());
    } catch (const Error &) { }
    m_decisionButton->setEnabled(mayEdit);
    m_decisionButton->setText(row && row->decision ? tr("&Change decision…") : tr("&Record decision…"));
    m_decisionButton->setToolTip(!row ? tr("Select an office holder first.")
                                      : mayEdit ? QString() : tr("The secretariat records the college's decisions."));
    const bool decided = row && row->decision;
    m_removeButton->setEnabled(mayEdit && decided);
    m_removeButton->setToolTip(!row       ? tr("Select an office holder first.")
                               : !decided ? tr("No decision has been recorded for %1.").arg(year())
                               : mayEdit  ? tr("Remove a decision entered by mistake (Undo brings it back)")
                                          : tr("The secretariat records the college's decisions."));
}

void SettlementPage::editParameters()
{
    SettlementParametersDialog dialog(m_settlement, m_persons, year(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.changed())
        return;
    const SettlementParameters before = dialog.before();
    const SettlementParameters after = dialog.after();
    SettlementService *service = &m_settlement;
    m_undoStack.push(new RecordCommand(tr("Change settlement parameters %1").arg(after.year),
                                        [service, before] { service->setParameters(before); },
                                        [service, after] { service->setParameters(after); }, this));
    Q_EMIT statusMessage(tr("The settlement parameters of %1 have been saved.").arg(after.year));
}

void SettlementPage::recordDecision()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const SettlementRow *row = rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
    if (!row || !m_decisionButton->isEnabled())
        return;
    const qint64 personId = row->personId;
    const QString name = row->name;
    const std::optional<SettlementDecision> before = row->decision;
    SettlementDecision draft;
    if (before) {
        draft = *before;
    } else {
        draft.personId = personId;
        draft.year = year();
        draft.decisionDate = QDate::currentDate();
    }
    SettlementDecisionDialog dialog(m_settlement, draft, name, row->computed, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SettlementDecision after = dialog.decision();
    SettlementService *service = &m_settlement;
    if (!before) {
        m_undoStack.push(new RecordCommand(tr("Record settlement %1 of %2").arg(after.year).arg(name),
                                            [service, after] { service->removeDecision(after.id); },
                                            [service, after] { service->restoreDecision(after); }, this));
        Q_EMIT statusMessage(tr("The settlement decision on %1 has been recorded.").arg(name));
    } else if (after.columns() != before->columns()) {
        const SettlementDecision old = *before;
        m_undoStack.push(new RecordCommand(tr("Change settlement %1 of %2").arg(after.year).arg(name),
                                            [service, old] { service->updateDecision(old); },
                                            [service, after] { service->updateDecision(after); }, this));
        Q_EMIT statusMessage(tr("The settlement decision on %1 has been changed.").arg(name));
    }
    showPerson(personId, after.year);
}

void SettlementPage::removeDecision()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const SettlementRow *row = rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
    if (!row || !row->decision || !m_removeButton->isEnabled())
        return;
    const SettlementDecision before = *row->decision;
    const QString name = row->name;
    QMessageBox box(QMessageBox::Question, tr("Remove decision"),
                    tr("Remove the settlement decision on %1 of %2?").arg(before.year).arg(name), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("confirmRemoveDecision"));
    box.setInformativeText(tr("Only for a decision entered by mistake. The removal is recorded in the history; "
                              "Undo brings the decision back."));
    box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep || box.clickedButton() == nullptr)
        return;
    try {
        m_settlement.removeDecision(before.id);
    } catch (const Error &error) {
        showErrorBox(this, tr("Remove decision"), error);
        return;
    }
    SettlementService *service = &m_settlement;
    m_undoStack.push(new RecordCommand(tr("Remove settlement %1 of %2").arg(before.year).arg(name),
                                        [service, before] { service->restoreDecision(before); },
                                        [service, before] { service->removeDecision(before.id); }, this));
    Q_EMIT statusMessage(tr("The settlement decision on %1 has been removed.").arg(name));
    showPerson(before.personId, before.year);
}

void SettlementPage::saveState(QSettings &settings) const
{
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void SettlementPage::restoreState(const QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
}

} // namespace integriteit
