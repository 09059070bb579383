// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/TableModel.h"

#include "commands/RowCommands.h"
#include "commands/SetValueCommand.h"
#include "core/Language.h"
#include "core/Workspace.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace portrait {

namespace {
constexpr int kFixed = 4; // key, ord, name_zh, name_en
}

TableModel::TableModel(Workspace *workspace, QString table, QString keyColumn,
                       QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_table(std::move(table)),
      m_keyColumn(std::move(keyColumn)), m_columns(std::move(columns))
{
    Statement st(workspace->db(),
                 "SELECT count(*) FROM pragma_table_info(?) WHERE name = 'name_zh'");
    st.bind(1, m_table);
    m_hasNames = st.step() && st.integer(0) > 0;
    connect(workspace, &Workspace::tableChanged, this, [this](const QString &t) {
        if (t == m_table)
            reload();
    });
    connect(workspace, &Workspace::reloaded, this, &TableModel::reload);
    reload();
}

void TableModel::setFilter(const QString &column, const QVariant &value)
{
    m_filterColumn = column;
    m_filterValue = value;
    reload();
}

void TableModel::reload()
{
    std::string sql = "SELECT " + Sql::quoted(m_keyColumn) + ", ord, " +
                      (m_hasNames ? "name_zh, name_en" : "NULL, NULL");
    for (const Column &c : std::as_const(m_columns))
        sql += ", " + Sql::quoted(c.name);
    sql += " FROM " + Sql::quoted(m_table);
    if (!m_filterColumn.isEmpty())
        sql += " WHERE " + Sql::quoted(m_filterColumn) + " = ?";
    sql += " ORDER BY ord, rowid";
    Statement st(m_workspace->db(), sql);
    if (!m_filterColumn.isEmpty())
        st.bind(1, m_filterValue);
    QList<QVariantList> rows;
    while (st.step()) {
        QVariantList row;
        for (int c = 0; c < st.columnCount(); ++c)
            row << st.value(c);
        rows << row;
    }
    if (rows.size() == m_rows.size() && !rows.isEmpty()) {
        // Same shape: keep selections and editors alive, only say what changed.
        m_rows = std::move(rows);
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TableModel::columnOf(const QString &name) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c].name == name)
            return c;
    }
    return -1;
}

QVariant TableModel::key(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row][0] : QVariant();
}

int TableModel::rowOfKey(const QVariant &key) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r][0] == key)
            return r;
    }
    return -1;
}

QVariant TableModel::value(int row, const QString &column) const
{
    const int c = columnOf(column);
    if (row < 0 || row >= m_rows.size())
        return {};
    if (c >= 0)
        return m_rows[row][kFixed + c];
    if (column == QLatin1String("name_zh"))
        return m_rows[row][2];
    if (column == QLatin1String("name_en"))
        return m_rows[row][3];
    return {};
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if ((!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)))
        return {};
    const QVariantList &row = m_rows[index.row()];
    const Column &column = m_columns[index.column()];
    const QVariant &v = row[kFixed + index.column()];
    switch (role) {
    case Qt::DisplayRole:
        if (column.kind == Kind::Bool)
            return {};
        return v;
    case Qt::EditRole:
        return v;
    case Qt::CheckStateRole:
        if (column.kind == Kind::Bool)
            return v.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case KeyRole:
        return row[0];
    case LabelRole: {
        const QString name = localized(row[2].toString(), row[3].toString());
        if (!m_hasNames)
            return row[0];
        return m_keyColumn == QLatin1String("id") ? name : row[0].toString() + QStringLiteral("  ") + name;
    }
    case Qt::ToolTipRole:
        return m_hasNames ? QVariant(row[2].toString() + QLatin1Char('\n') + row[3].toString())
                          : QVariant();
    default:
        return {};
    }
}

bool TableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if ((!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) ||
        !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const Column &column = m_columns[index.column()];
    QVariant stored = value;
    if (role == Qt::CheckStateRole && column.kind == Kind::Bool)
        stored = value.toInt() == Qt::Checked ? 1 : 0;
    else if (role != Qt::EditRole)
        return false;
    else if (column.kind == Kind::Integer)
        stored = value.toString().isEmpty() ? QVariant() : QVariant(value.toLongLong());
    else if (column.kind == Kind::Number)
        stored = value.toString().isEmpty() ? QVariant() : QVariant(value.toDouble());
    if (stored == m_rows[index.row()][kFixed + index.column()])
        return true;
    const QString text =
        QCoreApplication::translate("portrait::TableModel", "修改 %1 的「%2」")
            .arg(key(index.row()).toString(),
                 QCoreApplication::translate("portrait::Columns", column.header));
    QString error;
    if (!m_workspace->execute(new SetValueCommand(m_workspace, m_table, m_keyColumn,
                                                  key(index.row()), column.name, stored, text),
                              &error)) {
        emit editFailed(error);
        return false;
    }
    return true;
}

Qt::ItemFlags TableModel::flags(const QModelIndex &index) const
{
    if ((!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Column &column = m_columns[index.column()];
    if (column.editable && !m_workspace->isReadOnly())
        f |= column.kind == Kind::Bool ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    return f;
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_columns.size())
        return QCoreApplication::translate("portrait::Columns", m_columns[section].header);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool TableModel::addRow(QVariantMap values, const QString &undoText, QString *error)
{
    if (!m_filterColumn.isEmpty())
        values.insert(m_filterColumn, m_filterValue);
    if (!values.contains(QStringLiteral("ord"))) { // last, unless the caller placed it
        Statement st(m_workspace->db(), "SELECT coalesce(max(ord), 0) + 1 FROM " + Sql::quoted(m_table));
        values.insert(QStringLiteral("ord"), st.step() ? st.integer(0) : 1);
    }
    return m_workspace->execute(new InsertRowCommand(m_workspace, m_table, values, undoText), error);
}

bool TableModel::removeRowAt(int row, const QString &undoText, QString *error)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    return m_workspace->execute(
        new DeleteRowsCommand(m_workspace, m_table, m_keyColumn, key(row), undoText), error);
}

bool TableModel::moveRowBy(int row, int delta, QString *error)
{
    const int other = row + delta;
    if (row < 0 || other < 0 || row >= m_rows.size() || other >= m_rows.size())
        return false;
    // Rows may share an ord value; give them distinct ones so the swap is visible.
    qint64 a = m_rows[row][1].toLongLong(), b = m_rows[other][1].toLongLong();
    if (a == b)
        a = b + (delta > 0 ? 1 : -1);
    auto *macro = new GroupCommand(
        m_workspace, QCoreApplication::translate("portrait::TableModel", "调整 %1 的顺序").arg(key(row).toString()));
    new SetValueCommand(m_workspace, m_table, m_keyColumn, key(row), QStringLiteral("ord"), b,
                        QString(), macro);
    new SetValueCommand(m_workspace, m_table, m_keyColumn, key(other), QStringLiteral("ord"), a,
                        QString(), macro);
    return m_workspace->execute(macro, error);
}

} // namespace portrait
