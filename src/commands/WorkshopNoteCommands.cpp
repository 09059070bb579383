// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "commands/WorkshopNoteCommands.h"

#include "commands/RowCommands.h"
#include "core/Workspace.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace portrait::WorkshopNoteCommands {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::WorkshopNoteCommands)
};

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant nullIfZero(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

// A note appended after the session's last one in `table`.
QUndoCommand *appendNote(Workspace *workspace, const QString &table, qint64 session,
                         QVariantMap values, const QString &text)
{
    Statement st(workspace->db(), "SELECT coalesce(max(ord), 0) + 1 FROM " + Sql::quoted(table) +
                                      " WHERE session_id = ?");
    st.bind(1, session);
    values.insert(QStringLiteral("session_id"), session);
    values.insert(QStringLiteral("ord"), st.step() ? st.integer(0) : 1);
    return new InsertRowCommand(workspace, table, std::move(values), text);
}

} // namespace

QUndoCommand *addProposal(Workspace *workspace, qint64 session, qint64 author,
                          const WorkshopProposal &k)
{
    return appendNote(workspace, QStringLiteral("workshop_new_kinds"), session,
                      {{QStringLiteral("name"), k.name.trimmed()},
                       {QStringLiteral("description"), k.description.trimmed()},
                       {QStringLiteral("parent_code"), nullIfEmpty(k.parent)},
                       {QStringLiteral("author_id"), nullIfZero(author)}},
                      Tr::tr("共创会新类型「%1」").arg(k.name.trimmed()));
}

QUndoCommand *addPainPoint(Workspace *workspace, qint64 session, qint64 author,
                           const WorkshopPainPoint &note)
{
    return appendNote(workspace, QStringLiteral("workshop_pain_points"), session,
                      {{QStringLiteral("text"), note.text.trimmed()},
                       {QStringLiteral("segment_code"), nullIfEmpty(note.segment)},
                       {QStringLiteral("need_code"), nullIfEmpty(note.need)},
                       {QStringLiteral("author_id"), nullIfZero(author)}},
                      Tr::tr("痛点便签「%1」").arg(note.text.trimmed()));
}

QUndoCommand *removePainPoint(Workspace *workspace, qint64 painPoint, const QString &text)
{
    return new DeleteRowsCommand(workspace, QStringLiteral("workshop_pain_points"),
                                 QStringLiteral("id"), painPoint,
                                 Tr::tr("删除痛点便签「%1」").arg(text));
}

} // namespace portrait::WorkshopNoteCommands
