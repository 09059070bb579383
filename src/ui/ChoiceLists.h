// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QComboBox;

namespace portrait {

// One stored value of a fixed choice column and the words the user sees for it.
struct Choice
{
    QString value;
    QString label;
};

// The fixed choices of the configuration (department types, service kinds, rule groups…) with
// their translated names, declared once so that lists, forms and delegates say the same thing.
class ChoiceLists
{
    Q_DECLARE_TR_FUNCTIONS(portrait::ChoiceLists)
public:
    static QList<Choice> departmentTypes();
    static QList<Choice> serviceKinds();
    static QList<Choice> ruleGroups();
    static QList<Choice> taxonomyKinds();
    static QList<Choice> attributeTypes();
    static QList<Choice> attributeOrigins();

    static QString label(const QList<Choice> &choices, const QString &value);
    static QStringList values(const QList<Choice> &choices);
    // Replaces the items of a combo box: the labels shown, the values as item data.
    static void fill(QComboBox *combo, const QList<Choice> &choices);
};

} // namespace portrait
