// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// 岗位级定位 in the adopt dialog, offscreen (domain.md §10.3 point 5): the head confirms and
// changes which positions are 主责 and 协同 for each adopted segment, through the dialog's matrix;
// the adoption stores exactly that as one undo step.
#include "TestWorkspace.h"
#include "WorkshopFixture.h"

#include "commands/AdoptWorkshopCommand.h"
#include "core/Workspace.h"
#include "io/WorkshopReader.h"
#include "models/AdoptionDecisionModel.h"
#include "storage/Database.h"
#include "storage/WorkshopRepository.h"
#include "ui/WorkshopAdoptDialog.h"
#include "workshop/AdoptionDraft.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace portrait;

namespace {

using M = AdoptionDecisionModel;

// Rows of the marketing workshop: E2.2, E2.4, E1, E3.1, E2.6, E4.2, then the proposal.
constexpr int kE22 = 0, kE24 = 1, kE1 = 2, kE31 = 3, kProposal = 6;

struct AdoptFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws = makeSeededWorkspace(dir.path());
    WorkshopSession session;
    std::optional<AdoptionDraft> draft;

    AdoptFixture()
    {
        const qint64 id = insertMarketingWorkshop(*ws);
        WorkshopRepository repository(ws->db());
        session = repository.load(id);
        draft.emplace(session, WorkshopRound::Initial, repository.positions(session.department));
    }
    QHash<QString, QString> names() { return WorkshopRepository(ws->db()).nodeNames(); }
};

// Picks a role for one cell the way the head does: opens the cell's combo box in the matrix,
// chooses the entry and presses Enter.
void pick(QTableView *view, int row, const QString &position, const QString &role)
{
    auto *model = static_cast<M *>(view->model());
    const QModelIndex index = model->index(row, model->positionColumn(position));
    REQUIRE(index.isValid());
    view->setCurrentIndex(index); // opens the editor: every trigger edits in the matrix
    if (!view->indexWidget(index))
        view->edit(index);
    auto *combo = qobject_cast<QComboBox *>(view->indexWidget(index));
    REQUIRE(combo);
    combo->setCurrentIndex(combo->findData(role));
    QTest::keyClick(combo, Qt::Key_Return);
    QApplication::processEvents();
    REQUIRE(index.data(Qt::EditRole).toString() == role);
}

QString cell(const M *model, int row, const QString &position)
{
    return model->index(row, model->positionColumn(position)).data(Qt::EditRole).toString();
}

QStringList stored(Workspace &ws, const QString &node)
{
    Statement st(ws.db(), "SELECT p.name_zh || ':' || n.role || ':' || n.evidence FROM "
                          "position_nodes n JOIN positions p ON p.id = n.position_id "
                          "WHERE n.node_code = ? ORDER BY p.ord, p.id");
    st.bind(1, node);
    QStringList result;
    while (st.step())
        result << st.text(0);
    return result;
}

const QString kHead = QStringLiteral("部门负责人"), kMarket = QStringLiteral("市场专责"),
              kManager = QStringLiteral("客户经理"), kAnalyst = QStringLiteral("数据分析"),
              kAnalystPost = QStringLiteral("数据分析专责");

} // namespace

TEST_CASE("the assignment matrix starts from the draft's suggestion and flags idle positions")
{
    AdoptFixture f;
    M model(f.session, *f.draft, f.names());
    QAbstractItemModelTester tester(&model);
    // The department's positions, then 数据分析, which only a participant holds.
    CHECK(model.positions() == QStringList{kHead, kMarket, kManager, kAnalystPost, kAnalyst});
    CHECK(model.columnCount() == M::ColumnCount + 5);
    // E2.2: priority 1 from 张, 李 and 钱 → 主责 for their positions; 孙 (数据分析) gave 3.
    CHECK(cell(&model, kE22, kHead) == M::kLead);
    CHECK(cell(&model, kE22, kMarket) == M::kLead);
    CHECK(cell(&model, kE22, kManager) == M::kLead);
    CHECK(cell(&model, kE22, kAnalyst) == M::kSupport);
    CHECK(cell(&model, kE22, kAnalystPost).isEmpty());
    CHECK(model.index(kE22, model.positionColumn(kHead)).data().toString() ==
          QStringLiteral("主责"));
    // The new kind's author (孙) serves it first.
    CHECK(cell(&model, kProposal, kAnalyst) == M::kLead);
    // 数据分析专责 has no participant, so no node: flagged in its header, not refused.
    CHECK(model.positionsWithoutNode() == QStringList{kAnalystPost});
    const int idle = model.positionColumn(kAnalystPost);
    CHECK(model.headerData(idle, Qt::Horizontal).toString().contains(QStringLiteral("⚠")));
    CHECK_FALSE(model.headerData(model.positionColumn(kHead), Qt::Horizontal)
                    .toString()
                    .contains(QStringLiteral("⚠")));
    // A cell is edited only while its row is adopted, and only with a role.
    CHECK_FALSE(model.setData(model.index(kE31, idle), M::kLead));
    CHECK_FALSE(model.setData(model.index(kE22, idle), QStringLiteral("主责")));
    CHECK(model.setData(model.index(kE22, idle), M::kSupport));
    CHECK(model.positionsWithoutNode().isEmpty());
    CHECK(model.setData(model.index(kE22, M::Adopt), Qt::Unchecked, Qt::CheckStateRole));
    CHECK(model.positionsWithoutNode() == QStringList{kAnalystPost});
}

