// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QDialog>
#include <QHash>
#include <QMap>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace portrait {

class TableModel;

// Filters over the customer list, one field per attribute: a choice for enumerations, a text for
// the rest ("10..100", ">=50", "<2020-01-01" for numbers and dates; a substring for text).
class CustomerFilterDialog : public QDialog
{
    Q_OBJECT
public:
    CustomerFilterDialog(TableModel *attributes, const QMap<QString, QString> &filters,
                         QWidget *parent = nullptr);

    QMap<QString, QString> filters() const;
    // A sentence naming the active filters, for the panel's filter line.
    static QString describe(TableModel *attributes, const QMap<QString, QString> &filters);

private:
    void addClassificationRows(TableModel *attributes, const QMap<QString, QString> &filters,
                               QFormLayout *form);

    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QComboBox *> m_combos;
};

} // namespace portrait
