// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/CustomerTableModel.h"

#include "core/AttributeDictionary.h"
#include "core/ValueParser.h"
#include "core/Workspace.h"
#include "models/CustomerFilter.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/RangeScan.h"

#include <QCoreApplication>
#include <algorithm>

namespace portrait {

namespace {
constexpr int kPageSize = 256;
constexpr int kMaxPages = 64;
} // namespace

struct CustomerTableModel::Page
{
    QHash<qint64, QVariantList> rows; // id → stored values in dictionary order
    // id → category, category_rule, roles, stage, stage_rule, credit, dr
    QHash<qint64, QStringList> classifications;
};

QStringList CustomerTableModel::classificationKeys()
{
    return ClassificationColumns::keys();
}

QString CustomerTableModel::classificationHeader(const QString &key)
{
    return ClassificationColumns::header(key);
}

QString CustomerTableModel::classificationKey(int column) const
{
    return classificationKeys().value(column - int(m_dictionary->all().size()));
}

void CustomerTableModel::loadNames()
{
    m_columns.loadNames(m_workspace->db());
}

void CustomerTableModel::classificationsChanged()
{
    // Results of a new run: rows filtered by classification may come or go; otherwise only the
    // classification cells change and the view keeps its place.
    for (const QString &key : m_filters.keys()) {
        if (key.startsWith(QLatin1String("cls."))) {
            reload();
            return;
        }
    }
    if (m_sortColumn >= int(m_dictionary->all().size())) { // sorted by a result: the order moves
        m_sortKeys.invalidate();
        sort(m_sortColumn, m_sortOrder);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    m_pages.clear();
    m_pageAge.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

CustomerTableModel::CustomerTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace),
      m_dictionary(std::make_unique<AttributeDictionary>())
{
    connect(workspace, &Workspace::tableChanged, this, [this](const QString &t) {
        if (t == QLatin1String("customers") || t == QLatin1String("attributes"))
            reload();
        else if (t == QLatin1String("classifications"))
            classificationsChanged();
        else if (t == QLatin1String("taxonomy") || t == QLatin1String("stages"))
            loadNames();
    });
    connect(workspace, &Workspace::reloaded, this, &CustomerTableModel::reload);
    connect(workspace, &Workspace::customerChanged, this, &CustomerTableModel::refreshCustomer);
    reload();
}

CustomerTableModel::~CustomerTableModel() = default;

void CustomerTableModel::reload()
{
    beginResetModel();
    m_sortKeys.invalidate();
    *m_dictionary = AttributeDictionary::load(m_workspace->db());
    loadNames();
    query();
    endResetModel();
}

void CustomerTableModel::query()
{
    m_pages.clear();
    m_pageAge.clear();
    m_ids.clear();
    const CustomerFilter filter = CustomerFilter::build(*m_dictionary, m_search, m_filters);
    // No ORDER BY: SQLite can then read the ids from its smallest index instead of walking every
    // row; sorting a million integers here takes a few milliseconds.
    if (!filter.searchPattern.isEmpty()) {
        // The search alone: both covering indexes scanned at once, the ids merged.
        std::vector<qint64> byName;
        RangeScan::twoAtOnce(m_workspace->db(), [&](Database &db, int part) {
            Statement st(db, part == 0 ? "SELECT id FROM customers WHERE customer_no LIKE ? ESCAPE '\\'"
                                       : "SELECT id FROM customers WHERE name LIKE ? ESCAPE '\\'");
            st.bind(1, filter.searchPattern);
            std::vector<qint64> &ids = part == 0 ? m_ids : byName;
            while (st.step())
                ids.push_back(st.integer(0));
        });
        m_ids.insert(m_ids.end(), byName.begin(), byName.end());
        std::sort(m_ids.begin(), m_ids.end());
        m_ids.erase(std::unique(m_ids.begin(), m_ids.end()), m_ids.end());
    } else if (filter.where.empty() || !filter.rowLocal) {
        Statement st(m_workspace->db(), "SELECT id FROM customers" + filter.where);
        filter.bind(st);
        while (st.step())
            m_ids.push_back(st.integer(0));
    } else {
        // A condition on the rows themselves, most without an index: two id ranges at once.
        const std::string sql = "SELECT id FROM customers" + filter.where + " AND id BETWEEN ? AND ?";
        const int range = int(filter.values.size()) + 1;
        std::vector<qint64> upper;
        RangeScan::inHalves(m_workspace->db(), [&](Database &db, qint64 lo, qint64 hi, int part) {
            std::vector<qint64> &ids = part == 0 ? m_ids : upper;
            Statement st(db, sql);
            filter.bind(st);
            st.bind(range, lo);
            st.bind(range + 1, hi);
            while (st.step())
                ids.push_back(st.integer(0));
        });
        m_ids.insert(m_ids.end(), upper.begin(), upper.end());
    }
    sortIds();
}

void CustomerTableModel::sortIds()
{
    const int attributes = int(m_dictionary->all().size());
    if (m_sortColumn < 0 || m_sortColumn >= attributes + ClassificationColumns::count()) {
        std::sort(m_ids.begin(), m_ids.end());
        return;
    }
    if (m_sortColumn < attributes) {
        m_sortKeys.load(m_workspace->db(), m_dictionary->all()[m_sortColumn]);
    } else {
        const int which = m_sortColumn - attributes;
        m_sortKeys.loadDerived(m_workspace->db(), classificationKey(m_sortColumn),
                               ClassificationColumns::profileColumn(which),
                               ClassificationColumns::valueOrder(which));
    }
    m_sortKeys.sort(m_ids, m_sortOrder == Qt::AscendingOrder);
}

const CustomerTableModel::Page &CustomerTableModel::page(int pageIndex) const
{
    if (auto it = m_pages.constFind(pageIndex); it != m_pages.cend()) {
        m_pageAge.removeOne(pageIndex);
        m_pageAge << pageIndex;
        return **it;
    }
    auto fresh = std::make_shared<Page>();
    const size_t first = size_t(pageIndex) * kPageSize;
    const size_t last = std::min(m_ids.size(), first + kPageSize);
    if (first < last) {
        std::string sql = "SELECT id";
        for (const AttributeInfo &a : m_dictionary->all())
            sql += ", " + CustomerRepository::columnExpression(a);
        sql += " FROM customers WHERE id IN (";
        for (size_t i = first; i < last; ++i)
            sql += i == first ? "?" : ",?";
        sql += ")";
        Statement st(m_workspace->db(), sql);
        for (size_t i = first; i < last; ++i)
            st.bind(int(i - first + 1), m_ids[i]);
        const auto &attributes = m_dictionary->all();
        while (st.step()) {
            QVariantList values;
            values.reserve(attributes.size());
            for (int c = 0; c < attributes.size(); ++c)
                values << CustomerRepository::fromColumn(attributes[c], st.value(c + 1));
            fresh->rows.insert(st.integer(0), values);
        }
        std::string cls = std::string("SELECT customer_id, ") + ClassificationColumns::selectList() +
                          " FROM customer_classifications WHERE customer_id IN (";
        for (size_t i = first; i < last; ++i)
            cls += i == first ? "?" : ",?";
        cls += ")";
        Statement c(m_workspace->db(), cls);
        for (size_t i = first; i < last; ++i)
            c.bind(int(i - first + 1), m_ids[i]);
        while (c.step()) {
            QStringList values;
            for (int k = 1; k <= 7; ++k)
                values << c.text(k);
            fresh->classifications.insert(c.integer(0), values);
        }
    }
    if (m_pageAge.size() >= kMaxPages)
        m_pages.remove(m_pageAge.takeFirst());
    m_pages.insert(pageIndex, fresh);
    m_pageAge << pageIndex;
    return *fresh;
}

void CustomerTableModel::refreshCustomer(qint64 id)
{
    m_sortKeys.invalidate();
    const int row = rowOfCustomer(id);
    if (row < 0)
        return;
    m_pages.remove(row / kPageSize);
    m_pageAge.removeOne(row / kPageSize);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void CustomerTableModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    beginResetModel();
    query();
    endResetModel();
}

void CustomerTableModel::setAttributeFilter(const QString &key, const QString &text)
{
    if (text.trimmed().isEmpty())
        m_filters.remove(key);
    else
        m_filters.insert(key, text.trimmed());
    beginResetModel();
    query();
    endResetModel();
}

void CustomerTableModel::clearFilters()
{
    m_filters.clear();
    m_search.clear();
    beginResetModel();
    query();
    endResetModel();
}

QString CustomerTableModel::attributeKey(int column) const
{
    return column >= 0 && column < m_dictionary->all().size() ? m_dictionary->all()[column].key
                                                              : QString();
}

int CustomerTableModel::columnOfAttribute(const QString &key) const
{
    const auto &all = m_dictionary->all();
    for (int c = 0; c < all.size(); ++c) {
        if (all[c].key == key)
            return c;
    }
    return -1;
}

qint64 CustomerTableModel::customerId(int row) const
{
    return row >= 0 && size_t(row) < m_ids.size() ? m_ids[size_t(row)] : 0;
}

int CustomerTableModel::rowOfCustomer(qint64 id) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() ? -1 : int(it - m_ids.begin());
}

qint64 CustomerTableModel::totalCustomers() const
{
    return CustomerRepository::count(m_workspace->db());
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dictionary->all().size() + classificationKeys().size());
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if ((!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)))
        return {};
    const qint64 id = m_ids[size_t(index.row())];
    if (role == IdRole)
        return id;
    if (role == KeyRole)
        return attributeKey(index.column());
    if (index.column() >= m_dictionary->all().size()) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        const Page &p = page(index.row() / kPageSize);
        const auto it = p.classifications.constFind(id);
        if (it == p.classifications.cend())
            return role == Qt::DisplayRole ? tr("（待分类）") : QVariant();
        const int which = index.column() - int(m_dictionary->all().size());
        if (role == Qt::ToolTipRole) {
            const QString tip = m_columns.toolTip(*it, which);
            return tip.isEmpty() ? QVariant() : tip;
        }
        return m_columns.text(*it, which);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::TextAlignmentRole)
        return {};
    const AttributeInfo &a = m_dictionary->all()[index.column()];
    if (role == Qt::TextAlignmentRole)
        return a.type == AttributeType::Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant();
    const Page &p = page(index.row() / kPageSize);
    const auto it = p.rows.constFind(id);
    if (it == p.rows.cend())
        return {};
    const QVariant &v = (*it)[index.column()];
    if (role == Qt::DisplayRole && a.type == AttributeType::Number && !v.isNull())
        return QLocale().toString(v.toDouble(), 'f', QLocale::FloatingPointShortest);
    return ValueParser::toText(v);
}

Qt::ItemFlags CustomerTableModel::flags(const QModelIndex &index) const
{
    if ((!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_workspace->isReadOnly() && index.column() < m_dictionary->all().size())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_dictionary->all().size()) {
        const AttributeInfo &a = m_dictionary->all()[section];
        if (role == Qt::DisplayRole)
            return a.unit.isEmpty() ? a.displayName()
                                    : QStringLiteral("%1 (%2)").arg(a.displayName(), a.unit);
        if (role == Qt::ToolTipRole)
            return a.key;
        return {};
    }
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount()) {
        if (role == Qt::DisplayRole)
            return classificationHeader(classificationKey(section));
        if (role == Qt::ToolTipRole)
            return tr("分类结果（由规则得出，只读）");
        return {};
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &i : before)
        ids << customerId(i.row());
    m_sortColumn = column;
    m_sortOrder = order;
    m_pages.clear(); // pages are by row: another order fills them anew
    m_pageAge.clear();
    sortIds();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOfCustomer(ids[i]);
        after << (row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace portrait
