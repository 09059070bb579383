// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "TestWorkspace.h"

#include "core/Workspace.h"
#include "models/LinkCheckModel.h"
#include "models/TableModel.h"
#include "models/TaxonomyModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace portrait;
using Tester = QAbstractItemModelTester;

namespace {
TableModel *needsModel(Workspace *ws)
{
    return new TableModel(ws, QStringLiteral("needs"), QStringLiteral("code"),
                          {{QStringLiteral("code"), "代码", TableModel::Kind::Text, false},
                           {QStringLiteral("name_zh"), "中文名称"},
                           {QStringLiteral("name_en"), "英文名称"}},
                          ws);
}
} // namespace

TEST_CASE("the table model edits through undo commands and follows the database")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    TableModel *model = needsModel(ws.get());
    Tester tester(model, Tester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 18);
    const QModelIndex name = model->index(0, 1);
    CHECK_FALSE(model->flags(model->index(0, 0)) & Qt::ItemIsEditable);
    REQUIRE(model->setData(name, QStringLiteral("接电")));
    CHECK(queryText(*ws, "SELECT name_zh FROM needs WHERE code = 'N01'") == QStringLiteral("接电"));
    CHECK(ws->undoStack()->undoText().contains(QStringLiteral("N01")));
    ws->undoStack()->undo();
    CHECK(model->data(model->index(0, 1)).toString().startsWith(QStringLiteral("用上电")));

    QString error;
    REQUIRE(model->addRow({{QStringLiteral("code"), QStringLiteral("N99")},
                           {QStringLiteral("name_zh"), QStringLiteral("新需求")}},
                          QStringLiteral("add"), &error));
    CHECK(model->rowCount() == 19);
    CHECK(model->rowOfKey(QStringLiteral("N99")) == 18);
    REQUIRE(model->moveRowBy(18, -1));
    CHECK(model->rowOfKey(QStringLiteral("N99")) == 17);
    REQUIRE(model->removeRowAt(17, QStringLiteral("remove")));
    CHECK(model->rowCount() == 18);
    ws->undoStack()->undo();
    ws->undoStack()->undo();
    ws->undoStack()->undo();
    CHECK(model->rowCount() == 18);
    CHECK(model->rowOfKey(QStringLiteral("N99")) == -1);
}

TEST_CASE("the taxonomy model moves nodes, refuses cycles and lists references")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    auto *model = new TaxonomyModel(ws.get(), ws.get());
    Tester tester(model, Tester::FailureReportingMode::Fatal);
    REQUIRE(model->indexOf(QStringLiteral("E2.2")).isValid());
    CHECK(model->parentCode(QStringLiteral("E2.2")) == QStringLiteral("E2"));

    QString error;
    REQUIRE(model->moveNode(QStringLiteral("E2.2"), QStringLiteral("E3"), 0, &error));
    CHECK(model->parentCode(QStringLiteral("E2.2")) == QStringLiteral("E3"));
    CHECK(model->index(0, 0, model->indexOf(QStringLiteral("E3"))).data(TaxonomyModel::CodeRole) ==
          QStringLiteral("E2.2"));
    ws->undoStack()->undo();
    CHECK(model->parentCode(QStringLiteral("E2.2")) == QStringLiteral("E2"));

    CHECK_FALSE(model->moveNode(QStringLiteral("E2"), QStringLiteral("E2.2"), 0, &error));
    CHECK(error.contains(QStringLiteral("下级")));

    const QStringList refs = model->references(QStringLiteral("E2.2"));
    CHECK(refs.filter(QStringLiteral("MKT-03")).size() == 1);
    CHECK(refs.filter(QStringLiteral("P09")).size() == 1);

    REQUIRE(model->addNode(QStringLiteral("E2"), QStringLiteral("E2.L1"), QStringLiteral("氢能用户"),
                           QStringLiteral("local"), &error));
    CHECK(model->parentCode(QStringLiteral("E2.L1")) == QStringLiteral("E2"));
    REQUIRE(model->removeNode(QStringLiteral("E2.2"), &error));
    CHECK(queryCount(*ws, "SELECT count(*) FROM rules WHERE id = 'P09'") == 0);
    ws->undoStack()->undo();
    CHECK(queryCount(*ws, "SELECT count(*) FROM rules WHERE id = 'P09'") == 1);
    CHECK(model->indexOf(QStringLiteral("E2.2")).isValid());

    REQUIRE(model->setData(model->indexOf(QStringLiteral("E2.2")), QStringLiteral("储能运营主体")));
    CHECK(queryText(*ws, "SELECT name_zh FROM taxonomy WHERE code = 'E2.2'") ==
          QStringLiteral("储能运营主体"));
}

TEST_CASE("the link picker replaces an owner's links in candidate order")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    auto *model = new LinkCheckModel(ws.get(), QStringLiteral("needs"), QStringLiteral("code"),
                                     QStringLiteral("service_needs"), QStringLiteral("service_code"),
                                     QStringLiteral("need_code"), ws.get());
    Tester tester(model, Tester::FailureReportingMode::Fatal);
    model->setOwner(QStringLiteral("MKT-03"));
    CHECK(model->checkedCodes() == QStringList{QStringLiteral("N04")});
    REQUIRE(model->setData(model->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    CHECK(model->checkedCodes() == (QStringList{QStringLiteral("N01"), QStringLiteral("N04")}));
    CHECK(model->data(model->index(0, 0)).toString().contains(QStringLiteral("N01")));
    ws->undoStack()->undo();
    CHECK(model->checkedCodes() == QStringList{QStringLiteral("N04")});
}
