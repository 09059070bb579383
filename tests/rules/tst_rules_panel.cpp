// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "RulesTest.h"

#include "models/ConditionTreeModel.h"
#include "models/ExplanationModel.h"
#include "models/RuleListModel.h"
#include "ui/ConditionEditor.h"
#include "ui/ConditionLeafEditor.h"
#include "ui/LiveCountService.h"
#include "ui/RuleTryPane.h"
#include "ui/RulesPanel.h"
#include "commands/ReorderRulesCommand.h"
#include "ui/SearchableListPane.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QDir>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>

using namespace portrait;

namespace {

RulesPanel *openRules(WindowFixture &f)
{
    auto *panel = f.showPanel<RulesPanel>(RulesPanelIndex);
    REQUIRE(waitFor([panel] { return panel->counts()->isReady() && !panel->counts()->isBusy(); }));
    return panel;
}

void chooseRule(RulesPanel *panel, const char *id)
{
    REQUIRE(panel->findChild<SearchableListPane *>()->selectKey(QString::fromLatin1(id)));
    REQUIRE(panel->conditionEditor()->rule() == QString::fromLatin1(id));
}

// Picks an item of a combo box by its data, as a user choosing from the list does.
void choose(QComboBox *combo, const QString &data)
{
    const int i = combo->findData(data);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
    emit combo->activated(i);
}

qint64 countOf(ConditionTreeModel *model, const QModelIndex &index)
{
    return model->node(index)->count;
}

} // namespace

TEST_CASE("rule editor: an operator edit stores the condition, updates the counts and undoes", "[rules][ui]")
{
    WindowFixture f;
    RulesPanel *panel = openRules(f);
    chooseRule(panel, "P03"); // entity_kind = 内部部门 (16 of the 30 seeded customers)
    ConditionEditor *editor = panel->conditionEditor();
    ConditionTreeModel *model = editor->model();
    const QString before = queryText(f.workspace(), "SELECT when_json FROM rules WHERE id = 'P03'");
    const QModelIndex leaf = model->rootIndex();
    REQUIRE(waitFor([&] { return countOf(model, leaf) >= 0; }));
    const qint64 departments = countOf(model, leaf);
    CHECK(departments == 16);

    editor->view()->setCurrentIndex(leaf);
    choose(editor->findChild<QComboBox *>(QStringLiteral("operatorPicker")), QStringLiteral("ne"));
    const QString after = queryText(f.workspace(), "SELECT when_json FROM rules WHERE id = 'P03'");
    CHECK(after != before);
    CHECK(after.contains(QStringLiteral(R"("op":"ne")")));
    CHECK(editor->errorText().isEmpty());
    // The live count follows within moments, computed off the UI thread.
    REQUIRE(waitFor([&] { return countOf(model, model->rootIndex()) >= 0; }, 5000));
    const qint64 others = countOf(model, model->rootIndex());
    CHECK(others != departments);
    CHECK(others + departments == panel->counts()->customers());

    f.undo();
    CHECK(queryText(f.workspace(), "SELECT when_json FROM rules WHERE id = 'P03'") == before);
    CHECK(model->json() == before);
    REQUIRE(waitFor([&] { return countOf(model, model->rootIndex()) == departments; }, 5000));
}

TEST_CASE("rule editor: typing a threshold is one undo step; a broken value is not stored", "[rules][ui]")
{
    WindowFixture f;
    RulesPanel *panel = openRules(f);
    chooseRule(panel, "P07"); // any: entity_kind = 负荷聚合商, adjustable_kw ≥ 10000
    ConditionEditor *editor = panel->conditionEditor();
    ConditionTreeModel *model = editor->model();
    editor->view()->setCurrentIndex(model->index(1, 0, model->rootIndex()));
    auto *value = editor->findChild<QLineEdit *>(QStringLiteral("valueEdit"));
    REQUIRE(value->text() == QStringLiteral("10000"));
    const int steps = f.workspace().undoStack()->count();
    typeInto(value, QStringLiteral("2500"));
    CHECK(queryText(f.workspace(), "SELECT when_json FROM rules WHERE id = 'P07'").contains(QStringLiteral(R"("value":2500)")));
    CHECK(f.workspace().undoStack()->count() == steps + 1);

    typeInto(value, QStringLiteral("abc"));
    CHECK(!editor->errorText().isEmpty());
    CHECK(queryText(f.workspace(), "SELECT when_json FROM rules WHERE id = 'P07'").contains(QStringLiteral(R"("value":2)")));
    f.undo();
    CHECK(queryText(f.workspace(), "SELECT when_json FROM rules WHERE id = 'P07'").contains(QStringLiteral(R"("value":10000)")));
}

