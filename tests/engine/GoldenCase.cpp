// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "GoldenCase.h"

#include "TestWorkspace.h"
#include "core/Error.h"
#include "io/DefaultContent.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

using namespace portrait;

QList<QStringList> readCsv(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false, any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                cell += ch;
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (ch == QLatin1Char(',')) {
            row << cell;
            cell.clear();
            any = true;
        } else if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')) {
            if (ch == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            if (any || !cell.isEmpty()) {
                row << cell;
                rows << row;
            }
            row.clear();
            cell.clear();
            any = false;
        } else {
            cell += ch;
            any = true;
        }
    }
    if (any || !cell.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

ClassificationSetup defaultSetup(const QDate &dataDate)
{
    return ClassificationSetup::fromConfig(DefaultContent::config(), dataDate);
}

CustomerFrame frameFromCsv(const QByteArray &csv, QStringList *customerNos,
                           const QList<Attribute> &extra)
{
    QList<Attribute> attributes = DefaultContent::config().attributes + extra;
    CustomerFrame frame;
    for (const Attribute &a : attributes) {
        AttributeType type = AttributeType::Text;
        CanonicalAttributes::parseType(a.type, &type);
        frame.addColumn(a.key, type);
    }
    const QList<QStringList> rows = readCsv(csv);
    if (rows.isEmpty())
        return frame;
    const QStringList header = rows.first();
    for (const QString &key : header) {
        if (frame.columnIndex(key.trimmed()) < 0)
            throw Error(QStringLiteral("customers.csv: unknown column %1").arg(key));
    }
    for (qsizetype r = 1; r < rows.size(); ++r) {
        frame.appendRow(r);
        for (int c = 0; c < frame.columnCount(); ++c) {
            CustomerFrame::Column &col = frame.column(c);
            const qsizetype at = header.indexOf(col.key());
            const QString v = at >= 0 ? rows[r].value(at).trimmed() : QString();
            if (col.key() == QLatin1String("customer_no") && customerNos)
                *customerNos << v;
            if (v.isEmpty()) {
                col.appendEmpty();
            } else if (col.type() == AttributeType::Number) {
                bool ok = false;
                const double d = v.toDouble(&ok);
                if (!ok)
                    throw Error(QStringLiteral("customers.csv: %1 is not a number").arg(v));
                col.appendNumber(d);
            } else if (col.type() == AttributeType::Date) {
                col.appendIsoDate(v.toUtf8());
            } else if (col.type() == AttributeType::List) {
                col.appendList(v.toUtf8());
            } else {
                col.appendText(v.toUtf8());
            }
        }
    }
    return frame;
}

GoldenCase loadGoldenCase(const QString &directory)
{
    GoldenCase c;
    c.name = QFileInfo(directory).fileName();
    const QJsonObject rules =
        QJsonDocument::fromJson(readFile(directory + QStringLiteral("/rules.json"))).object();
    const QDate date = QDate::fromString(rules.value(QStringLiteral("data_date")).toString(), Qt::ISODate);
    c.setup = defaultSetup(date);
    if (rules.contains(QStringLiteral("rules"))) {
        c.setup.rules.clear();
        for (const QJsonValue &v : rules.value(QStringLiteral("rules")).toArray()) {
            const QJsonObject o = v.toObject();
            Rule r;
            r.id = o.value(QStringLiteral("id")).toString();
            r.group = o.value(QStringLiteral("group")).toString();
            r.nameZh = o.value(QStringLiteral("name_zh")).toString(r.id);
            r.whenJson = QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("when")).toObject())
                                               .toJson(QJsonDocument::Compact));
            if (!o.value(QStringLiteral("outcome")).isNull())
                r.outcome = o.value(QStringLiteral("outcome")).toString();
            for (const QJsonValue &t : o.value(QStringLiteral("dept_types")).toArray())
                r.deptTypes << t.toString();
            r.enabled = o.value(QStringLiteral("enabled")).toBool(true);
            c.setup.rules << r;
        }
    }
    QList<Attribute> extra;
    for (const QJsonValue &v : rules.value(QStringLiteral("attributes")).toArray()) {
        Attribute a;
        a.key = v.toObject().value(QStringLiteral("key")).toString();
        a.type = v.toObject().value(QStringLiteral("type")).toString();
        extra << a;
    }
    c.frame = frameFromCsv(readFile(directory + QStringLiteral("/customers.csv")), &c.customerNos, extra);
    for (const QJsonValue &v : rules.value(QStringLiteral("overrides")).toArray()) {
        const QJsonObject o = v.toObject();
        const qsizetype row = c.customerNos.indexOf(o.value(QStringLiteral("customer_no")).toString());
        c.setup.overrides.append({c.frame.id(size_t(row)), o.value(QStringLiteral("field")).toString(),
                                  o.value(QStringLiteral("value")).toString(),
                                  o.value(QStringLiteral("reason")).toString(),
                                  o.value(QStringLiteral("date")).toString()});
    }
    c.expected = QJsonDocument::fromJson(readFile(directory + QStringLiteral("/expected.json"))).object();
    return c;
}

QStringList goldenCaseNames()
{
    return QDir(testDataPath(QStringLiteral("classify"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot,
                                                                    QDir::Name);
}
