#pragma once
// The member templates of RegisterKind (included at the end of registerkind.h): the create, edit
// and remove steps every register takes, with one undo step each.

#include "common/error.h"
#include "common/errorbox.h"
#include "registers/common/enddatedialog.h"

#include <QDialog>
#include <functional>
#include <type_traits>

namespace integriteit {

template <class Dialog, class Service, class Saved, class Texts>
std::optional<qint64> RegisterKind::createThrough(Service &service, Dialog &dialog, Saved saved, Texts texts,
                                                  QWidget *parent)
{
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const auto added = std::decay_t<std::invoke_result_t<Saved, Dialog &>>(std::invoke(saved, dialog));
    const qint64 id = added.id;
    const ActionTexts text = texts(added);
    pushCommand(text.undo, [&service, id] { service.remove(id); }, [&service, added] { service.restore(added); },
                parent);
    Q_EMIT statusMessage(text.status);
    return id;
}

template <class Dialog, class Service, class Load, class Saved, class Texts>
bool RegisterKind::editThrough(Service &service, qint64 id, Load load, Saved saved, const QString &errorTitle,
                               Texts texts, QWidget *parent)
{
    std::decay_t<std::invoke_result_t<Load, Service &, qint64>> before;
    try {
        before = std::invoke(load, service, id);
    } catch (const Error &error) {
        showErrorBox(parent, errorTitle, error);
        return false;
    }
    Dialog dialog(core(), before, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const auto after = std::decay_t<std::invoke_result_t<Saved, Dialog &>>(std::invoke(saved, dialog));
    if (after.columns() == before.columns())
        return false; // nothing changed: the dialog wrote nothing, so there is nothing to undo
    const ActionTexts text = texts(after);
    pushCommand(text.undo, [&service, before] { service.update(before); },
                [&service, after] { service.update(after); }, parent);
    Q_EMIT statusMessage(text.status);
    return true;
}

template <class Service, class Load, class Texts>
bool RegisterKind::endThrough(Service &service, qint64 id, Load load, const QString &title,
                              const std::function<QString(const std::invoke_result_t<Load, Service &, qint64> &)> &question,
                              Texts texts, QWidget *parent)
{
    std::decay_t<std::invoke_result_t<Load, Service &, qint64>> before;
    try {
        before = std::invoke(load, service, id);
    } catch (const Error &error) {
        showErrorBox(parent, title, error);
        return false;
    }
    EndDateDialog dialog(title, question(before), [&service, id](const QDate &end) { service.end(id, end); }, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto after = before;
    after.end = dialog.date();
    try {
        after = std::invoke(load, service, id); // as stored, so redo writes exactly that
    } catch (const Error &) {
    }
    const ActionTexts text = texts(after);
    pushCommand(text.undo, [&service, before] { service.update(before); },
                [&service, after] { service.update(after); }, parent);
    Q_EMIT statusMessage(text.status);
    return true;
}

template <class Service, class Load, class Texts>
bool RegisterKind::removeThrough(Service &service, qint64 id, Load load, const QString &errorTitle, Texts texts,
                                 QWidget *parent)
{
    try {
        const auto removed = std::invoke(load, service, id);
        service.remove(id);
        const ActionTexts text = texts(removed);
        pushCommand(text.undo, [&service, removed] { service.restore(removed); },
                    [&service, id] { service.remove(id); }, parent);
        Q_EMIT statusMessage(text.status);
        return true;
    } catch (const Error &error) {
        showErrorBox(parent, errorTitle, error);
        return false;
    }
}

} // namespace integriteit
