// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/AttributeDictionary.h"

#include <QJsonValue>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace portrait {

// The editor of one condition (a leaf of the tree): the attribute by its Chinese name (every
// attribute of the dictionary, custom ones included, searchable), the operators that fit its type
// (numbers and dates compare and take ranges, enumerations and labels are picked from checkable
// lists, text takes values or prefixes), the value, and for numbers an optional divisor attribute
// (ratio_of, "储能功率 ÷ 最大负荷 ≥ 1"). Dates take ISO dates or offsets from the data date
// (-12M, -90D, -1Y). Emits edited() with a merge key: typing in one field is one undo step.
class ConditionLeafEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ConditionLeafEditor(QWidget *parent = nullptr);

    void setDictionary(const AttributeDictionary &dictionary, const QStringList &labels);
    void setLeaf(const QString &attr, const QString &op, const QJsonValue &value, const QString &ratioOf);

    QString attr() const;
    QString op() const;
    QString ratioOf() const;
    // The value as JSON; undefined when the operator takes none. Sets *error when unusable.
    QJsonValue value(QString *error = nullptr) const;
    void setError(const QString &message);

    // Operators by attribute type, in the order shown.
    static QStringList operators(AttributeType type);

signals:
    void edited(const QString &mergeKey);

private:
    enum Page { NoValue, OneValue, TwoValues, Pick, Choose };
    void attributeChosen();
    void operatorChosen();
    void fillOperators(const QString &keep);
    void fillPicks(const QStringList &checked);
    const AttributeInfo *current() const;
    Page pageFor(const QString &op) const;

    AttributeDictionary m_dictionary;
    QStringList m_labels;
    QComboBox *m_attr, *m_op, *m_choice, *m_ratioAttr;
    QCheckBox *m_ratio;
    QStackedWidget *m_values;
    QLineEdit *m_one, *m_low, *m_high;
    QListWidget *m_picks;
    QLabel *m_hint, *m_error;
    bool m_filling = false;
};

} // namespace portrait
