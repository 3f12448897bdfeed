#include "aboutbox.h"

#include "appcore.h"
#include "common/error.h"
#include "common/icons.h"
#include "common/roletext.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>

namespace integriteit {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(integriteit::AboutBox)
};

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

void showAboutBox(QWidget *parent, AppCore &core)
{
    QString schema;
    try {
        schema = QString::number(core.database().schemaVersion());
    } catch (const Error &error) {
        schema = error.userMessage();
    }
    const User &user = core.session().user();
    const QString text = QStringLiteral("<h3>Integriteit %1</h3><p>%2</p><table>")
                             .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                                 Tr::tr("Integrity registers of political office holders, for the clerk's office and "
                                        "the secretariat of a municipality.")
                                     .toHtmlEscaped())
        + row(Tr::tr("Database:"), QDir::toNativeSeparators(core.database().path()))
        + row(Tr::tr("Schema version:"), schema)
        + row(Tr::tr("Logged in as:"), Tr::tr("%1 (%2)").arg(user.fullName, user.userName))
        + row(Tr::tr("Roles:"), userRolesText(user.roles)) + QStringLiteral("</table>");
    QMessageBox box(parent);
    box.setWindowTitle(Tr::tr("About Integriteit"));
    box.setIconPixmap(Icons::application().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(text);
    box.exec();
}

} // namespace integriteit
