// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/LinkCheckModel.h"

#include "commands/RowCommands.h"
#include "core/Language.h"
#include "core/Workspace.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace portrait {

LinkCheckModel::LinkCheckModel(Workspace *workspace, QString candidateTable, QString candidateKey,
                               QString linkTable, QString ownerColumn, QString valueColumn,
                               QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace),
      m_candidateTable(std::move(candidateTable)), m_candidateKey(std::move(candidateKey)),
      m_linkTable(std::move(linkTable)), m_ownerColumn(std::move(ownerColumn)),
      m_valueColumn(std::move(valueColumn))
{
    connect(workspace, &Workspace::tableChanged, this, [this](const QString &t) {
        if (t == m_candidateTable || t == m_linkTable)
            reload();
    });
    connect(workspace, &Workspace::reloaded, this, &LinkCheckModel::reload);
    reload();
}

void LinkCheckModel::setOwner(const QVariant &owner, const QString &ownerLabel)
{
    m_owner = owner;
    m_ownerLabel = ownerLabel.isEmpty() ? owner.toString() : ownerLabel;
    reload();
}

void LinkCheckModel::reload()
{
    beginResetModel();
    m_candidates.clear();
    Statement st(m_workspace->db(), "SELECT " + Sql::quoted(m_candidateKey) +
                                        ", name_zh, name_en FROM " + Sql::quoted(m_candidateTable) +
                                        " ORDER BY ord, rowid");
    while (st.step())
        m_candidates.append({st.text(0), st.text(1), st.text(2)});
    m_checked = m_owner.isValid() ? SetLinksCommand::read(m_workspace, m_linkTable, m_ownerColumn,
                                                          m_owner, m_valueColumn)
                                  : QStringList();
    endResetModel();
}

int LinkCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

QVariant LinkCheckModel::data(const QModelIndex &index, int role) const
{
    if ((!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)))
        return {};
    const Candidate &c = m_candidates[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return localized(c.nameZh, c.nameEn) + QStringLiteral("  ·  ") + c.code;
    case Qt::CheckStateRole:
        return m_checked.contains(c.code) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return c.nameZh + QLatin1Char('\n') + c.nameEn;
    case CodeRole:
        return c.code;
    default:
        return {};
    }
}

bool LinkCheckModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) ||
        !m_owner.isValid())
        return false;
    const QString code = m_candidates[index.row()].code;
    QStringList codes = m_checked;
    if (value.toInt() == Qt::Checked && !codes.contains(code)) {
        codes << code;
    } else if (value.toInt() != Qt::Checked) {
        codes.removeAll(code);
    } else {
        return true;
    }
    QString error;
    if (!setCheckedCodes(codes, &error)) {
        emit editFailed(error);
        return false;
    }
    return true;
}

bool LinkCheckModel::setCheckedCodes(const QStringList &codes, QString *error)
{
    if (!m_owner.isValid())
        return false;
    // Keep the candidates' order, so that the stored list reads the same way as the picker.
    QStringList ordered;
    for (const Candidate &c : std::as_const(m_candidates)) {
        if (codes.contains(c.code))
            ordered << c.code;
    }
    const QString text =
        QCoreApplication::translate("portrait::LinkCheckModel", "修改 %1 的关联").arg(m_ownerLabel);
    return m_workspace->execute(new SetLinksCommand(m_workspace, m_linkTable, m_ownerColumn,
                                                    m_owner, m_valueColumn, ordered, text),
                                error);
}

Qt::ItemFlags LinkCheckModel::flags(const QModelIndex &index) const
{
    if ((!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_owner.isValid() && !m_workspace->isReadOnly())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace portrait
