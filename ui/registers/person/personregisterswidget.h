#pragma once
// The "Registers" tab of an office holder's details: his records in every public register
// (nevenfuncties, neveninkomsten, financiële belangen, geschenken, uitnodigingen, dienstreizen),
// grouped by register. Enter or a double-click asks to open the record. Read only when the tab is
// shown, so browsing the office holders costs nothing extra.

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace integriteit {

class RegisterServices;

class PersonRegistersWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int EntityRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int MaxPerRegister = 500;

    explicit PersonRegistersWidget(RegisterServices &registers, QWidget *parent = nullptr);

    void setPerson(qint64 personId);
    qint64 personId() const { return m_personId; }
    QTreeWidget *tree() const { return m_tree; }
    // Reads the person's records now (also when hidden).
    void reload();
    // Records listed, over all registers.
    int recordCount() const { return m_count; }

Q_SIGNALS:
    void openRecordRequested(const QString &entity, qint64 id);
    void recordCountChanged(int count);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changed(qint64 personId);
    QTreeWidgetItem *group(const QString &title, int count);
    void add(QTreeWidgetItem *group, const QString &entity, qint64 id, const QStringList &columns, bool flagged);
    void open(QTreeWidgetItem *item);

    RegisterServices &m_registers;
    QTreeWidget *m_tree;
    QLabel *m_hint;
    qint64 m_personId = 0;
    int m_count = 0;
    bool m_stale = true;
};

} // namespace integriteit
