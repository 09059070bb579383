// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// ConfigRepository::danglingReferences: what stored customers use that a new configuration drops.
#include "storage/ConfigRepository.h"

#include "core/CanonicalAttributes.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSet>

namespace portrait::ConfigRepository {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::ConfigRepository)
};
} // namespace

QStringList danglingReferences(Database &db, const Config &config)
{
    QStringList result;
    QSet<QString> keys, labels;
    for (const Attribute &a : config.attributes)
        keys.insert(a.key);
    for (const Label &l : config.labels)
        labels.insert(l.name);
    {
        Statement st(db, "SELECT j.key, count(*) FROM customers, json_each(customers.custom) j "
                         "WHERE customers.custom IS NOT NULL GROUP BY j.key");
        while (st.step()) {
            if (!keys.contains(st.text(0)))
                result << Tr::tr("%1 位客户使用了新配置中没有的自定义属性 %2")
                              .arg(st.integer(1))
                              .arg(st.text(0));
        }
    }
    {
        Statement st(db, "WITH RECURSIVE split(rest, label) AS ("
                         " SELECT labels || ';', NULL FROM customers WHERE labels IS NOT NULL"
                         " UNION ALL SELECT substr(rest, instr(rest, ';') + 1),"
                         " substr(rest, 1, instr(rest, ';') - 1) FROM split WHERE rest <> '')"
                         " SELECT label, count(*) FROM split WHERE label IS NOT NULL AND label <> ''"
                         " GROUP BY label");
        while (st.step()) {
            if (!labels.contains(st.text(0)))
                result << Tr::tr("%1 位客户带有新配置中没有的标签「%2」")
                              .arg(st.integer(1))
                              .arg(st.text(0));
        }
    }
    for (const Attribute &a : config.attributes) {
        const int canonical = CanonicalAttributes::indexOf(a.key);
        if (canonical < 0 || CanonicalAttributes::all()[size_t(canonical)].type != AttributeType::Enum)
            continue;
        Statement st(db, "SELECT " + Sql::quoted(a.key) + ", count(*) FROM customers WHERE " +
                             Sql::quoted(a.key) + " IS NOT NULL GROUP BY 1");
        while (st.step()) {
            if (!a.values.contains(st.text(0)))
                result << Tr::tr("%1 位客户的「%2」是新配置中没有的取值「%3」")
                              .arg(st.integer(1))
                              .arg(a.nameZh, st.text(0));
        }
    }
    return result;
}

} // namespace portrait::ConfigRepository
