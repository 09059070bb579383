// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "models/CustomerFilter.h"

#include "core/AttributeDictionary.h"
#include "core/ValueParser.h"
#include "models/ClassificationColumns.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <QHash>
#include <QRegularExpression>

namespace portrait {

namespace {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// A comparison value for numbers and dates, converted like an edit would be.
QVariant comparable(const AttributeInfo &a, const QString &text)
{
    AttributeInfo lenient = a;
    lenient.min.reset(); // filters may ask for negative growth
    return ValueParser::parse(lenient, text).value;
}

} // namespace

CustomerFilter CustomerFilter::build(const AttributeDictionary &dictionary, const QString &search,
                                     const QMap<QString, QString> &filters)
{
    CustomerFilter f;
    std::string clauses;
    auto add = [&](const std::string &clause) {
        clauses += (clauses.empty() ? " WHERE " : " AND ") + clause;
    };
    const QString pattern = likePattern(search.trimmed());
    if (!search.trimmed().isEmpty()) {
        // Each side scans its narrow covering index (户号, 户名) instead of every wide row.
        add("id IN (SELECT id FROM customers WHERE customer_no LIKE ? ESCAPE '\\' "
            "UNION ALL SELECT id FROM customers WHERE name LIKE ? ESCAPE '\\')");
        f.values << pattern << pattern;
        f.rowLocal = false;
        f.searchPattern = pattern;
    }
    const size_t searchClause = clauses.size();
    static const QRegularExpression range(QStringLiteral("^(.*)\\.\\.(.*)$"));
    static const QRegularExpression compare(QStringLiteral("^(>=|<=|>|<|=)\\s*(.+)$"));
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        if (it.key() == drillDownKey()) {
            add("id IN (SELECT id FROM temp.drill_down)"); // this connection's own table
            f.rowLocal = false;
            continue;
        }
        if (it.key().startsWith(QLatin1String("cls."))) {
            f.rowLocal = false;
            // Classification results: category, roles, stage, credit, dr of the stored run.
            const char *column = ClassificationColumns::profileColumn(
                int(ClassificationColumns::keys().indexOf(it.key())));
            if (!column)
                continue;
            const std::string col = column;
            const QString text = it.value().trimmed();
            if (text == QStringLiteral("(空)") || text == QLatin1String("(empty)")) {
                add("id NOT IN (SELECT customer_id FROM customer_classifications WHERE " + col +
                    " IS NOT NULL AND " + col + " <> '')");
            } else if (col == "roles") {
                add("id IN (SELECT customer_id FROM customer_classifications WHERE (';' || roles || ';') LIKE ? ESCAPE '\\')");
                f.values << likePattern(QLatin1Char(';') + text + QLatin1Char(';'));
            } else {
                add("id IN (SELECT customer_id FROM customer_classifications WHERE " + col + " = ?)");
                f.values << text;
            }
            continue;
        }
        const AttributeInfo *a = dictionary.find(it.key());
        if (!a)
            continue;
        const std::string expr = CustomerRepository::columnExpression(*a);
        const QString text = it.value().trimmed();
        if (text == QStringLiteral("(空)") || text == QLatin1String("(empty)")) {
            add("(" + expr + " IS NULL OR " + expr + " = '')");
            continue;
        }
        switch (a->type) {
        case AttributeType::Number:
        case AttributeType::Date: {
            if (const auto m = range.match(text); m.hasMatch()) {
                add(expr + " BETWEEN ? AND ?");
                f.values << comparable(*a, m.captured(1)) << comparable(*a, m.captured(2));
            } else if (const auto c = compare.match(text); c.hasMatch()) {
                add(expr + " " + c.captured(1).toStdString() + " ?");
                f.values << comparable(*a, c.captured(2));
            } else {
                add(expr + " = ?");
                f.values << comparable(*a, text);
            }
            break;
        }
        case AttributeType::Enum:
            add(expr + " = ?");
            f.values << text;
            break;
        case AttributeType::List:
            add("(';' || " + expr + " || ';') LIKE ? ESCAPE '\\'");
            f.values << likePattern(QLatin1Char(';') + text + QLatin1Char(';'));
            break;
        case AttributeType::Text:
            // "=value" asks for exactly that value, which an index can answer (one enterprise's
            // accounts by credit code); anything else is a substring.
            if (text.startsWith(QLatin1Char('=')) && text.size() > 1) {
                add(expr + " = ?");
                f.values << text.mid(1);
            } else {
                add(expr + " LIKE ? ESCAPE '\\'");
                f.values << likePattern(text);
            }
            break;
        }
    }
    f.where = clauses;
    if (clauses.size() != searchClause) // the search is not the only condition
        f.searchPattern.clear();
    return f;
}

void CustomerFilter::setDrillDown(Database &db, const std::vector<qint64> &ids)
{
    // A temporary table: private to this connection, never part of the workspace file, and
    // writable in a read-only workspace too.
    db.exec("CREATE TEMP TABLE IF NOT EXISTS drill_down (id INTEGER PRIMARY KEY)");
    db.exec("DELETE FROM temp.drill_down");
    Statement insert(db, "INSERT OR IGNORE INTO temp.drill_down(id) VALUES (?)");
    // A savepoint, not Database::transaction(): that would take the write lock of the
    // workspace, which a temporary table does not need (and a read-only workspace refuses).
    db.exec("SAVEPOINT drill_down");
    try {
        for (qint64 id : ids)
            insert.bind(1, id).run();
    } catch (...) {
        db.exec("ROLLBACK TO drill_down");
        db.exec("RELEASE drill_down");
        throw;
    }
    db.exec("RELEASE drill_down");
}

void CustomerFilter::bind(Statement &statement) const
{
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i + 1, values[i]);
}

} // namespace portrait
