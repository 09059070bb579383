// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;

namespace portrait {

class CustomerTableModel;
class RuleTryPane;
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
    // The classification line ("主类 居民 · 规则 P16 …") and the explanation tab.
    QString classificationText() const;
    RuleTryPane *explanation() const { return m_explanation; }
    QTabWidget *tabs() const { return m_tabs; }
    void overrideClassification();

signals:
    void editFailed(const QString &message);

private:
    void rebuild();
    void refresh();
    void commit(const QString &key, const QString &text);
    void showClassification();

    CustomerTableModel *m_customers;
    TableModel *m_attributes;
    qint64 m_id = 0;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFormLayout *m_form;
    QLabel *m_classification;
    QTabWidget *m_tabs;
    RuleTryPane *m_explanation;
    QPushButton *m_override;
    QHash<QString, QWidget *> m_editors;
    bool m_filling = false;
};

} // namespace portrait
