#pragma once
// The framework every register page is built on (nevenfuncties, financiële belangen, geschenken,
// uitnodigingen, dienstreizen, ...). A register supplies one RegisterKind subclass; the framework
// supplies the rest:
//
//   RegisterKind         what a register knows: its columns and rows (count + page over its service,
//                        cells already in Dutch formats), the fields and history of one record, and
//                        its actions (dialogs that call the service and push a RecordCommand).
//   RegisterModel        lazy table model over a kind: pages of 200, fetchMore, sort() re-queries in
//                        SQL, IdRole, countChanged / errorOccurred (like PersonsModel).
//   RegisterFilterBar    fills a RegisterFilter: search (debounced), status, role, fractie, period,
//                        "only needing attention".
//   RegisterPage         buttons New / Edit / End / Remove, filter bar, list, detail pane with the
//                        history; double-click edits, Del removes; showRecord(id); saveState().
//   RecordCommand        one undo step from two functions (see recordcommand.h).
//   PersonPicker, EndDateDialog, formdates.h: pieces for register dialogs.
//
// To add a register: subclass RegisterKind (see sidepositions/sidepositionregister.* for a complete
// example), write its dialog, and in WindowAreas: addRegisterPage(new XxxRegister(core, undoStack)).
// Column numbers are the register's own column enum, so page(column) can map them straight to the
// service's sort enum.

#include "registers/common/registerfilter.h"
#include "storage/auditlog.h"

#include <QJsonValue>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

class QAction;
class QUndoStack;
class QWidget;

namespace integriteit {

class AppCore;

// One list row, formatted for display.
struct RegisterRow
{
    qint64 id = 0;
    QStringList cells;   // one text per column, Dutch formats (dd-MM-yyyy, € 1.234,56)
    QString flag;        // why the record needs attention; empty when it does not
    bool muted = false;  // ended or of a former office holder: shown in a quieter colour
};

// One line of the detail pane.
struct DetailField
{
    QString label;
    QString value;
    bool warning = false; // shown in the warning colour (a missing date the code asks for, ...)
};

class RegisterKind : public QObject
{
    Q_OBJECT
public:
    RegisterKind(AppCore &core, QUndoStack &undoStack, QObject *parent = nullptr);

    // --- identity
    virtual QString entity() const = 0;      // the audit log's entity name ("side_position")
    virtual QString title() const = 0;       // the area's name in the navigation ("Side positions")
    virtual QString settingsKey() const = 0; // QSettings group of the page ("sidePositions")
    virtual QString newActionText() const = 0;    // "New side position…"
    virtual QString emptyText() const = 0;        // shown when the register holds nothing yet
    // The status bar's count with the register's noun ("12 gifts"; plural by the number).
    virtual QString countText(int count) const = 0;

    // --- the list
    virtual int columnCount() const = 0;
    virtual QString columnTitle(int column) const = 0;
    // The column whose text says a record needs attention (sortable); the model also puts a
    // warning icon before the first column of a flagged row, so it shows however narrow the list.
    virtual int flagColumn() const { return -1; }
    // The column's starting width in digits (10 holds a date), and whether it starts hidden (the user
    // shows it through the header's menu).
    virtual int columnWidth(int column) const { Q_UNUSED(column) return 12; }
    virtual bool hiddenByDefault(int column) const { Q_UNUSED(column) return false; }
    virtual bool isAmount(int column) const { Q_UNUSED(column) return false; } // right aligned
    virtual int defaultSortColumn() const { return 0; }
    virtual Qt::SortOrder defaultSortOrder() const { return Qt::AscendingOrder; }
    virtual int count(const RegisterFilter &filter) const = 0;
    virtual std::vector<RegisterRow> page(const RegisterFilter &filter, int column, Qt::SortOrder order, int offset,
                                          int limit) const = 0;
    // Records run from a start to an end (nevenfuncties, belangen): the page offers End.
    virtual bool hasPeriod() const { return false; }

