// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/CustomerFilterDialog.h"

#include "core/Language.h"
#include "core/Workspace.h"
#include "models/CustomerTableModel.h"
#include "models/TableModel.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace portrait {

namespace {
QString nameOf(const TableModel *attributes, int row)
{
    return localized(attributes->value(row, QStringLiteral("name_zh")).toString(),
                     attributes->value(row, QStringLiteral("name_en")).toString());
}
} // namespace

CustomerFilterDialog::CustomerFilterDialog(TableModel *attributes,
                                           const QMap<QString, QString> &filters, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("筛选客户"));
    auto *fields = new QWidget;
    auto *form = new QFormLayout(fields);
    form->setLabelAlignment(Qt::AlignRight);
    for (int r = 0; r < attributes->rowCount(); ++r) {
        const QString key = attributes->key(r).toString();
        const QString type = attributes->value(r, QStringLiteral("type")).toString();
        if (type == QLatin1String("enum")) {
            auto *combo = new QComboBox;
            combo->addItem(tr("（不限）"), QString());
            for (const QString &v : attributes->value(r, QStringLiteral("enum_values"))
                                        .toString()
                                        .split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                combo->addItem(v, v);
            combo->setCurrentIndex(qMax(0, combo->findData(filters.value(key))));
            m_combos.insert(key, combo);
            form->addRow(nameOf(attributes, r), combo);
            continue;
        }
        auto *edit = new QLineEdit(filters.value(key));
        edit->setClearButtonEnabled(true);
        if (type == QLatin1String("number") || type == QLatin1String("date"))
            edit->setPlaceholderText(tr("如 10..100、>=50、<20"));
        else
            edit->setPlaceholderText(tr("包含的文字"));
        m_edits.insert(key, edit);
        form->addRow(nameOf(attributes, r), edit);
    }
    addClassificationRows(attributes, filters, form);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(fields);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::Reset);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("应用筛选"));
    buttons->button(QDialogButtonBox::Reset)->setText(tr("全部清除"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, [this] {
        for (QLineEdit *e : std::as_const(m_edits))
            e->clear();
        for (QComboBox *c : std::as_const(m_combos))
            c->setCurrentIndex(0);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("只显示满足全部条件的客户。留空的属性不参与筛选。")));
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(460, 620);
}

void CustomerFilterDialog::addClassificationRows(TableModel *attributes,
                                                 const QMap<QString, QString> &filters, QFormLayout *form)
{
    // The stored classification: pick a category, role, stage, grade or potential.
    auto *title = new QLabel(tr("分类结果"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    form->addRow(title);
    Database &db = attributes->workspace()->db();
    const auto fromSql = [&](const char *sql) {
        QList<std::pair<QString, QString>> items;
        Statement st(db, sql);
        while (st.step())
            items.append({st.text(0), QStringLiteral("%1  %2").arg(st.text(0), st.text(1))});
        return items;
    };
    const QHash<QString, QList<std::pair<QString, QString>>> choices{
        {QStringLiteral("cls.category"), fromSql("SELECT code, name_zh FROM taxonomy WHERE kind <> 'role' ORDER BY ord, rowid")},
        {QStringLiteral("cls.roles"), fromSql("SELECT code, name_zh FROM taxonomy ORDER BY ord, rowid")},
        {QStringLiteral("cls.stage"), fromSql("SELECT code, name_zh FROM stages ORDER BY ord, rowid")},
        {QStringLiteral("cls.credit"), {{QStringLiteral("A"), QStringLiteral("A")}, {QStringLiteral("B"), QStringLiteral("B")},
                                        {QStringLiteral("C"), QStringLiteral("C")}}},
        {QStringLiteral("cls.dr"), {{QStringLiteral("high"), tr("高")}, {QStringLiteral("medium"), tr("中")},
                                    {QStringLiteral("low"), tr("低")}}}};
    for (const QString &key : CustomerTableModel::classificationKeys()) {
        auto *combo = new QComboBox;
        combo->setObjectName(key);
        combo->addItem(tr("（不限）"), QString());
        for (const auto &[code, text] : choices.value(key))
            combo->addItem(text, code);
        combo->addItem(tr("（空）"), QStringLiteral("(空)"));
        combo->setCurrentIndex(qMax(0, combo->findData(filters.value(key))));
        m_combos.insert(key, combo);
        form->addRow(CustomerTableModel::classificationHeader(key), combo);
    }
}

QMap<QString, QString> CustomerFilterDialog::filters() const
{
    QMap<QString, QString> result;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (!it.value()->text().trimmed().isEmpty())
            result.insert(it.key(), it.value()->text().trimmed());
    }
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        if (!it.value()->currentData().toString().isEmpty())
            result.insert(it.key(), it.value()->currentData().toString());
    }
    return result;
}

QString CustomerFilterDialog::describe(TableModel *attributes, const QMap<QString, QString> &filters)
{
    QStringList parts;
    for (auto it = filters.cbegin(); it != filters.cend(); ++it)
        parts << QStringLiteral("%1：%2").arg(it.key().startsWith(QLatin1String("cls."))
                                                 ? CustomerTableModel::classificationHeader(it.key())
                                                 : nameOf(attributes, attributes->rowOfKey(it.key())),
                                             it.value());
    return parts.join(tr("；"));
}

} // namespace portrait
