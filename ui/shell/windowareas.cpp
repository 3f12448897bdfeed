#include "windowareas.h"

#include "appcore.h"
#include "cards/cardspage.h"
#include "claims/claimoverviewpage.h"
#include "claims/claimspage.h"
#include "common/error.h"
#include "common/errorbox.h"
#include "common/icons.h"
#include "persons/persondetailwidget.h"
#include "persons/personspage.h"
#include "registers/attention/attentionpage.h"
#include "registers/attention/recordopener.h"
#include "registers/common/registericons.h"
#include "registers/common/registerkind.h"
#include "registers/common/registerpage.h"
#include "registers/gifts/giftregister.h"
#include "registers/interests/financialinterestregister.h"
#include "registers/inventory/inventorypage.h"
#include "registers/invitations/invitationregister.h"
#include "registers/person/personregisterswidget.h"
#include "registers/settlement/settlementpage.h"
#include "registers/sidepositions/sidepositionregister.h"
#include "registers/trips/tripregister.h"
#include "users/userspage.h"

#include <QCoreApplication>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>

namespace integriteit {

namespace {
// The texts were the main window's before the areas had a class of their own: the same context
// keeps their translations.
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::MainWindow) };

const QString kPersonsGroup = QStringLiteral("personsPage");
const QString kRegistersGroup = QStringLiteral("registerPages");
const QString kClaimsGroup = QStringLiteral("claimsPage");
} // namespace

WindowAreas::WindowAreas(AppCore &core, QUndoStack &undoStack, QWidget *window)
    : QObject(window)
    , m_core(core)
    , m_undoStack(undoStack)
    , m_window(window)
{
    m_navigation = new QListWidget(window);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setAccessibleName(Tr::tr("Areas"));
    // A quiet sidebar in the window's own colour, so the list of office holders is what stands out.
    m_navigation->setAutoFillBackground(true);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    m_pages = new QStackedWidget(window);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_recordOpener = new RecordOpener(m_core, window);

    // The start page: what needs doing comes first, before any list.
    m_attentionPage = new AttentionPage(m_core.registers(), m_core.persons(), m_pages);
    addArea(Icons::themed("dialog-warning", QStyle::SP_MessageBoxWarning, window), Tr::tr("Points for attention"),
            m_attentionPage);

    m_personsPage = new PersonsPage(m_core.persons(), m_undoStack, m_pages);
    addArea(Icons::officeHolders(), Tr::tr("Office holders"), m_personsPage);
    connect(m_personsPage, &PersonsPage::countChanged, this,
            [this](int shown, int total) { setCount(m_personsPage, shown, total); });
    connect(m_personsPage, &PersonsPage::statusMessage, this, &WindowAreas::statusMessage);

    createRegisterPages();
    // Declaraties: the offices that keep them, the burgemeester and the accountant (claimrights.h).
    const Session &session = m_core.session();
    if (session.has(UserRole::Griffie) || session.has(UserRole::Secretariat) || session.has(UserRole::Integrity)
        || session.has(UserRole::Auditor)) {
        m_claimsPage = new ClaimsPage(m_core, m_undoStack, m_pages);
        addArea(Icons::themed("document-edit-sign", QStyle::SP_FileDialogDetailedView, window),
                Tr::tr("Expense claims"), m_claimsPage);
        connect(m_claimsPage, &ClaimsPage::statusMessage, this, &WindowAreas::statusMessage);
        connect(m_claimsPage, &ClaimsPage::countChanged, this,
                [this](int shown, int total) { setCount(m_claimsPage, shown, total); });
        // Creditcards: for the same users as the claims.
        m_cardsPage = new CardsPage(m_core, m_undoStack, m_pages);
        addArea(Icons::themed("wallet-open", QStyle::SP_DirIcon, window), Tr::tr("Credit cards"), m_cardsPage);
        connect(m_cardsPage, &CardsPage::statusMessage, this, &WindowAreas::statusMessage);
    }
    // The public overview of the college's claims is for every user.
    m_claimOverviewPage = new ClaimOverviewPage(m_core, m_pages);
    addArea(Icons::themed("x-office-spreadsheet", QStyle::SP_FileDialogListView, window), Tr::tr("Claim overviews"),
            m_claimOverviewPage);

    if (session.has(UserRole::Administrator)) {
        m_usersPage = new UsersPage(m_core.users(), m_pages);
        addArea(Icons::users(), Tr::tr("Users"), m_usersPage);
        connect(m_usersPage, &UsersPage::statusMessage, this, &WindowAreas::statusMessage);
    }
    createRouting();

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    m_navigation->setFixedWidth(qMax(170, m_navigation->sizeHintForColumn(0) + 24));
}

