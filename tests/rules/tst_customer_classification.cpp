// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "RulesTest.h"

#include "models/CustomerTableModel.h"
#include "models/ExplanationModel.h"
#include "storage/Database.h"
#include "ui/CustomerDetailPane.h"
#include "ui/CustomersPanel.h"
#include "ui/OverrideDialog.h"
#include "ui/Reclassifier.h"
#include "ui/RuleTryPane.h"

#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace portrait;

namespace {

void classifyAll(WindowFixture &f)
{
    Reclassifier *r = Reclassifier::of(&f.workspace());
    QSignalSpy done(r, &Reclassifier::finished);
    r->classifyAll();
    REQUIRE(waitFor([&] { return !done.isEmpty(); }));
    REQUIRE(done.first().first().toBool());
}

} // namespace

TEST_CASE("customer panel: classification columns, filter, explanation and manual override", "[rules][ui]")
{
    WindowFixture f;
    auto *panel = f.showPanel<CustomersPanel>(CustomersPanelIndex);
    classifyAll(f);
    CustomerTableModel *model = panel->model();
    const int category = model->columnCount() - 5;
    REQUIRE(model->classificationKey(category) == QStringLiteral("cls.category"));
    const QString shown = model->index(0, category).data().toString();
    CHECK(!shown.isEmpty());
    CHECK(shown != QStringLiteral("（待分类）"));
    const qint64 id = model->customerId(0);
    const QString code = queryText(f.workspace(), "SELECT category FROM customer_classifications ORDER BY customer_id LIMIT 1");

    // The filter on the category keeps exactly the customers of that category.
    model->setAttributeFilter(QStringLiteral("cls.category"), code);
    {
        Statement count(f.workspace().db(), "SELECT count(*) FROM customer_classifications WHERE category = ?");
        count.bind(1, code);
        REQUIRE(count.step());
        CHECK(model->rowCount() == count.integer(0));
    } // a statement left open would hold a read transaction
    model->setAttributeFilter(QStringLiteral("cls.category"), QString());

    panel->view()->setCurrentIndex(model->index(model->rowOfCustomer(id), 0));
    CustomerDetailPane *detail = panel->detail();
    CHECK(detail->classificationText().contains(code));
    detail->tabs()->setCurrentIndex(1);
    CHECK(detail->explanation()->customer() == id);
    CHECK(!detail->explanation()->model()->ruleIds().isEmpty());

    // A manual pin wins, is shown as such, survives a re-classification and undoes.
    OverrideDialog dialog(&f.workspace(), id);
    const int e22 = dialog.valuePicker()->findData(QStringLiteral("E2.2"));
    REQUIRE(e22 > 0);
    dialog.valuePicker()->setCurrentIndex(e22);
    dialog.reasonEdit()->setText(QStringLiteral("现场核实"));
    QString error;
    REQUIRE(dialog.apply(&error));
    CHECK(queryText(f.workspace(), "SELECT category || '/' || category_rule FROM customer_classifications "
                                   "WHERE customer_id = (SELECT min(id) FROM customers)") == QStringLiteral("E2.2/manual"));
    CHECK(model->index(model->rowOfCustomer(id), category).data().toString().contains(QStringLiteral("人工")));
    CHECK(detail->classificationText().contains(QStringLiteral("人工指定")));
    classifyAll(f);
    CHECK(queryText(f.workspace(), "SELECT category FROM customer_classifications "
                                   "WHERE customer_id = (SELECT min(id) FROM customers)") == QStringLiteral("E2.2"));
    f.undo();
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM classification_overrides") == 0);
    CHECK(queryText(f.workspace(), "SELECT category FROM customer_classifications "
                                   "WHERE customer_id = (SELECT min(id) FROM customers)") == code);

    // Editing a customer re-classifies it at once: make it a storage station.
    QString editError;
    REQUIRE(model->setAttribute(id, QStringLiteral("entity_kind"), QStringLiteral("储能电站"), &editError));
    CHECK(queryText(f.workspace(), "SELECT category FROM customer_classifications "
                                   "WHERE customer_id = (SELECT min(id) FROM customers)") == QStringLiteral("E2.2"));
    CHECK(detail->classificationText().contains(QStringLiteral("E2.2")));

    if (qEnvironmentVariableIsSet("PORTRAIT_SCREENSHOTS")) {
        f.window.resize(1500, 900);
        QTest::qWait(200);
        f.window.grab().save(QDir::temp().filePath(QStringLiteral("customers-classified.png")));
    }
}

TEST_CASE("customer panel: sorting by the classification columns", "[rules][ui]")
{
    WindowFixture f;
    auto *panel = f.showPanel<CustomersPanel>(CustomersPanelIndex);
    classifyAll(f);
    CustomerTableModel *model = panel->model();
    const int first = model->columnCount() - 5;
    // Each result's order as SQL gives it: values in order (dr high → low), ties by id
    // (reversed when descending), customers without a value last in id order.
    const auto expected = [&](const char *column, const char *order, bool ascending) {
        const std::string c = std::string("k.") + column;
        const std::string empty = "(" + c + " IS NULL OR " + c + " = '')";
        Statement st(f.workspace().db(),
                     "SELECT c.id FROM customers c LEFT JOIN customer_classifications k ON k.customer_id = c.id "
                     "ORDER BY " + empty + ", CASE WHEN " + empty + " THEN c.id END, " + order +
                         (ascending ? ", c.id" : " DESC, c.id DESC"));
        std::vector<qint64> ids;
        while (st.step())
            ids.push_back(st.integer(0));
        return ids;
    };
    const auto shown = [&] {
        std::vector<qint64> ids;
        for (int r = 0; r < model->rowCount(); ++r)
            ids.push_back(model->customerId(r));
        return ids;
    };
    const std::pair<const char *, const char *> columns[] = {
        {"category", "k.category"}, {"roles", "k.roles"}, {"stage", "k.stage"}, {"credit", "k.credit"},
        {"dr", "CASE k.dr WHEN 'high' THEN '0' WHEN 'medium' THEN '1' WHEN 'low' THEN '2' ELSE '3' || k.dr END"}};
    for (int which = 0; which < 5; ++which) {
        for (bool ascending : {true, false}) {
            INFO(columns[which].first << (ascending ? " ascending" : " descending"));
            model->sort(first + which, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
            CHECK(shown() == expected(columns[which].first, columns[which].second, ascending));
        }
    }
}