    // --- one record (all may throw Error)
    virtual QString recordTitle(qint64 id) const = 0;
    virtual std::vector<DetailField> details(qint64 id) const = 0;
    virtual std::vector<AuditEntry> history(qint64 id) const = 0;
    // The stored columns with their labels, in the order a user reads the record: the history's
    // change lines follow it. fieldLabel() looks up here (other keys: the key itself).
    virtual std::vector<std::pair<QString, QString>> fieldLabels() const { return {}; }
    QString fieldLabel(const QString &key) const;
    // The position of a column in fieldLabels(); after all known ones when absent.
    int fieldOrder(const QString &key) const;
    virtual QString valueText(const QString &key, const QJsonValue &value) const;
    // The names of the prior decision's codes ("college", "toegestaan") that the invitation and trip
    // registers share; std::nullopt for any other key.
    static std::optional<QString> decisionValueText(const QString &key, const QJsonValue &value);
    // An optional extra block under the fields (the income of a side position); the page calls
    // setExtraRecord() when the selection changes.
    virtual QWidget *createExtra(QWidget *parent) { Q_UNUSED(parent) return nullptr; }
    virtual void setExtraRecord(qint64 id) { Q_UNUSED(id) }

    // --- actions: each opens its dialog, saves through the service and pushes its undo step.
    virtual bool mayCreate() const;
    virtual bool mayEdit(qint64 id) const = 0;
    virtual bool isEnded(qint64 id) const { Q_UNUSED(id) return false; }
    virtual std::optional<qint64> createRecord(QWidget *parent) = 0;
    virtual bool editRecord(qint64 id, QWidget *parent) = 0;
    virtual bool endRecord(qint64 id, QWidget *parent) { Q_UNUSED(id) Q_UNUSED(parent) return false; }
    virtual bool removeRecord(qint64 id, QWidget *parent) = 0;
    // Extra buttons of the page (the gifts' thresholds), created once with the page as parent.
    virtual QList<QAction *> extraActions(QWidget *page) { Q_UNUSED(page) return {}; }

    // Helpers for the cells every register shows.
    static QString yesNo(bool value);
    static QString roleText(const std::optional<HolderRole> &role);
    // "J. (Jan) Jansen"; empty when the person cannot be read.
    QString personName(qint64 personId) const;

    AppCore &core() const { return m_core; }
    QUndoStack &undoStack() const { return m_undoStack; }

Q_SIGNALS:
    // Records were added, changed or removed: the list re-queries and the detail pane re-reads.
    void recordsChanged();
    void statusMessage(const QString &text);

protected:
    // Pushes an undo step whose first redo is a no-op (the dialog already did the action).
    void pushCommand(const QString &text, std::function<void()> undo, std::function<void()> redo,
                     QWidget *messageParent);

    // The texts of one action: the undo step's name and the status bar message.
    struct ActionTexts
    {
        QString undo;
        QString status;
    };

    // The create, edit and remove steps are the same in every register; only the record type, its
    // dialog, its service and the texts differ. The dialog saves through the service itself (so it
    // can show the service's refusal next to the field); these push the undo step afterwards.
    //   service  has create/update/restore/remove(id), as every register service has;
    //   load     a member of the service reading one record (&GiftService::gift);
    //   saved    a member of the dialog giving the record as stored (&GiftDialog::gift);
    //   texts    (const Record &) -> ActionTexts, so each register keeps its tr() texts.
    template <class Dialog, class Service, class Saved, class Texts>
    std::optional<qint64> createThrough(Service &service, Dialog &dialog, Saved saved, Texts texts, QWidget *parent);
    template <class Dialog, class Service, class Load, class Saved, class Texts>
    bool editThrough(Service &service, qint64 id, Load load, Saved saved, const QString &errorTitle, Texts texts,
                     QWidget *parent);
    // End: asks the end date (EndDateDialog; title and question from the register) and calls
    // service.end(id, date). Texts gets the record as stored after the end.
    template <class Service, class Load, class Texts>
    bool endThrough(Service &service, qint64 id, Load load, const QString &title,
                    const std::function<QString(const std::invoke_result_t<Load, Service &, qint64> &)> &question,
                    Texts texts, QWidget *parent);
    template <class Service, class Load, class Texts>
    bool removeThrough(Service &service, qint64 id, Load load, const QString &errorTitle, Texts texts,
                       QWidget *parent);

private:
    AppCore &m_core;
    QUndoStack &m_undoStack;
};

} // namespace integriteit

#include "registers/common/registerkindflows.h"
