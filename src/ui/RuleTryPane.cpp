// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/RuleTryPane.h"

#include "core/Workspace.h"
#include "models/ExplanationModel.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace portrait {

RuleTryPane::RuleTryPane(Workspace *workspace, bool withSearch, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new ExplanationModel(workspace, this)),
      m_summary(new QLabel), m_view(new QTreeView)
{
    m_view->setObjectName(QStringLiteral("explanationView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    // Rule names in the first column, values in the second: both read in a narrow detail pane
    // (a fixed value column left "规则 P0…" six times there). The first column takes 55 % of the
    // width whenever the view is resized; between resizes the user may drag it.
    m_view->setIndentation(14);
    m_view->header()->setStretchLastSection(true);
    m_view->viewport()->installEventFilter(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (withSearch) {
        m_search = new QLineEdit;
        m_search->setObjectName(QStringLiteral("tryCustomerSearch"));
        m_search->setPlaceholderText(tr("输入户号或户名，按回车…"));
        m_search->setClearButtonEnabled(true);
        m_matches = new QComboBox;
        m_matches->setMinimumWidth(220);
        m_matches->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        auto *go = new QPushButton(tr("试用"));
        auto *row = new QHBoxLayout;
        row->addWidget(m_search, 1);
        row->addWidget(go);
        row->addWidget(m_matches, 1);
        layout->addLayout(row);
        connect(m_search, &QLineEdit::returnPressed, this, [this] { findCustomer(m_search->text()); });
        connect(go, &QPushButton::clicked, this, [this] { findCustomer(m_search->text()); });
        connect(m_matches, &QComboBox::activated, this,
                [this] { setCustomer(m_matches->currentData().toLongLong()); });
        m_summary->setText(tr("选择一位客户，看当前规则如何给他分类、每个条件是否成立。"));
    }
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(workspace, &Workspace::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("rules") || table == QLatin1String("classification_overrides") ||
            table == QLatin1String("settings") || table == QLatin1String("taxonomy"))
            refresh();
    });
    connect(workspace, &Workspace::customerChanged, this, [this](qint64 id) {
        if (id == customer())
            refresh();
    });
}

bool RuleTryPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_view->header()->resizeSection(0, m_view->viewport()->width() * 55 / 100);
    return QWidget::eventFilter(watched, event);
}

bool RuleTryPane::findCustomer(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    Statement st(m_workspace->db(),
                 "SELECT id, customer_no, name FROM customers WHERE customer_no = ? "
                 "UNION ALL SELECT * FROM (SELECT id, customer_no, name FROM customers "
                 "WHERE customer_no <> ? AND (customer_no LIKE ? OR name LIKE ?) ORDER BY id LIMIT 50)");
    const QString like = QLatin1Char('%') + t + QLatin1Char('%');
    st.bindAll(t, t, like, like);
    if (m_matches)
        m_matches->clear();
    qint64 first = 0;
    while (st.step()) {
        if (!first)
            first = st.integer(0);
        if (m_matches)
            m_matches->addItem(QStringLiteral("%1  %2").arg(st.text(1), st.text(2)), st.integer(0));
    }
    if (!first) {
        m_model->clear();
        m_summary->setText(tr("没有户号或户名含「%1」的客户").arg(t));
        return false;
    }
    setCustomer(first);
    return true;
}

void RuleTryPane::setCustomer(qint64 id)
{
    if (id <= 0) {
        m_model->clear();
        m_summary->clear();
        return;
    }
    QString error;
    if (!m_model->explain(id, &error)) {
        m_summary->setText(tr("无法解释：%1").arg(error));
        return;
    }
    m_summary->setText(m_model->summary());
    m_view->expandToDepth(1);
}

qint64 RuleTryPane::customer() const
{
    return m_model->customer();
}

QString RuleTryPane::summary() const
{
    return m_summary->text();
}

void RuleTryPane::refresh()
{
    if (customer() > 0)
        setCustomer(customer());
}

} // namespace portrait
