#include "giftdialog.h"

#include "appcore.h"
#include "common/error.h"
#include "common/inlinemessage.h"
#include "persons/datelineedit.h"
#include "persons/growtocontents.h"
#include "registers/common/formfields.h"
#include "registers/common/personpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace integriteit {

GiftDialog::GiftDialog(AppCore &core, const Gift &gift, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_gift(gift)
    , m_error(new InlineMessage(this))
    , m_person(new PersonPicker(core.persons(), this))
    , m_received(formDateEdit("received", this))
    , m_giver(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_threshold(new QLabel(this))
    , m_occasion(new QLineEdit(this))
    , m_atHome(new QCheckBox(tr("Received at the &home address"), this))
    , m_reported(formDateEdit("reported", this))
    , m_destination(new QComboBox(this))
    , m_decidedBy(new QComboBox(this))
    , m_decisionDate(formDateEdit("decisionDate", this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("giftDialog"));
    setWindowTitle(gift.id == 0 ? tr("New gift") : tr("Edit gift"));

    m_giver->setObjectName(QStringLiteral("giver"));
    m_giver->setMaxLength(200);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setMaxLength(500);
    m_description->setPlaceholderText(tr("for example a bottle of wine"));
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setAlignment(Qt::AlignRight);
    m_value->setPlaceholderText(tr("0,00"));
    m_value->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_threshold->setObjectName(QStringLiteral("thresholdNote"));
    m_threshold->setWordWrap(true);
    m_occasion->setObjectName(QStringLiteral("occasion"));
    m_occasion->setMaxLength(200);
    m_atHome->setObjectName(QStringLiteral("receivedAtHome"));
    m_atHome->setToolTip(tr("Gifts must not be received at home (GC 5.1.4); if it happens, the seniorenconvent or "
                            "the college decides (GC 5.1.5)."));
    m_destination->setObjectName(QStringLiteral("destination"));
    m_destination->addItem(tr("Not decided yet"), QString());
    for (GiftDestination destination : allGiftDestinations())
        m_destination->addItem(giftDestinationName(destination), giftDestinationCode(destination));
    m_decidedBy->setObjectName(QStringLiteral("decidedBy"));
    m_decidedBy->addItem(QString(), QString());
    for (DecisionBody body : { DecisionBody::Clerk, DecisionBody::Secretary, DecisionBody::SeniorsCouncil,
                               DecisionBody::College })
        m_decidedBy->addItem(decisionBodyName(body), decisionBodyCode(body));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Office holder:"), m_person);
    form->addRow(tr("&Received on:"), m_received);
    form->addRow(tr("&Giver:"), m_giver);
    form->addRow(tr("G&ift:"), m_description);
    form->addRow(tr("Estimated &value (€):"), m_value);
    form->addRow(QString(), m_threshold);
    form->addRow(tr("O&ccasion:"), m_occasion);
    form->addRow(QString(), m_atHome);
    form->addRow(tr("Re&ported on:"), m_reported);

    auto *decision = new QGroupBox(tr("Destination"), this);
    auto *decisionForm = new QFormLayout(decision);
    decisionForm->addRow(tr("&Destination:"), m_destination);
    decisionForm->addRow(tr("Decided &by:"), m_decidedBy);
    decisionForm->addRow(tr("Date of the decisio&n:"), m_decisionDate);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(gift.id == 0 ? tr("Add") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GiftDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GiftDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(decision);
    auto *notesForm = new QFormLayout;
    notesForm->addRow(tr("No&tes:"), m_notes);
    layout->addLayout(notesForm);
    layout->addWidget(buttons);

    m_person->setPersonId(gift.personId);
    m_person->setReadOnly(gift.id != 0);
    m_received->setDate(gift.received);
    m_giver->setText(gift.giver);
    m_description->setText(gift.description);
    if (gift.id != 0)
        m_value->setText(gift.value.toDutchPlain());
    m_occasion->setText(gift.occasion);
    m_atHome->setChecked(gift.receivedAtHome);
    m_reported->setDate(gift.reported);
    m_destination->setCurrentIndex(
        std::max(0, m_destination->findData(gift.destination ? giftDestinationCode(*gift.destination) : QString())));
    m_decidedBy->setCurrentIndex(
        std::max(0, m_decidedBy->findData(gift.decidedBy ? decisionBodyCode(*gift.decidedBy) : QString())));
    m_decisionDate->setDate(gift.decisionDate);
    m_notes->setPlainText(gift.notes);

    connect(m_value, &QLineEdit::textChanged, this, &GiftDialog::updateThreshold);
    connect(m_received, &QLineEdit::textChanged, this, &GiftDialog::updateThreshold);
    // Choosing a destination usually happens on the day of the decision: offer today.
    connect(m_destination, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_destination->currentData().toString().isEmpty() && m_decisionDate->isEmpty())
            m_decisionDate->setDate(QDate::currentDate());
    });
    updateThreshold();

    setMinimumWidth(fontMetrics().averageCharWidth() * 76);
    (gift.id == 0 ? static_cast<QWidget *>(m_person) : m_giver)->setFocus();
}

void GiftDialog::updateThreshold()
{
    const std::optional<QDate> received = m_received->date();
    const int year = received && received->isValid() ? received->year() : QDate::currentDate().year();
    Money threshold;
    try {
        threshold = m_core.registers().giftThresholds().threshold(year);
    } catch (const Error &) {
        m_threshold->clear();
        return;
    }
    const std::optional<Money> value = Money::parse(m_value->text().trimmed());
    const bool above = value && *value > threshold;
    if (!value || m_value->text().trimmed().isEmpty())
        m_threshold->setText(tr("Threshold %1: %2.").arg(year).arg(threshold.toDutch()));
    else if (above)
        m_threshold->setText(tr("Above the threshold of %1 (%2): the gift must be reported, belongs to the "
                                "municipality and gets a destination.").arg(year).arg(threshold.toDutch()));
    else
        m_threshold->setText(tr("Not above the threshold of %1 (%2).").arg(year).arg(threshold.toDutch()));
    // Kept by the recipient only at or below the threshold (GC 5.1.2).
    if (auto *model = qobject_cast<QStandardItemModel *>(m_destination->model())) {
        const int kept = m_destination->findData(giftDestinationCode(GiftDestination::KeptByPerson));
        if (QStandardItem *item = model->item(kept))
            item->setEnabled(!above);
    }
}

void GiftDialog::accept()
{
    Gift g = m_gift;
    g.personId = m_person->personId();
    g.giver = m_giver->text();
    g.description = m_description->text();
    g.occasion = m_occasion->text();
    g.receivedAtHome = m_atHome->isChecked();
    g.destination = giftDestinationFromCode(m_destination->currentData().toString());
    g.decidedBy = decisionBodyFromCode(m_decidedBy->currentData().toString());
    g.notes = m_notes->toPlainText();
    const auto received = readDate(m_received, tr("Received on"), m_error, this);
    const auto value = received ? readAmount(m_value, tr("Estimated value"), m_error, this) : std::nullopt;
    const auto reported = value ? readDate(m_reported, tr("Reported on"), m_error, this) : std::nullopt;
    const auto decided = reported ? readDate(m_decisionDate, tr("Date of the decision"), m_error, this) : std::nullopt;
    if (!decided) {
        growToContents(this);
        return;
    }
    g.received = *received;
    g.value = *value;
    g.reported = *reported;
    g.decisionDate = *decided;
    if (g.id != 0 && g.columns() == m_gift.columns()) {
        QDialog::accept();
        return;
    }
    auto &service = m_core.registers().gifts();
    try {
        if (g.id == 0)
            g.id = service.create(g);
        else
            service.update(g);
        m_gift = service.gift(g.id);
    } catch (const Error &error) {
        m_error->showError(error, this);
        growToContents(this);
        return;
    }
    m_changed = true;
    QDialog::accept();
}

} // namespace integriteit
