// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace portrait {

class Workspace;

// 人工指定: pins a customer's primary category or lifecycle stage against the rules, with a
// reason (required), or removes a pin. The pin is stored as an undo command and survives every
// later re-classification; the customer is re-classified at once.
class OverrideDialog : public QDialog
{
    Q_OBJECT
public:
    OverrideDialog(Workspace *workspace, qint64 customerId, QWidget *parent = nullptr);

    // Stores the dialog's choice; false with a message on failure.
    bool apply(QString *error);

    QComboBox *fieldPicker() const { return m_field; }
    QComboBox *valuePicker() const { return m_value; }
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    void fillValues();
    void updateState();

    Workspace *m_workspace;
    qint64 m_customer;
    QComboBox *m_field, *m_value;
    QLineEdit *m_reason;
    QPushButton *m_ok;
};

} // namespace portrait
