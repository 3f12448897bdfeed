#include "startdialog.h"

#include "common/icons.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace integriteit {

StartDialog::StartDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("startDialog"));
    setWindowTitle(tr("Integriteit"));
    setWindowIcon(Icons::application());

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::application().pixmap(48, 48));
    logo->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(tr("No database is open. What would you like to do?"), this);
    text->setWordWrap(true);
    QFont font = text->font();
    font.setBold(true);
    text->setFont(font);

    auto *open = new QCommandLinkButton(
        tr("Open another database…"), tr("Choose an existing Integriteit database file."), this);
    open->setObjectName(QStringLiteral("openDatabase"));
    auto *create
        = new QCommandLinkButton(tr("New database…"), tr("Start a new administration for a municipality."), this);
    create->setObjectName(QStringLiteral("newDatabase"));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quit"));

    connect(open, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Open;
        accept();
    });
    connect(create, &QPushButton::clicked, this, [this] {
        m_choice = Choice::New;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        m_choice = Choice::Quit;
        reject();
    });

    auto *choices = new QVBoxLayout;
    choices->addWidget(text);
    choices->addSpacing(6);
    choices->addWidget(open);
    choices->addWidget(create);
    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(logo);
    top->addLayout(choices, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);
    open->setFocus();
}

} // namespace integriteit
