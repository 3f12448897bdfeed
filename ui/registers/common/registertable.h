#pragma once
// The look of a register list, shared by every register page: whole rows selected, fixed row
// heights (the view never measures thousands of rows), column widths and hidden columns as the
// kind asks, and the header's menu to show or hide columns.

class QPoint;
class QTableView;

namespace integriteit {

class RegisterKind;

// After the model is set: the view's settings and the header's starting widths.
void setUpRegisterTable(QTableView *table, const RegisterKind &kind);
// The header's menu at `globalPos`: which columns to show (the office holder always stays).
void showColumnMenu(QTableView *table, const RegisterKind &kind, const QPoint &globalPos);

} // namespace integriteit
