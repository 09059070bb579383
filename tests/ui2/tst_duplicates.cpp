// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "Ui2Test.h"

#include "core/AttributeDictionary.h"
#include "models/DuplicateGroupModel.h"
#include "models/MergeChoiceModel.h"
#include "storage/CustomerRepository.h"
#include "ui/DuplicatesDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

using namespace portrait;

namespace {
QVariantMap customer(const char *no, const char *name, const char *region, QVariant volt = {})
{
    QVariantMap c{{QStringLiteral("customer_no"), QString::fromUtf8(no)},
                  {QStringLiteral("name"), QString::fromUtf8(name)},
                  {QStringLiteral("region"), QString::fromUtf8(region)}};
    if (volt.isValid())
        c.insert(QStringLiteral("volt_kv"), volt);
    return c;
}
// Every customer with its id and values; not the revision, which an undo rightly advances.
QString customersDump(WorkspaceFixture &f)
{
    return queryText(f.workspace(),
                     "SELECT group_concat(id || '|' || customer_no || '|' || name || '|' || "
                     "coalesce(region, '') || '|' || coalesce(volt_kv, '') || '|' || coalesce(custom, '') || '|' "
                     "|| demo, ';') FROM (SELECT * FROM customers ORDER BY id)");
}
} // namespace

TEST_CASE("duplicates: a group is merged with the picked values, and undo restores it", "[ui2]")
{
    WorkspaceFixture f;
    const AttributeDictionary dictionary = AttributeDictionary::load(f.workspace().db());
    CustomerRepository::insert(f.workspace().db(), dictionary,
                               {customer("0012345678", "重复测试甲", "城东区"),
                                customer("12345678", "重复测试甲公司", "城西区", 10.0),
                                customer("9500000001", "同名测试有限责任公司", "城南区"),
                                customer("9500000002", "同名测试有限公司", "城南区")});
    const QString before = customersDump(f);
    const qint64 count = f.customers();

    DuplicatesDialog dialog(&f.workspace());
    QAbstractItemModelTester groupTester(dialog.groups());
    QAbstractItemModelTester choiceTester(dialog.choices());
    QSignalSpy searched(&dialog, &DuplicatesDialog::searchFinished);
    dialog.show();
    REQUIRE(waitUntil([&] { return searched.size() == 1; }));
    REQUIRE(dialog.groups()->rowCount() >= 2);

    int numberGroup = -1;
    for (int r = 0; r < dialog.groups()->rowCount(); ++r) {
        if (dialog.groups()->group(r).reason == DuplicateFinder::Group::Reason::CustomerNumber)
            numberGroup = r;
    }
    REQUIRE(numberGroup >= 0);
    dialog.groupView()->setCurrentIndex(dialog.groups()->index(numberGroup));
    MergeChoiceModel *choices = dialog.choices();
    REQUIRE(choices->columnCount() == 2);

    // Keep the second customer ("12345678"), but take the first one's number and region.
    dialog.keepCombo()->setCurrentIndex(1);
    int noRow = -1, regionRow = -1;
    for (int r = 0; r < int(dictionary.all().size()); ++r) {
        if (dictionary.all()[r].key == QLatin1String("customer_no"))
            noRow = r;
        if (dictionary.all()[r].key == QLatin1String("region"))
            regionRow = r;
    }
    REQUIRE(noRow >= 0);
    QTest::mouseClick(dialog.choiceView()->viewport(), Qt::LeftButton, {},
                      dialog.choiceView()->visualRect(choices->index(noRow, 0)).center());
    choices->setData(choices->index(regionRow, 0), Qt::Checked, Qt::CheckStateRole);
    CHECK(choices->index(regionRow, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(choices->index(regionRow, 1).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    const QVariantMap chosen = choices->chosenValues();
    CHECK(chosen.value(QStringLiteral("customer_no")).toString() == QStringLiteral("0012345678"));
    CHECK(chosen.value(QStringLiteral("region")).toString() == QStringLiteral("城东区"));
    const qint64 kept = choices->keptId();

    const int groupsBefore = dialog.groups()->rowCount();
    dialog.mergeButton()->click();
    CHECK(f.customers() == count - 1);
    CHECK(queryText(f.workspace(), "SELECT customer_no || '|' || region || '|' || volt_kv FROM customers "
                                   "WHERE name = '重复测试甲公司'") == QStringLiteral("0012345678|城东区|10.0"));
    CHECK(queryCount(f.workspace(), "SELECT count(*) FROM customers WHERE name = '重复测试甲'") == 0);
    CHECK(dialog.groups()->rowCount() == groupsBefore - 1);
    Q_UNUSED(kept);

    // Ctrl+Z in the dialog undoes the merge exactly.
    QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
    CHECK(customersDump(f) == before);
    // The list follows: the group is found again.
    REQUIRE(waitUntil([&] { return searched.size() == 2; }));
    CHECK(dialog.groups()->rowCount() == groupsBefore);
}

TEST_CASE("duplicates: a workspace without duplicates says so", "[ui2]")
{
    WorkspaceFixture f;
    DuplicatesDialog dialog(&f.workspace());
    QSignalSpy searched(&dialog, &DuplicatesDialog::searchFinished);
    REQUIRE(waitUntil([&] { return searched.size() == 1; }));
    // The seeded sample has no duplicates (households sharing a name are not compared).
    CHECK(dialog.groups()->rowCount() == 0);
    CHECK_FALSE(dialog.mergeButton()->isEnabled());
}
