// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "UiTest.h"

#include "models/LinkCheckModel.h"

#include "ui/SearchableListPane.h"
#include "ui/ServiceCatalogEditor.h"
#include "ui/MasterDetailPane.h"

#include <QComboBox>
#include <QListView>
#include <QPushButton>
#include <QTableView>

using namespace portrait;

namespace {
constexpr int kDepartments = 4;
}

TEST_CASE("departments: rename, change type, add a position", "[ui]")
{
    WindowFixture f;
    auto *panel = f.showPanel<Panel>(kDepartments);
    typeInto(formChild<QLineEdit>(panel, "DepartmentForm", "nameEnEdit"), QStringLiteral("Marketing"));
    CHECK(queryText(f.workspace(), "SELECT name_en FROM departments WHERE code = 'MKT'") == QStringLiteral("Marketing"));

    auto *type = formChild<QComboBox>(panel, "DepartmentForm", "typeCombo");
    const int functional = type->findData(QStringLiteral("functional"));
    type->setCurrentIndex(functional);
    emit type->activated(functional);
    CHECK(queryText(f.workspace(), "SELECT type FROM departments WHERE code = 'MKT'") == QStringLiteral("functional"));

    const qint64 before = queryCount(f.workspace(), "SELECT count(*) FROM positions WHERE dept_code = 'MKT'");
    formChild<QPushButton>(panel, "DepartmentForm", "addPositionButton")->click();
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM positions WHERE dept_code = 'MKT'") == before + 1);
    f.undo();
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM positions WHERE dept_code = 'MKT'") == before);
}

TEST_CASE("departments: the service catalog edits services, links and steps", "[ui]")
{
    WindowFixture f;
    auto *panel = f.showPanel<Panel>(kDepartments);
    auto *catalog = panel->findChild<ServiceCatalogEditor *>();
    REQUIRE(catalog);
    REQUIRE(catalog->pane()->list()->selectKey(QStringLiteral("MKT-01")));

    typeInto(formChild<QLineEdit>(catalog, "ServiceForm", "nameEnEdit"), QStringLiteral("Zero-carbon parks"));
    CHECK(queryText(f.workspace(), "SELECT name_en FROM services WHERE code = 'MKT-01'") ==
          QStringLiteral("Zero-carbon parks"));

    auto *needs = formChild<QListView>(catalog, "ServiceForm", "needsView");
    const QModelIndexList n01 = needs->model()->match(needs->model()->index(0, 0), portrait::LinkCheckModel::CodeRole,
                                                      QStringLiteral("N01"), 1, Qt::MatchExactly);
    REQUIRE(n01.size() == 1);
    needs->setCurrentIndex(n01.first());
    QTest::keyClick(needs, Qt::Key_Space);
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM service_needs WHERE service_code = 'MKT-01' AND need_code = 'N01'") == 1);

    auto *owner = formChild<QComboBox>(catalog, "ServiceForm", "ownerCombo");
    REQUIRE(owner->count() > 2);
    owner->setCurrentIndex(0);
    emit owner->activated(0);
    CHECK(queryText(f.workspace(), "SELECT coalesce(owner_position, 'none') FROM services WHERE code = 'MKT-01'") ==
          QStringLiteral("none"));

    const qint64 steps = queryCount(f.workspace(), "SELECT count(*) FROM toolkit_steps WHERE service_code = 'MKT-01'");
    CHECK(steps == 5);
    formChild<QPushButton>(catalog, "ServiceForm", "addStepButton")->click();
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM toolkit_steps WHERE service_code = 'MKT-01'") == steps + 1);
    auto *stepsView = formChild<QTableView>(catalog, "ServiceForm", "stepsView");
    stepsView->setCurrentIndex(stepsView->model()->index(0, 0));
    formChild<QPushButton>(catalog, "ServiceForm", "stepDownButton")->click();
    CHECK(queryText(f.workspace(), "SELECT text_zh FROM toolkit_steps WHERE service_code = 'MKT-01' ORDER BY ord, id LIMIT 1")
              .startsWith(QStringLiteral("统一诊断表")));
}

TEST_CASE("departments: a new service in the department's catalog", "[ui]")
{
    WindowFixture f;
    auto *panel = f.showPanel<Panel>(kDepartments);
    auto *catalog = panel->findChild<ServiceCatalogEditor *>();
    answerNewItem(QString(), QStringLiteral("储能运维服务"));
    catalog->pane()->list()->addButton()->click();
    CHECK(queryText(f.workspace(), "SELECT code || ' ' || dept_code FROM services WHERE name_zh = '储能运维服务'")
              .endsWith(QStringLiteral(" MKT")));
}
