// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>

namespace portrait {

class Workspace;

// A flat configuration table (needs, value goals, stages, departments, services, attributes…)
// as an editable item model. Rows are ordered by `ord`; an optional filter restricts them to one
// owner (the positions of a department). Edits become SetValueCommands on the workspace's undo
// stack; the model reloads whenever its table changes, whoever changed it.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Text, Integer, Number, Bool, Choice };
    struct Column
    {
        QString name;        // database column
        const char *header;  // Chinese source text, translated in context "portrait::Columns"
        Kind kind = Kind::Text;
        bool editable = true;
        QStringList choices; // Kind::Choice: the stored values
    };
    enum Roles { KeyRole = Qt::UserRole + 1, LabelRole };

    TableModel(Workspace *workspace, QString table, QString keyColumn, QList<Column> columns,
               QObject *parent = nullptr);

    void setFilter(const QString &column, const QVariant &value);
    const QString &table() const { return m_table; }
    const QString &keyColumn() const { return m_keyColumn; }
    Workspace *workspace() const { return m_workspace; }

    int columnOf(const QString &name) const;
    QVariant key(int row) const;
    int rowOfKey(const QVariant &key) const;
    QVariant value(int row, const QString &column) const;

    // Adds a row with the given values (last in order unless they carry an ord); returns false
    // with a message on error.
    bool addRow(QVariantMap values, const QString &undoText, QString *error = nullptr);
    // Deletes the row and everything that depends on it (undoable).
    bool removeRowAt(int row, const QString &undoText, QString *error = nullptr);
    // Swaps the row with its neighbour (delta -1 or +1) in the `ord` order.
    bool moveRowBy(int row, int delta, QString *error = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void reload();

signals:
    void editFailed(const QString &message);

private:
    Workspace *m_workspace;
    QString m_table, m_keyColumn, m_filterColumn;
    QVariant m_filterValue;
    QList<Column> m_columns;
    bool m_hasNames = false;
    QList<QVariantList> m_rows; // key, ord, name_zh, name_en, then m_columns
};

} // namespace portrait
