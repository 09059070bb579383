// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "portrait/Portrait.h"

#include <QByteArray>

namespace portrait {

class Database;

// A frozen department portrait (快照): title, the date it stands for, and the portrait as JSON.
struct PortraitSnapshot
{
    qint64 id = 0;
    QString department, departmentName, title;
    QString createdAt; // the snapshot's date, YYYY-MM-DD (the day it was frozen, or chosen)
    QString dataDate;  // the customer data date of the portrait
    qint64 inScope = 0;
    QByteArray portrait; // PortraitJsonWriter's JSON, compact UTF-8; empty in lists

    // A snapshot of `portrait` under a title and date, ready to insert.
    static PortraitSnapshot freeze(const Portrait &portrait, const QString &title, const QString &date);
};

// Stores and loads portrait snapshots (schema v4, table portrait_snapshots). Values are bound;
// errors are thrown as portrait::Error, never shown.
class SnapshotRepository
{
public:
    explicit SnapshotRepository(Database &db) : m_db(db) {}

    // A department's snapshots without their portraits, newest first.
    QList<PortraitSnapshot> list(const QString &department) const;
    // One snapshot with its portrait; throws portrait::Error when there is none.
    PortraitSnapshot get(qint64 id) const;
    Portrait load(qint64 id) const;
    // Stores a snapshot (under snapshot.id when non-zero, so an undone delete comes back with
    // its id); returns the id.
    qint64 insert(const PortraitSnapshot &snapshot);
    void remove(qint64 id);
    // Returns the previous title.
    QString rename(qint64 id, const QString &title);

private:
    Database &m_db;
};

} // namespace portrait