void WindowAreas::createRegisterPages()
{
    // The registers, in the order of the code of conduct.
    addRegisterPage(new SidePositionRegister(m_core, m_undoStack), RegisterIcons::sidePositions());
    addRegisterPage(new FinancialInterestRegister(m_core, m_undoStack), RegisterIcons::financialInterests());
    addRegisterPage(new GiftRegister(m_core, m_undoStack), RegisterIcons::gifts());
    addRegisterPage(new InvitationRegister(m_core, m_undoStack),
                    Icons::themed("mail-message-new", QStyle::SP_FileDialogInfoView, m_window));
    addRegisterPage(new TripRegister(m_core, m_undoStack),
                    Icons::themed("applications-internet", QStyle::SP_DriveNetIcon, m_window));
    // The yearly work on the registers: settlement of side income, inventory of side positions.
    m_settlementPage = new SettlementPage(m_core.registers(), m_core.persons(), m_undoStack, m_pages);
    addArea(Icons::themed("accessories-calculator", QStyle::SP_FileDialogListView, m_window), Tr::tr("Settlement"),
            m_settlementPage);
    m_inventoryPage = new InventoryPage(m_core.registers().inventory(), m_core.settings(), m_undoStack, m_pages);
    addArea(Icons::themed("document-print", QStyle::SP_FileDialogDetailedView, m_window), Tr::tr("Inventory"),
            m_inventoryPage);
    connect(m_settlementPage, &SettlementPage::statusMessage, this, &WindowAreas::statusMessage);
    connect(m_inventoryPage, &InventoryPage::statusMessage, this, &WindowAreas::statusMessage);
}

void WindowAreas::createRouting()
{
    // The office holder's records in every register, as a tab of his details.
    PersonDetailWidget *detail = m_personsPage->detail();
    m_personRegisters = new PersonRegistersWidget(m_core.registers(), detail);
    detail->addTab(m_personRegisters, Tr::tr("Registers"));
    connect(detail, &PersonDetailWidget::personShown, m_personRegisters, &PersonRegistersWidget::setPerson);
    connect(m_personRegisters, &PersonRegistersWidget::recordCountChanged, this, [this, detail](int count) {
        detail->setTabTitle(m_personRegisters,
                            count == 0 ? Tr::tr("Registers") : Tr::tr("Registers (%1)").arg(count));
    });

    connect(m_attentionPage, &AttentionPage::openRecordRequested, this, &WindowAreas::openRegisterRecord);
    connect(m_personRegisters, &PersonRegistersWidget::openRecordRequested, this, &WindowAreas::openRegisterRecord);
    connect(m_attentionPage, &AttentionPage::openYearlyRequested, m_recordOpener, &RecordOpener::openYearly);
    connect(m_recordOpener, &RecordOpener::showPersonRequested, this, &WindowAreas::showPerson);
    connect(m_recordOpener, &RecordOpener::showSettlementRequested, this, [this](qint64 personId, int year) {
        showArea(m_settlementPage);
        m_settlementPage->showPerson(personId, year);
    });
    connect(m_recordOpener, &RecordOpener::showInventoryRequested, this, [this](qint64 personId, int year) {
        showArea(m_inventoryPage);
        m_inventoryPage->showPerson(personId, year);
    });
}

