// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/CustomerRepository.h"

#include "core/AttributeDictionary.h"
#include "core/Error.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace portrait::CustomerRepository {

namespace {
// A JSON path for a custom key; keys are [a-z0-9_] by the dictionary's rules, quoted anyway.
QString jsonPath(const QString &key)
{
    return QStringLiteral("$.\"%1\"").arg(key);
}
} // namespace

std::string columnExpression(const AttributeInfo &attribute)
{
    if (attribute.canonical)
        return Sql::quoted(attribute.key);
    QString path = jsonPath(attribute.key);
    path.replace(QLatin1Char('\''), QStringLiteral("''"));
    return "json_extract(custom, '" + path.toStdString() + "')";
}

QVariant toColumn(const AttributeInfo &attribute, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (attribute.type == AttributeType::List)
        return value.toStringList().join(QLatin1Char(';'));
    if (attribute.type == AttributeType::Number)
        return value.toDouble();
    return value.toString();
}

QVariant fromColumn(const AttributeInfo &attribute, const QVariant &column)
{
    if (column.isNull() || !column.isValid())
        return {};
    if (attribute.type == AttributeType::List)
        return column.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (attribute.type == AttributeType::Number)
        return column.toDouble();
    return column.toString();
}

QVariant read(Database &db, qint64 id, const AttributeInfo &attribute)
{
    Statement st(db, "SELECT " + columnExpression(attribute) + " FROM customers WHERE id = ?");
    st.bind(1, id);
    return st.step() ? fromColumn(attribute, st.value(0)) : QVariant();
}

void write(Database &db, qint64 id, const AttributeInfo &attribute, const QVariant &value)
{
    const QVariant column = toColumn(attribute, value);
    if (attribute.canonical) {
        Statement st(db, "UPDATE customers SET " + Sql::quoted(attribute.key) +
                             " = ?, revision = revision + 1 WHERE id = ?");
        st.bindAll(column, id).run();
    } else if (column.isNull()) {
        Statement st(db, "UPDATE customers SET revision = revision + 1, "
                         "custom = nullif(json_remove(coalesce(custom, '{}'), "
                         "?), '{}') WHERE id = ?");
        st.bindAll(jsonPath(attribute.key), id).run();
    } else {
        Statement st(db, "UPDATE customers SET revision = revision + 1, "
                         "custom = json_set(coalesce(custom, '{}'), ?, ?) WHERE id = ?");
        st.bindAll(jsonPath(attribute.key), column, id).run();
    }
}

QVariantMap load(Database &db, const AttributeDictionary &dictionary, qint64 id)
{
    QVariantMap result;
    std::string sql = "SELECT id";
    for (const AttributeInfo &a : dictionary.all())
        sql += ", " + columnExpression(a);
    sql += " FROM customers WHERE id = ?";
    Statement st(db, sql);
    st.bind(1, id);
    if (!st.step())
        return result;
    int c = 1;
    for (const AttributeInfo &a : dictionary.all()) {
        const QVariant v = fromColumn(a, st.value(c++));
        if (!v.isNull())
            result.insert(a.key, v);
    }
    return result;
}

int insert(Database &db, const AttributeDictionary &dictionary, const QList<QVariantMap> &customers,
           bool demo)
{
    QList<const AttributeInfo *> canonical, custom;
    for (const AttributeInfo &a : dictionary.all())
        (a.canonical ? canonical : custom) << &a;
    std::string sql = "INSERT INTO customers (demo";
    std::string marks = "?";
    for (const AttributeInfo *a : std::as_const(canonical)) {
        sql += ", " + Sql::quoted(a->key);
        marks += ", ?";
    }
    sql += ") VALUES (" + marks + ")";
    int count = 0;
    db.transaction([&] {
        Statement st(db, sql);
        Statement setCustom(db, "UPDATE customers SET custom = json_set(coalesce(custom, '{}'), ?, ?) "
                                "WHERE id = ?");
        for (const QVariantMap &customer : customers) {
            if (customer.value(QStringLiteral("customer_no")).toString().isEmpty() ||
                customer.value(QStringLiteral("name")).toString().isEmpty())
                throw Error(QCoreApplication::translate("portrait::CustomerRepository",
                                                        "客户缺少户号或户名"));
            st.bind(1, demo ? 1 : 0);
            int i = 2;
            for (const AttributeInfo *a : std::as_const(canonical))
                st.bind(i++, toColumn(*a, customer.value(a->key)));
            st.run();
            st.reset();
            const qint64 id = db.lastInsertRowId();
            for (const AttributeInfo *a : std::as_const(custom)) {
                const QVariant v = toColumn(*a, customer.value(a->key));
                if (!v.isNull()) {
                    setCustom.bindAll(jsonPath(a->key), v, id).run();
                    setCustom.reset();
                }
            }
            ++count;
        }
    });
    return count;
}

qint64 count(Database &db)
{
    Statement st(db, "SELECT count(*) FROM customers");
    return st.step() ? st.integer(0) : 0;
}

} // namespace portrait::CustomerRepository
