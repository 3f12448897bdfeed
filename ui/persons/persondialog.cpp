#include "persondialog.h"

#include "common/error.h"
#include "common/inlinemessage.h"
#include "growtocontents.h"
#include "persons/personservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace integriteit {

namespace {
QLineEdit *lineEdit(const char *name, int maxLength, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setMaxLength(maxLength);
    return edit;
}
} // namespace

PersonDialog::PersonDialog(PersonService &persons, const Person &person, QWidget *parent)
    : QDialog(parent)
    , m_persons(persons)
    , m_person(person)
    , m_error(new InlineMessage(this))
    , m_initials(lineEdit("initials", 20, this))
    , m_firstName(lineEdit("firstName", 50, this))
    , m_namePrefix(lineEdit("namePrefix", 20, this))
    , m_lastName(lineEdit("lastName", 100, this))
    , m_gender(new QComboBox(this))
    , m_email(lineEdit("email", 200, this))
    , m_phone(lineEdit("phone", 20, this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(person.id == 0 ? tr("New office holder") : tr("Edit office holder"));

    m_initials->setPlaceholderText(tr("for example J.P."));
    m_firstName->setPlaceholderText(tr("the name used, for example Jan"));
    m_namePrefix->setPlaceholderText(tr("for example van der"));
    m_email->setPlaceholderText(tr("name@example.nl"));
    m_gender->setObjectName(QStringLiteral("gender"));
    m_gender->addItem(tr("Unknown"), int(Gender::Unspecified));
    m_gender->addItem(tr("Male"), int(Gender::Male));
    m_gender->addItem(tr("Female"), int(Gender::Female));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Only what the clerk's office or secretariat needs to know"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Initials:"), m_initials);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("Prefi&x:"), m_namePrefix);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Gender:"), m_gender);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(person.id == 0 ? tr("Add") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);

    m_initials->setText(person.initials);
    m_firstName->setText(person.firstName);
    m_namePrefix->setText(person.namePrefix);
    m_lastName->setText(person.lastName);
    m_gender->setCurrentIndex(m_gender->findData(int(person.gender)));
    m_email->setText(person.email);
    m_phone->setText(person.phone);
    m_notes->setPlainText(person.notes);

    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    m_initials->setFocus();
}

Person PersonDialog::personFromForm() const
{
    Person p = m_person;
    p.initials = m_initials->text();
    p.firstName = m_firstName->text();
    p.namePrefix = m_namePrefix->text();
    p.lastName = m_lastName->text();
    p.gender = Gender(m_gender->currentData().toInt());
    p.email = m_email->text();
    p.phone = m_phone->text();
    p.notes = m_notes->toPlainText();
    return p;
}

void PersonDialog::accept()
{
    Person p = personFromForm();
    if (p.id != 0 && p.toJson() == m_person.toJson()) {
        QDialog::accept(); // nothing changed: no write, no audit row, no undo step
        return;
    }
    try {
        if (p.id == 0)
            p.id = m_persons.createPerson(p);
        else
            m_persons.updatePerson(p);
    } catch (const Error &error) {
        m_error->showError(error, this);
        growToContents(this);
        return;
    }
    // The service trims; keep what was stored so undo restores exactly that.
    try {
        m_person = m_persons.person(p.id);
    } catch (const Error &) {
        m_person = p;
    }
    QDialog::accept();
}

} // namespace integriteit