void WindowAreas::addArea(const QIcon &icon, const QString &name, QWidget *page)
{
    auto *item = new QListWidgetItem(icon, name, m_navigation);
    item->setSizeHint(QSize(0, 36));
    m_pages->addWidget(page);
}

RegisterPage *WindowAreas::addRegisterPage(RegisterKind *kind, const QIcon &icon)
{
    auto *page = new RegisterPage(kind, m_pages);
    addArea(icon, kind->title(), page);
    m_registerPages << page;
    connect(page, &RegisterPage::countChanged, this, [this, page](int shown, int total) { setCount(page, shown, total); });
    connect(page, &RegisterPage::statusMessage, this, &WindowAreas::statusMessage);
    return page;
}

void WindowAreas::setCount(QWidget *page, int shown, int total)
{
    // The pages count from their constructors on, before anyone listens: keep the latest.
    m_counts[page] = {shown, total};
    Q_EMIT countChanged(page, shown, total);
}

RegisterPage *WindowAreas::registerPage(const QString &entity) const
{
    // Income is kept in the side positions' detail pane.
    const QString holder = entity == QLatin1String("side_income") ? QStringLiteral("side_position") : entity;
    for (RegisterPage *page : m_registerPages)
        if (page->kind().entity() == holder)
            return page;
    return nullptr;
}

void WindowAreas::openRecord(const QString &entity, qint64 id)
{
    if (entity == QLatin1String("person")) {
        showArea(m_personsPage);
        m_personsPage->selectPerson(id);
        return;
    }
    qint64 recordId = id;
    if (entity == QLatin1String("side_income")) {
        try {
            recordId = m_core.registers().sideIncome().income(id).positionId;
        } catch (const Error &error) {
            showErrorBox(m_window, Tr::tr("Open record"), error);
            return;
        }
    }
    RegisterPage *page = registerPage(entity);
    if (!page) {
        Q_EMIT statusMessage(Tr::tr("This record cannot be shown here."));
        return;
    }
    showArea(page);
    if (!page->showRecord(recordId))
        Q_EMIT statusMessage(Tr::tr("The record no longer exists."));
}

void WindowAreas::openRegisterRecord(const QString &entity, qint64 id)
{
    // A register with a page of its own shows the record there; the rest (yearly registers,
    // appointments, registers without a page yet) RecordOpener routes.
    if (entity == QLatin1String("person") || registerPage(entity))
        openRecord(entity, id);
    else
        m_recordOpener->openRecord(entity, id);
}

void WindowAreas::showPerson(qint64 personId, bool registersTab)
{
    showArea(m_personsPage);
    m_personsPage->selectPerson(personId);
    if (registersTab)
        m_personsPage->detail()->showTab(m_personRegisters);
}

void WindowAreas::showArea(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

bool WindowAreas::showAreaNamed(const QString &objectName)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == objectName) {
            m_navigation->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void WindowAreas::restoreState(QSettings &settings)
{
    settings.beginGroup(kPersonsGroup);
    m_personsPage->restoreState(settings);
    settings.endGroup();
    for (RegisterPage *page : std::as_const(m_registerPages))
        page->restoreState(settings);
    settings.beginGroup(kRegistersGroup);
    m_settlementPage->restoreState(settings);
    m_inventoryPage->restoreState(settings);
    settings.endGroup();
    if (m_claimsPage) {
        settings.beginGroup(kClaimsGroup);
        m_claimsPage->restoreState(settings);
        settings.endGroup();
    }
}

void WindowAreas::saveState(QSettings &settings) const
{
    settings.beginGroup(kPersonsGroup);
    m_personsPage->saveState(settings);
    settings.endGroup();
    for (RegisterPage *page : m_registerPages)
        page->saveState(settings);
    settings.beginGroup(kRegistersGroup);
    m_settlementPage->saveState(settings);
    m_inventoryPage->saveState(settings);
    settings.endGroup();
    if (m_claimsPage) {
        settings.beginGroup(kClaimsGroup);
        m_claimsPage->saveState(settings);
        settings.endGroup();
    }
}

} // namespace integriteit