TEST_CASE("the head changes the position assignment in the dialog and adopts it as one step")
{
    AdoptFixture f;
    WorkshopAdoptDialog dialog(f.session, *f.draft, f.names());
    dialog.show();
    QApplication::processEvents();
    M *model = dialog.model();
    QTableView *view = dialog.assignmentView();
    auto *flag = dialog.findChild<QLabel *>(QStringLiteral("positionFlag"));
    // Only the adopted rows are in the matrix; ticking E3.1 adds it.
    CHECK_FALSE(view->isRowHidden(kE22));
    CHECK(view->isRowHidden(kE31));
    CHECK(flag->text().contains(kAnalystPost));
    model->setData(model->index(kE31, M::Adopt), Qt::Checked, Qt::CheckStateRole);
    CHECK_FALSE(view->isRowHidden(kE31));

    // E2.2: the head is no longer 主责, 数据分析专责 becomes a second 协同 beside 数据分析.
    pick(view, kE22, kHead, QString());
    pick(view, kE22, kAnalystPost, M::kSupport);
    CHECK_FALSE(flag->text().contains(kAnalystPost));
    // E2.4: 客户经理 becomes 主责 beside the draft's 部门负责人 and 市场专责.
    pick(view, kE24, kManager, M::kLead);
    // E1: nobody 主责 any more → refused with the node named, the dialog stays open.
    pick(view, kE1, kMarket, M::kSupport);
    pick(view, kE1, kManager, QString());
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("adoptError"))
              ->text()
              .contains(QStringLiteral("E1")));
    pick(view, kE1, kAnalyst, M::kLead);
    // E3.1 (kept by the head): 赵 gave priority 3, 张 2 → the draft's 主责 is 部门负责人.
    CHECK(cell(model, kE31, kHead) == M::kLead);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);

    const QString before = dumpWorkspace(*f.ws);
    REQUIRE(f.ws->execute(new AdoptWorkshopCommand(f.ws.get(), dialog.decision(), QString())));
    const QString w = QStringLiteral(":workshop");
    CHECK(stored(*f.ws, QStringLiteral("E2.2")) ==
          QStringList{kMarket + QStringLiteral(":lead") + w, kManager + QStringLiteral(":lead") + w,
                      kAnalystPost + QStringLiteral(":support") + w,
                      kAnalyst + QStringLiteral(":support") + w});
    CHECK(stored(*f.ws, QStringLiteral("E2.4")) ==
          QStringList{kHead + QStringLiteral(":lead") + w, kMarket + QStringLiteral(":lead") + w,
                      kManager + QStringLiteral(":lead") + w,
                      kAnalyst + QStringLiteral(":support") + w});
    CHECK(stored(*f.ws, QStringLiteral("E1")) ==
          QStringList{kHead + QStringLiteral(":support") + w,
                      kMarket + QStringLiteral(":support") + w,
                      kAnalyst + QStringLiteral(":lead") + w});
    CHECK(queryCount(*f.ws, "SELECT count(*) FROM workshop_decision_positions WHERE node_code = "
                            "'E2.2' AND position = '数据分析专责' AND role = 'support'") == 1);
    // One undo step puts everything back; redo brings the head's assignment again.
    f.ws->undoStack()->undo();
    CHECK(dumpWorkspace(*f.ws) == before);
    f.ws->undoStack()->redo();
    CHECK(stored(*f.ws, QStringLiteral("E1")).size() == 3);
}

TEST_CASE("a new kind's positions follow the head's choice")
{
    AdoptFixture f;
    WorkshopAdoptDialog dialog(f.session, *f.draft, f.names());
    dialog.show();
    M *model = dialog.model();
    model->setData(model->index(kProposal, M::Adopt), Qt::Checked, Qt::CheckStateRole);
    model->setData(model->index(kProposal, M::Parent), QStringLiteral("E2"));
    CHECK_FALSE(dialog.assignmentView()->isRowHidden(kProposal));
    pick(dialog.assignmentView(), kProposal, kAnalyst, M::kSupport);
    dialog.accept();
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("adoptError"))
              ->text()
              .contains(QStringLiteral("主责")));
    pick(dialog.assignmentView(), kProposal, kManager, M::kLead);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.decision().newKinds.size() == 1);
    CHECK(dialog.decision().newKinds[0].leadPositions == QStringList{kManager});
    CHECK(dialog.decision().newKinds[0].supportPositions == QStringList{kAnalyst});
    REQUIRE(f.ws->execute(new AdoptWorkshopCommand(f.ws.get(), dialog.decision(), QString())));
    CHECK(stored(*f.ws, QStringLiteral("E2.L1")) ==
          QStringList{kManager + QStringLiteral(":lead:workshop"),
                      kAnalyst + QStringLiteral(":support:workshop")});
}

// Not a test but a look: `test_workshop_ui "[.screenshots]"` saves the adopt dialog with the
// position matrix as PNG files in $PORTRAIT_SHOTS (default: the temporary directory).
TEST_CASE("screenshots of the adopt dialog's position assignment", "[.screenshots]")
{
    AdoptFixture f;
    const QString shots = qEnvironmentVariable("PORTRAIT_SHOTS", QDir::tempPath());
    WorkshopAdoptDialog dialog(f.session, *f.draft, f.names());
    dialog.show();
    QApplication::processEvents();
    dialog.grab().save(shots + QStringLiteral("/workshop-adopt-positions.png"));
    M *model = dialog.model();
    model->setData(model->index(kE31, M::Adopt), Qt::Checked, Qt::CheckStateRole);
    pick(dialog.assignmentView(), kE22, kAnalystPost, M::kSupport);
    const QModelIndex index = model->index(kE31, model->positionColumn(kManager));
    dialog.assignmentView()->setCurrentIndex(index);
    QApplication::processEvents();
    dialog.grab().save(shots + QStringLiteral("/workshop-adopt-positions-edit.png"));
    SUCCEED();
}
