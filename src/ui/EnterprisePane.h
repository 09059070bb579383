// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace portrait {

class BackgroundJob;
class EmptyState;
class EnterpriseListModel;
class Workspace;

// 按企业: the enterprises that hold several accounts (customers sharing a 统一社会信用代码),
// most accounts first, searchable by name or code. Choosing one asks the customer list to show
// that enterprise's accounts only; 全部客户 shows everyone again. The list is counted in the
// background (it reads every account with a credit code) and again when the customers change.
class EnterprisePane : public QWidget
{
    Q_OBJECT
public:
    explicit EnterprisePane(Workspace *workspace, QWidget *parent = nullptr);

    EnterpriseListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString currentCode() const { return m_current; }

public slots:
    void choose(const QString &code);
    void clearChoice();
    void reload();
    // Follows the list's credit-code filter (changed elsewhere) without asking for it again.
    void setCurrentCode(const QString &code);

signals:
    // An empty code: no enterprise chosen, every customer.
    void enterpriseChosen(const QString &code);
    void loaded();

private:
    void updateState();

    EnterpriseListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_count;
    EmptyState *m_empty;
    QStackedWidget *m_stack;
    QString m_current;
    Workspace *m_workspace;
    BackgroundJob *m_job = nullptr;
    bool m_again = false; // changed while counting: count once more
};

} // namespace portrait
