// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace portrait {

class ExplanationModel;
class Workspace;

// "试用于客户": pick a customer by 户号 or name and see how the current rules classify it — every
// outcome with its rule, each condition with the customer's value (值缺失 when empty), and for the
// primary category the earlier rules that failed. Follows rule edits, so the effect of an edit on
// this customer is visible at once. Also the explanation view of the customer panel.
class RuleTryPane : public QWidget
{
    Q_OBJECT
public:
    explicit RuleTryPane(Workspace *workspace, bool withSearch = true, QWidget *parent = nullptr);

    // Looks customers up by exact 户号 first, then by part of 户号 or name; shows the first.
    bool findCustomer(const QString &text);
    void setCustomer(qint64 id);
    qint64 customer() const;
    ExplanationModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString summary() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    Workspace *m_workspace;
    ExplanationModel *m_model;
    QLineEdit *m_search = nullptr;
    QComboBox *m_matches = nullptr;
    QLabel *m_summary;
    QTreeView *m_view;
};

} // namespace portrait
