// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "UiTest.h"

#include "models/LinkCheckModel.h"

#include "ui/SearchableListPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>

using namespace portrait;

namespace {
enum { Taxonomy = 2, Rules = 3, Needs = 5, Lifecycle = 6, Attributes = 7 };

QString text(WindowFixture &f, const char *sql)
{
    return queryText(f.workspace(), sql);
}

// Toggles the check of the row showing `code` in a picker, with the keyboard.
void togglePicker(QListView *view, const QString &code)
{
    const QModelIndexList found =
        view->model()->match(view->model()->index(0, 0), portrait::LinkCheckModel::CodeRole, code, 1, Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    view->setCurrentIndex(found.first());
    QTest::keyClick(view, Qt::Key_Space);
}
} // namespace

TEST_CASE("lifecycle: renaming a stage in the form is stored and undone", "[ui]")
{
    WindowFixture f;
    auto *panel = f.showPanel<Panel>(Lifecycle);
    auto *name = formChild<QLineEdit>(panel, "StageForm", "nameEnEdit");
    typeInto(name, QStringLiteral("Project start"));
    CHECK(text(f, "SELECT name_en FROM stages WHERE code = 'L1'") == QStringLiteral("Project start"));
    f.undo();
    CHECK(text(f, "SELECT name_en FROM stages WHERE code = 'L1'") == QStringLiteral("Initiation"));
    CHECK(name->text() == QStringLiteral("Initiation"));
}

TEST_CASE("lifecycle: a multi-line field commits when it loses focus", "[ui]")
{
    WindowFixture f;
    auto *panel = f.showPanel<Panel>(Lifecycle);
    QApplication::setActiveWindow(&f.window);
    auto *aliases = formChild<QPlainTextEdit>(panel, "StageForm", "aliasesEdit");
    aliases->setFocus();
    aliases->selectAll();
    QTest::keyClicks(aliases, QStringLiteral("kickoff"));
    formChild<QLineEdit>(panel, "StageForm", "nameZhEdit")->setFocus();
    CHECK(text(f, "SELECT aliases FROM stages WHERE code = 'L1'") == QStringLiteral("kickoff"));
}

TEST_CASE("needs: the value-goal picker links goals, undoably", "[ui]")
{
    WindowFixture f;
    auto *panel = f.showPanel<Panel>(Needs);
    const char *count = "SELECT count(*) FROM need_goals WHERE need_code = 'N01' AND goal_code = 'G1'";
    REQUIRE(queryCount(f.workspace(), count) == 0);
    togglePicker(formChild<QListView>(panel, "NeedForm", "goalsView"), QStringLiteral("G1"));
    CHECK(queryCount(f.workspace(), count) == 1);
    f.undo();
    CHECK(queryCount(f.workspace(), count) == 0);
}

TEST_CASE("needs: choosing another need group", "[ui]")
{
    WindowFixture f;
    auto *panel = f.showPanel<Panel>(Needs);
    auto *group = formChild<QComboBox>(panel, "NeedForm", "groupCombo");
    const int target = group->findData(QStringLiteral("NG-X1"));
    REQUIRE(target >= 0);
    group->setCurrentIndex(target);
    emit group->activated(target);
    CHECK(text(f, "SELECT group_code FROM needs WHERE code = 'N01'") == QStringLiteral("NG-X1"));
}

TEST_CASE("taxonomy: add a child, edit it, delete it after confirming, undo", "[ui]")
{
    WindowFixture f;
    auto *panel = f.showPanel<Panel>(Taxonomy);
    auto *list = panel->findChild<SearchableListPane *>();
    REQUIRE(list);
    REQUIRE(list->selectKey(QStringLiteral("E2")));
    answerNewItem(QString(), QStringLiteral("氢能用户")); // keep the suggested code
    list->addButton()->click();
    CHECK(text(f, "SELECT parent_code || ' ' || code || ' ' || name_zh FROM taxonomy WHERE name_zh = '氢能用户'") ==
          QStringLiteral("E2 E2.7 氢能用户"));
    CHECK(list->currentKey() == QVariant(QStringLiteral("E2.7")));

    typeInto(formChild<QLineEdit>(panel, "TaxonomyForm", "nameEnEdit"), QStringLiteral("Hydrogen"));
    CHECK(text(f, "SELECT name_en FROM taxonomy WHERE code = 'E2.7'") == QStringLiteral("Hydrogen"));
    togglePicker(formChild<QListView>(panel, "TaxonomyForm", "needsView"), QStringLiteral("N04"));
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM node_needs WHERE node_code = 'E2.7'") == 1);

    confirmNextDelete();
    list->removeButton()->click();
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM taxonomy WHERE code = 'E2.7'") == 0);
    f.undo();
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM taxonomy WHERE code = 'E2.7'") == 1);
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM node_needs WHERE node_code = 'E2.7'") == 1);
}

TEST_CASE("taxonomy: deleting a referenced node can be cancelled", "[ui]")
{
    WindowFixture f;
    auto *panel = f.showPanel<Panel>(Taxonomy);
    auto *list = panel->findChild<SearchableListPane *>();
    REQUIRE(list->selectKey(QStringLiteral("E2.2")));
    QString shown;
    answerNextDialog<QMessageBox>([&shown](QMessageBox *box) {
        shown = box->informativeText();
        box->reject();
    });
    list->removeButton()->click();
    CHECK(shown.contains(QStringLiteral("MKT"))); // a department's scope names it
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM taxonomy WHERE code = 'E2.2'") == 1);
}

TEST_CASE("rules: the enabled switch and the order", "[ui]")
{
    WindowFixture f;
    auto *panel = f.showPanel<Panel>(Rules);
    auto *enabled = formChild<QCheckBox>(panel, "RuleForm", "enabledCheck");
    REQUIRE(enabled->isChecked());
    enabled->click();
    CHECK(text(f, "SELECT enabled FROM rules WHERE id = 'P01'") == QStringLiteral("0"));
    f.undo();
    CHECK(text(f, "SELECT enabled FROM rules WHERE id = 'P01'") == QStringLiteral("1"));
    CHECK(enabled->isChecked());

    auto *list = panel->findChild<SearchableListPane *>();
    const QString before = text(f, "SELECT group_concat(id) FROM (SELECT id FROM rules WHERE grp = 'primary' ORDER BY ord, rowid LIMIT 2)");
    CHECK(before == QStringLiteral("P01,P02"));
    emit list->moveRequested(1);
    CHECK(text(f, "SELECT group_concat(id) FROM (SELECT id FROM rules WHERE grp = 'primary' ORDER BY ord, rowid LIMIT 2)") ==
          QStringLiteral("P02,P01"));
    CHECK(list->currentKey() == QVariant(QStringLiteral("P01")));
    auto *condition = formChild<QPlainTextEdit>(panel, "RuleForm", "conditionView");
    CHECK(condition->toPlainText().contains(QStringLiteral("entity_kind")));
}

TEST_CASE("attributes: standard attributes stay, custom ones come and go", "[ui]")
{
    WindowFixture f;
    auto *panel = f.showPanel<Panel>(Attributes);
    auto *list = panel->findChild<SearchableListPane *>();
    REQUIRE(list->selectKey(QStringLiteral("annual_kwh")));
    CHECK_FALSE(list->removeButton()->isEnabled());
    typeInto(formChild<QLineEdit>(panel, "AttributeForm", "unitEdit"), QStringLiteral("MWh"));
    CHECK(text(f, "SELECT unit FROM attributes WHERE key = 'annual_kwh'") == QStringLiteral("MWh"));
    typeInto(formChild<QLineEdit>(panel, "AttributeForm", "maxEdit"), QStringLiteral("5e9"));
    CHECK(text(f, "SELECT max_value FROM attributes WHERE key = 'annual_kwh'") == QStringLiteral("5000000000.0"));

    answerNewItem(QStringLiteral("hydrogen_kg"), QStringLiteral("用氢量"));
    list->addButton()->click();
    CHECK(text(f, "SELECT type || ' ' || canonical FROM attributes WHERE key = 'hydrogen_kg'") ==
          QStringLiteral("text 0"));
    CHECK(list->removeButton()->isEnabled());
    confirmNextDelete();
    list->removeButton()->click();
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM attributes WHERE key = 'hydrogen_kg'") == 0);
}
