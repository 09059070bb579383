// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace portrait {

class CustomerTableModel;
class TableModel;

// Every attribute of one customer as a form, in the dictionary's order: a choice for
// enumerations, a line for everything else. A field commits when the user finishes it; the model
// validates the value (type, enumeration, range) and refuses with a message through editFailed.
class CustomerDetailPane : public QWidget
{
    Q_OBJECT
public:
    CustomerDetailPane(CustomerTableModel *customers, TableModel *attributes,
                       QWidget *parent = nullptr);

    void setCustomer(qint64 id);
    qint64 customer() const { return m_id; }
    QWidget *editor(const QString &key) const { return m_editors.value(key); }

signals:
    void editFailed(const QString &message);

private:
    void rebuild();
    void refresh();
    void commit(const QString &key, const QString &text);

    CustomerTableModel *m_customers;
    TableModel *m_attributes;
    qint64 m_id = 0;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFormLayout *m_form;
    QHash<QString, QWidget *> m_editors;
    bool m_filling = false;
};

} // namespace portrait
