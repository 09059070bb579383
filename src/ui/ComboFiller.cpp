// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/ComboFiller.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QSignalBlocker>

namespace portrait {

ComboFiller::ComboFiller(QComboBox *combo, QAbstractItemModel *model, int keyRole, int labelRole,
                         QObject *parent)
    : QObject(parent), m_combo(combo), m_model(model), m_keyRole(keyRole), m_labelRole(labelRole)
{
    connect(model, &QAbstractItemModel::modelReset, this, &ComboFiller::refill);
    connect(model, &QAbstractItemModel::dataChanged, this, &ComboFiller::refill);
    refill();
}

void ComboFiller::setNoneText(const QString &text)
{
    m_none = text;
    refill();
}

void ComboFiller::setExcludedKey(const QString &key)
{
    m_excluded = key;
    refill();
}

void ComboFiller::refill()
{
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        if (!m_none.isEmpty())
            m_combo->addItem(m_none, QVariant());
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex index = m_model->index(r, 0);
            const QVariant key = index.data(m_keyRole);
            if (!m_excluded.isEmpty() && key.toString() == m_excluded)
                continue;
            m_combo->addItem(index.data(m_labelRole).toString(), key);
        }
    }
    emit refilled();
}

} // namespace portrait
