// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QObject>
#include <QString>

class QAbstractItemModel;
class QComboBox;

namespace portrait {

// Keeps the items of a combo box equal to the rows of a model (need groups, departments,
// positions): the label role is shown, the key role stored as item data; optionally a first
// item for "none" with null data. Emits refilled() so that a FormMapper can show its value again.
class ComboFiller : public QObject
{
    Q_OBJECT
public:
    ComboFiller(QComboBox *combo, QAbstractItemModel *model, int keyRole, int labelRole,
                QObject *parent = nullptr);
    void setNoneText(const QString &text);
    // A key left out (a department cannot be its own parent).
    void setExcludedKey(const QString &key);

public slots:
    void refill();

signals:
    void refilled();

private:
    QComboBox *m_combo;
    QAbstractItemModel *m_model;
    int m_keyRole, m_labelRole;
    QString m_none, m_excluded;
};

} // namespace portrait
