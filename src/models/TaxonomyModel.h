// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace portrait {

class Workspace;

// The customer taxonomy as a tree: name, code and kind per node. Names are edited in place, nodes
// are moved by drag and drop (a move under the node's own subtree is refused); every change is an
// undo command. Reloads when the taxonomy table changes.
class TaxonomyModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Columns { NameColumn, CodeColumn, KindColumn, ColumnCount };
    enum Roles { CodeRole = Qt::UserRole + 1 };

    explicit TaxonomyModel(Workspace *workspace, QObject *parent = nullptr);

    QModelIndex indexOf(const QString &code, int column = 0) const;
    QString code(const QModelIndex &index) const;
    QString parentCode(const QString &code) const;
    bool isAncestor(const QString &ancestor, const QString &code) const;
    QStringList codes() const; // depth-first order

    bool addNode(const QString &parentCode, const QString &code, const QString &nameZh,
                 const QString &kind, QString *error = nullptr);
    bool moveNode(const QString &code, const QString &newParent, int position,
                  QString *error = nullptr);
    bool removeNode(const QString &code, QString *error = nullptr);
    // Human-readable list of what refers to the node or its subtree (services, scopes, rules,
    // needs); empty when nothing does.
    QStringList references(const QString &code) const;

    static QString kindName(const QString &kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

public slots:
    void reload();

signals:
    void editFailed(const QString &message);

private:
    struct Node
    {
        QString code, parent, nameZh, nameEn, kind;
        qint64 ord = 0;
        QList<int> children; // indexes into m_nodes
        int parentIndex = -1;
        int row = 0;
    };
    int nodeOf(const QModelIndex &index) const;

    Workspace *m_workspace;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_byCode;
};

} // namespace portrait
