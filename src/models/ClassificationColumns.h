// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QHash>
#include <QStringList>
#include <QVariant>

namespace portrait {

class Database;

// The five derived columns the customer list shows after its attributes: primary category,
// roles, lifecycle stage, credit grade and demand-response potential — the engine's results,
// read-only. Knows their keys and headers, how a stored result reads, and the order in which
// the list sorts by them (taxonomy codes, stage codes L1–L4, A/B/C, high → low).
class ClassificationColumns
{
public:
    static QStringList keys(); // cls.category, cls.roles, cls.stage, cls.credit, cls.dr
    static QString header(const QString &key);
    static int count() { return 5; }

    // The columns of customer_classifications a row needs, in the order text() expects them:
    // category, category_rule, roles, stage, stage_rule, credit, dr.
    static const char *selectList();
    // The column of classification_profiles a derived column sorts by, and the order of its
    // values (empty: text order).
    static const char *profileColumn(int which);
    static QStringList valueOrder(int which);

    void loadNames(Database &db);
    QVariant text(const QStringList &values, int which) const;
    QString toolTip(const QStringList &values, int which) const;

private:
    QHash<QString, QString> m_nodeNames, m_stageNames;
};

} // namespace portrait
