// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// Dot voting in the pain-point round: the number of votes per participant is enforced where the
// votes are written, and totals brought by a file count for the notes but for nobody's limit.
#include "TestWorkspace.h"
#include "WorkshopFixture.h"

#include "core/Error.h"
#include "core/Workspace.h"
#include "io/WorkshopReader.h"
#include "storage/WorkshopRepository.h"
#include "storage/WorkshopVotesRepository.h"

#include <QTemporaryDir>

using namespace portrait;

TEST_CASE("dot votes: the limit per participant holds, file totals stay apart")
{
    QTemporaryDir dir;
    auto ws = makeSeededWorkspace(dir.path());
    WorkshopRepository sessions(ws->db());
    const qint64 id = insertMarketingWorkshop(*ws);
    WorkshopSession s = sessions.load(id);
    REQUIRE(s.painPoints.size() == 3);
    const qint64 zhang = s.participants[0].id, li = s.participants[1].id;
    const qint64 first = s.painPoints[0].id, third = s.painPoints[2].id;
    WorkshopVotesRepository votes(ws->db());
    CHECK(votes.votesPerParticipant(id) == 3);
    CHECK(votes.used(zhang) == 0); // the file's 5 votes on the first note are nobody's

    CHECK(votes.setDots(zhang, first, 2) == 0);
    CHECK(votes.setDots(zhang, third, 1) == 0);
    CHECK_THROWS_AS(votes.setDots(zhang, third, 2), Error);
    CHECK(votes.used(zhang) == 3);
    CHECK(votes.setDots(zhang, first, 1) == 2); // taking one back frees a dot
    CHECK(votes.setDots(zhang, third, 2) == 1);
    CHECK(votes.setDots(li, third, 3) == 0);
    CHECK_THROWS_AS(votes.setDots(li, first, -1), Error);

    s = sessions.load(id);
    CHECK(s.painPoints[0].votes == 5 + 1);
    CHECK(s.painPoints[2].votes == 2 + 2 + 3);
    CHECK(votes.dots(id).value(zhang) == QMap<qint64, int>{{first, 1}, {third, 2}});

    // The limit cannot fall below the 3 dots 李 placed.
    CHECK_THROWS_AS(votes.setVotesPerParticipant(id, 2), Error);
    CHECK(votes.setVotesPerParticipant(id, 4) == 3);
    CHECK(votes.setDots(li, first, 1) == 0);

    // A participant of one session cannot vote on another session's note.
    const qint64 other = insertMarketingWorkshop(*ws);
    CHECK_THROWS_AS(votes.setDots(zhang, sessions.load(other).painPoints[0].id, 1), Error);
}
