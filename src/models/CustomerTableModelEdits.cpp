// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// The customer list's edits: each value validated as the importer validates it, each change one
// undo command.
#include "models/CustomerTableModel.h"

#include "commands/RowCommands.h"
#include "commands/SetCustomerAttributeCommand.h"
#include "core/AttributeDictionary.h"
#include "core/ValueParser.h"
#include "core/Workspace.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

namespace portrait {

QVariantMap CustomerTableModel::customer(qint64 id) const
{
    return CustomerRepository::load(m_workspace->db(), *m_dictionary, id);
}

bool CustomerTableModel::setAttribute(qint64 id, const QString &key, const QVariant &value,
                                      QString *error)
{
    const AttributeInfo *a = m_dictionary->find(key);
    if (!a || id <= 0)
        return false;
    const QString raw = value.typeId() == QMetaType::QStringList
                            ? value.toStringList().join(QLatin1Char(';'))
                            : value.toString();
    const ParsedValue parsed = ValueParser::parse(*a, raw);
    if (!parsed.ok() || (a->required && parsed.value.isNull())) {
        if (error)
            *error = tr("%1「%2」：%3")
                         .arg(a->displayName(), raw,
                              parsed.ok() ? tr("不能为空") : parsed.error);
        return false;
    }
    if (a->key == QLatin1String("customer_no")) {
        Statement st(m_workspace->db(), "SELECT 1 FROM customers WHERE customer_no = ? AND id <> ?");
        st.bindAll(parsed.value, id);
        if (st.step()) {
            if (error)
                *error = tr("户号 %1 已被另一位客户使用").arg(parsed.value.toString());
            return false;
        }
    }
    return m_workspace->execute(
        new SetCustomerAttributeCommand(m_workspace, id, *a, parsed.value,
                                        tr("修改客户的「%1」").arg(a->displayName())),
        error);
}

bool CustomerTableModel::addCustomer(const QString &customerNo, const QString &name, QString *error)
{
    if (customerNo.trimmed().isEmpty() || name.trimmed().isEmpty()) {
        if (error)
            *error = tr("户号和户名都不能为空");
        return false;
    }
    Statement st(m_workspace->db(), "SELECT 1 FROM customers WHERE customer_no = ?");
    st.bind(1, customerNo.trimmed());
    if (st.step()) {
        if (error)
            *error = tr("户号 %1 已存在").arg(customerNo.trimmed());
        return false;
    }
    return m_workspace->execute(
        new InsertRowCommand(m_workspace, QStringLiteral("customers"),
                             {{QStringLiteral("customer_no"), customerNo.trimmed()},
                              {QStringLiteral("name"), name.trimmed()}},
                             tr("新增客户 %1").arg(customerNo.trimmed())),
        error);
}

bool CustomerTableModel::removeCustomers(const QList<qint64> &ids, QString *error)
{
    if (ids.isEmpty())
        return false;
    auto *group = new GroupCommand(m_workspace, tr("删除 %n 位客户", nullptr, int(ids.size())));
    for (qint64 id : ids)
        new DeleteRowsCommand(m_workspace, QStringLiteral("customers"), QStringLiteral("id"), id,
                              QString(), group);
    return m_workspace->execute(group, error);
}

bool CustomerTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)))
        return false;
    QString error;
    if (!setAttribute(customerId(index.row()), attributeKey(index.column()), value, &error)) {
        if (!error.isEmpty())
            emit editFailed(error);
        return false;
    }
    return true;
}

} // namespace portrait