TEST_CASE("rule editor: add a condition, waterfall counts, drag order, try on a customer", "[rules][ui]")
{
    WindowFixture f;
    RulesPanel *panel = openRules(f);
    chooseRule(panel, "P22");
    ConditionEditor *editor = panel->conditionEditor();
    editor->view()->setCurrentIndex(editor->model()->rootIndex());
    editor->findChild<QPushButton *>(QStringLiteral("addConditionButton"))->click();
    const QString json = queryText(f.workspace(), "SELECT when_json FROM rules WHERE id = 'P22'");
    CHECK(json.startsWith(QStringLiteral(R"({"all":[{"attr":"elec_type")")));
    CHECK(json.contains(QStringLiteral(R"("op":"not_empty")")));

    // The waterfall: P99 takes whatever is left, so nothing remains after it.
    RuleListModel *list = panel->ruleList();
    const int last = list->rowOf(QStringLiteral("P99"));
    REQUIRE(waitFor([&] { return list->index(last, RuleListModel::RemainingColumn).data().toString() == QStringLiteral("0"); }));

    // Dragging a rule is one undo step that rewrites the order: drop P16 before row 2.
    QAbstractItemModel *shown = panel->findChild<SearchableListPane *>()->view()->model();
    QModelIndex p16;
    for (int r = 0; r < shown->rowCount(); ++r) {
        if (shown->index(r, 0).data(RuleListModel::KeyRole).toString() == QStringLiteral("P16"))
            p16 = shown->index(r, 0);
    }
    std::unique_ptr<QMimeData> drag(shown->mimeData({p16}));
    REQUIRE(shown->canDropMimeData(drag.get(), Qt::MoveAction, 2, 0, {}));
    shown->dropMimeData(drag.get(), Qt::MoveAction, 2, 0, {});
    CHECK(queryText(f.workspace(), "SELECT group_concat(id) FROM (SELECT id FROM rules WHERE grp = 'primary' ORDER BY ord, rowid LIMIT 3)")
          == QStringLiteral("P01,P02,P16"));
    // Residents now come before P03–P15: a rule that earlier ones starve gets a warning.
    f.undo();
    CHECK(queryText(f.workspace(), "SELECT group_concat(id) FROM (SELECT id FROM rules WHERE grp = 'primary' ORDER BY ord, rowid LIMIT 3)")
          == QStringLiteral("P01,P02,P03"));

    panel->tabs()->setCurrentWidget(panel->tryPane());
    const QString number = queryText(f.workspace(), "SELECT customer_no FROM customers ORDER BY id LIMIT 1");
    REQUIRE(panel->tryPane()->findCustomer(number));
    const QStringList rules = panel->tryPane()->model()->ruleIds();
    REQUIRE(!rules.isEmpty());
    CHECK(panel->tryPane()->summary().contains(QStringLiteral("规则 P")));
    CHECK(panel->tryPane()->model()->rowCount() >= 2);

    if (qEnvironmentVariableIsSet("PORTRAIT_SCREENSHOTS")) {
        f.window.resize(1500, 900);
        QTest::qWait(200);
        f.window.grab().save(QDir::temp().filePath(QStringLiteral("rules-try.png")));
        panel->tabs()->setCurrentIndex(0);
        chooseRule(panel, "P07");
        editor = panel->conditionEditor();
        editor->view()->setCurrentIndex(editor->model()->index(1, 0, editor->model()->rootIndex()));
        QTest::qWait(300);
        f.window.grab().save(QDir::temp().filePath(QStringLiteral("rules-editor.png")));
    }
}

TEST_CASE("rule editor: a new rule is added after the selected one, switched off, and deleted again", "[rules][ui]")
{
    WindowFixture f;
    RulesPanel *panel = openRules(f);
    chooseRule(panel, "P03");
    const qint64 before = queryCount(f.workspace(), "SELECT count(*) FROM rules WHERE grp = 'primary'");
    // The user clicks 新增规则 and fills the dialog.
    QTimer::singleShot(0, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit"))->setText(QStringLiteral("P03a"));
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("新规则"));
        QMetaObject::invokeMethod(dialog, "accept");
    });
    emit panel->findChild<SearchableListPane *>()->addRequested();
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM rules WHERE grp = 'primary'") == before + 1);
    CHECK(queryText(f.workspace(), "SELECT enabled || ' ' || outcome || ' ' || when_json FROM rules WHERE id = 'P03a'") ==
          queryText(f.workspace(), "SELECT '0 ' || outcome || ' {\"all\":[]}' FROM rules WHERE id = 'P03'"));
    const QStringList order = ReorderRulesCommand::currentOrder(&f.workspace(), QStringLiteral("primary"));
    CHECK(order.indexOf(QStringLiteral("P03a")) == order.indexOf(QStringLiteral("P03")) + 1);
    CHECK(panel->conditionEditor()->rule() == QStringLiteral("P03a"));

    f.workspace().undoStack()->undo();
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM rules WHERE id = 'P03a'") == 0);
    f.workspace().undoStack()->redo();
    REQUIRE(queryCount(f.workspace(), "SELECT count(*) FROM rules WHERE id = 'P03a'") == 1);

    // Delete it: the user confirms.
    chooseRule(panel, "P03a");
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
    });
    emit panel->findChild<SearchableListPane *>()->removeRequested();
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM rules WHERE grp = 'primary'") == before);
    f.workspace().undoStack()->undo();
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM rules WHERE id = 'P03a'") == 1);
}
