// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/TaxonomyModel.h"

#include "commands/RowCommands.h"
#include "commands/SetValueCommand.h"
#include "core/Language.h"
#include "core/Workspace.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QMimeData>

namespace portrait {

namespace {
const QString kMime = QStringLiteral("application/x-portrait-taxonomy-node");
const QString kTable = QStringLiteral("taxonomy");
const QString kCode = QStringLiteral("code");
} // namespace

TaxonomyModel::TaxonomyModel(Workspace *workspace, QObject *parent)
    : QAbstractItemModel(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::tableChanged, this, [this](const QString &t) {
        if (t == kTable)
            reload();
    });
    connect(workspace, &Workspace::reloaded, this, &TaxonomyModel::reload);
    reload();
}

void TaxonomyModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_byCode.clear();
    Statement st(m_workspace->db(), "SELECT code, parent_code, name_zh, name_en, kind, ord "
                                    "FROM taxonomy ORDER BY ord, rowid");
    while (st.step()) {
        Node n;
        n.code = st.text(0);
        n.parent = st.text(1);
        n.nameZh = st.text(2);
        n.nameEn = st.text(3);
        n.kind = st.text(4);
        n.ord = st.integer(5);
        m_byCode.insert(n.code, int(m_nodes.size()));
        m_nodes << n;
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        Node &n = m_nodes[i];
        const auto parent = m_byCode.constFind(n.parent);
        n.parentIndex = parent == m_byCode.cend() ? -1 : *parent;
        QList<int> &siblings = n.parentIndex < 0 ? m_roots : m_nodes[n.parentIndex].children;
        n.row = int(siblings.size());
        siblings << i;
    }
    endResetModel();
}

int TaxonomyModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex TaxonomyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int p = nodeOf(parent);
    const QList<int> &children = p < 0 ? m_roots : m_nodes[p].children;
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex TaxonomyModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    if (n < 0 || m_nodes[n].parentIndex < 0)
        return {};
    const int p = m_nodes[n].parentIndex;
    return createIndex(m_nodes[p].row, 0, quintptr(p));
}

int TaxonomyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const int p = nodeOf(parent);
    return int(p < 0 ? m_roots.size() : m_nodes[p].children.size());
}

int TaxonomyModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString TaxonomyModel::kindName(const QString &kind)
{
    if (kind == QLatin1String("group"))
        return tr("分组");
    if (kind == QLatin1String("group_fallback"))
        return tr("分组(兜底)");
    if (kind == QLatin1String("role"))
        return tr("角色");
    if (kind == QLatin1String("primary_role"))
        return tr("主类+角色");
    if (kind == QLatin1String("local"))
        return tr("本地");
    return tr("主类");
}

QVariant TaxonomyModel::data(const QModelIndex &index, int role) const
{
    if ((!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)))
        return {};
    const Node &n = m_nodes[nodeOf(index)];
    if (role == CodeRole)
        return n.code;
    if (role == Qt::ToolTipRole)
        return n.nameZh + QLatin1Char('\n') + n.nameEn;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return role == Qt::EditRole ? n.nameZh : localized(n.nameZh, n.nameEn);
    case CodeColumn:
        return n.code;
    case KindColumn:
        return role == Qt::EditRole ? n.kind : kindName(n.kind);
    }
    return {};
}

bool TaxonomyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn ||
        (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)))
        return false;
    const Node &n = m_nodes[nodeOf(index)];
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == n.nameZh)
        return false;
    const QString column = currentLanguage() == Language::English ? QStringLiteral("name_en")
                                                                   : QStringLiteral("name_zh");
    QString error;
    if (!m_workspace->execute(new SetValueCommand(m_workspace, kTable, kCode, n.code, column, name,
                                                  tr("重命名分类 %1").arg(n.code)),
                              &error)) {
        emit editFailed(error);
        return false;
    }
    return true;
}

Qt::ItemFlags TaxonomyModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = Qt::ItemIsDropEnabled;
    if (!index.isValid())
        return m_workspace->isReadOnly() ? Qt::NoItemFlags : f;
    f |= Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_workspace->isReadOnly()) {
        f |= Qt::ItemIsDragEnabled;
        if (index.column() == NameColumn)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant TaxonomyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("名称");
    case CodeColumn: return tr("代码");
    case KindColumn: return tr("类型");
    }
    return {};
}

QModelIndex TaxonomyModel::indexOf(const QString &code, int column) const
{
    const auto it = m_byCode.constFind(code);
    if (it == m_byCode.cend())
        return {};
    return createIndex(m_nodes[*it].row, column, quintptr(*it));
}

QString TaxonomyModel::code(const QModelIndex &index) const
{
    const int n = nodeOf(index);
    return n < 0 ? QString() : m_nodes[n].code;
}

QString TaxonomyModel::parentCode(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? QString() : m_nodes[*it].parent;
}

bool TaxonomyModel::isAncestor(const QString &ancestor, const QString &code) const
{
    for (QString c = code; !c.isEmpty(); c = parentCode(c)) {
        if (c == ancestor)
            return true;
    }
    return false;
}

QStringList TaxonomyModel::codes() const
{
    QStringList result;
    std::function<void(const QList<int> &)> walk = [&](const QList<int> &list) {
        for (int i : list) {
            result << m_nodes[i].code;
            walk(m_nodes[i].children);
        }
    };
    walk(m_roots);
    return result;
}

bool TaxonomyModel::addNode(const QString &parentCode, const QString &code, const QString &nameZh,
                            const QString &kind, QString *error)
{
    if (m_byCode.contains(code)) {
        if (error)
            *error = tr("分类代码 %1 已存在").arg(code);
        return false;
    }
    Statement st(m_workspace->db(), "SELECT coalesce(max(ord), 0) + 1 FROM taxonomy");
    const qint64 ord = st.step() ? st.integer(0) : 1;
    QVariantMap values{{QStringLiteral("code"), code},
                       {QStringLiteral("parent_code"),
                        parentCode.isEmpty() ? QVariant() : QVariant(parentCode)},
                       {QStringLiteral("name_zh"), nameZh},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("ord"), ord}};
    return m_workspace->execute(
        new InsertRowCommand(m_workspace, kTable, values, tr("新增分类 %1").arg(code)), error);
}

bool TaxonomyModel::moveNode(const QString &code, const QString &newParent, int position,
                             QString *error)
{
    if (!m_byCode.contains(code) || (!newParent.isEmpty() && !m_byCode.contains(newParent)))
        return false;
    if (!newParent.isEmpty() && isAncestor(code, newParent)) {
        if (error)
            *error = tr("不能把分类 %1 移到它自己的下级").arg(code);
        return false;
    }
    // The new sibling order, with the moved node at `position`.
    const int p = newParent.isEmpty() ? -1 : m_byCode.value(newParent);
    QStringList siblings;
    for (int i : p < 0 ? m_roots : m_nodes[p].children) {
        if (m_nodes[i].code != code)
            siblings << m_nodes[i].code;
    }
    const int oldParentIndex = m_nodes[m_byCode.value(code)].parentIndex;
    int at = position < 0 ? int(siblings.size()) : qMin(position, int(siblings.size()));
    if (oldParentIndex == p && position >= 0 && m_nodes[m_byCode.value(code)].row < position)
        --at; // the drop row counted the node itself
    siblings.insert(qMax(0, at), code);

    auto *group = new GroupCommand(m_workspace, tr("移动分类 %1").arg(code));
    if (parentCode(code) != newParent)
        new SetValueCommand(m_workspace, kTable, kCode, code, QStringLiteral("parent_code"),
                            newParent.isEmpty() ? QVariant() : QVariant(newParent), QString(),
                            group);
    for (int i = 0; i < siblings.size(); ++i) {
        if (m_nodes[m_byCode.value(siblings[i])].ord != i + 1)
            new SetValueCommand(m_workspace, kTable, kCode, siblings[i], QStringLiteral("ord"),
                                i + 1, QString(), group);
    }
    if (group->childCount() == 0) {
        delete group;
        return true;
    }
    return m_workspace->execute(group, error);
}

QStringList TaxonomyModel::references(const QString &code) const
{
    QStringList subtree;
    for (const QString &c : codes()) {
        if (isAncestor(code, c))
            subtree << c;
    }
    QStringList result;
    Database &db = m_workspace->db();
    for (const QString &c : subtree) {
        Statement services(db, "SELECT s.code, s.name_zh FROM service_targets t "
                               "JOIN services s ON s.code = t.service_code WHERE t.node_code = ?");
        services.bind(1, c);
        while (services.step())
            result << tr("服务 %1 %2 的目标客户包含 %3").arg(services.text(0), services.text(1), c);
        Statement scopes(db, "SELECT d.code, d.name_zh FROM dept_scope s "
                             "JOIN departments d ON d.code = s.dept_code WHERE s.node_code = ?");
        scopes.bind(1, c);
        while (scopes.step())
            result << tr("部门 %1 %2 的客户范围包含 %3").arg(scopes.text(0), scopes.text(1), c);
        Statement rules(db, "SELECT id, name_zh FROM rules WHERE outcome = ? "
                            "AND grp IN ('primary','role')");
        rules.bind(1, c);
        while (rules.step())
            result << tr("规则 %1 %2 的结果是 %3（将一并删除）").arg(rules.text(0), rules.text(1), c);
    }
    return result;
}

bool TaxonomyModel::removeNode(const QString &code, QString *error)
{
    if (!m_byCode.contains(code))
        return false;
    auto *group = new GroupCommand(m_workspace, tr("删除分类 %1").arg(code));
    // Rules whose outcome is a removed node would point nowhere: they go with it (and come back
    // on undo). Service targets and department scopes follow through the foreign keys.
    Statement rules(m_workspace->db(),
                    "SELECT id, outcome FROM rules WHERE grp IN ('primary','role')");
    while (rules.step()) {
        if (isAncestor(code, rules.text(1)))
            new DeleteRowsCommand(m_workspace, QStringLiteral("rules"), QStringLiteral("id"),
                                  rules.text(0), QString(), group);
    }
    new DeleteRowsCommand(m_workspace, kTable, kCode, code, QString(), group);
    return m_workspace->execute(group, error);
}

Qt::DropActions TaxonomyModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList TaxonomyModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *TaxonomyModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kMime, code(indexes.first()).toUtf8());
    return data;
}

bool TaxonomyModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data->hasFormat(kMime))
        return false;
    const QString moved = QString::fromUtf8(data->data(kMime));
    return !isAncestor(moved, code(parent));
}

bool TaxonomyModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QString error;
    const bool ok = moveNode(QString::fromUtf8(data->data(kMime)), code(parent), row, &error);
    if (!ok && !error.isEmpty())
        emit editFailed(error);
    // The move is applied through the undo stack and a reload; the view must not remove the
    // dragged row itself, so report the drop as not done.
    return false;
}

} // namespace portrait
