// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/SnapshotRepository.h"

#include "core/Error.h"
#include "io/PortraitJsonReader.h"
#include "io/PortraitJsonWriter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace portrait {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::SnapshotRepository)
};

PortraitSnapshot fromRow(Statement &st, bool withPortrait)
{
    PortraitSnapshot s{st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4),
                       st.text(5),    st.integer(6), {}};
    if (withPortrait)
        s.portrait = QByteArray(st.textView(7).data(), qsizetype(st.textView(7).size()));
    return s;
}
} // namespace

PortraitSnapshot PortraitSnapshot::freeze(const Portrait &p, const QString &title, const QString &date)
{
    return {0,    p.department, p.departmentName, title, date, p.dataDate, p.inScope,
            QJsonDocument(PortraitJsonWriter::toJson(p)).toJson(QJsonDocument::Compact)};
}

QList<PortraitSnapshot> SnapshotRepository::list(const QString &department) const
{
    Statement st(m_db, "SELECT id, dept_code, dept_name, title, created_at, data_date, in_scope "
                       "FROM portrait_snapshots WHERE dept_code = ? ORDER BY created_at DESC, id DESC");
    st.bind(1, department);
    QList<PortraitSnapshot> out;
    while (st.step())
        out << fromRow(st, false);
    return out;
}

PortraitSnapshot SnapshotRepository::get(qint64 id) const
{
    Statement st(m_db, "SELECT id, dept_code, dept_name, title, created_at, data_date, in_scope, portrait "
                       "FROM portrait_snapshots WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        throw Error(Tr::tr("没有编号为 %1 的画像快照").arg(id));
    return fromRow(st, true);
}

Portrait SnapshotRepository::load(qint64 id) const
{
    const PortraitSnapshot s = get(id);
    try {
        return PortraitJsonReader::fromText(s.portrait);
    } catch (const Error &e) {
        throw Error(Tr::tr("画像快照“%1”无法读取：%2").arg(s.title, e.message()));
    }
}

qint64 SnapshotRepository::insert(const PortraitSnapshot &s)
{
    return m_db.transaction([&] {
        Statement st(m_db, "INSERT INTO portrait_snapshots(id, dept_code, dept_name, title, created_at, "
                           "data_date, in_scope, portrait) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        if (s.id > 0)
            st.bind(1, s.id);
        else
            st.bindNull(1);
        st.bind(2, s.department).bind(3, s.departmentName).bind(4, s.title).bind(5, s.createdAt);
        st.bind(6, s.dataDate).bind(7, s.inScope);
        st.bindText(8, std::string_view(s.portrait.constData(), size_t(s.portrait.size())));
        st.run();
        return m_db.lastInsertRowId();
    });
}

void SnapshotRepository::remove(qint64 id)
{
    m_db.transaction([&] {
        Statement st(m_db, "DELETE FROM portrait_snapshots WHERE id = ?");
        st.bind(1, id).run();
    });
}

QString SnapshotRepository::rename(qint64 id, const QString &title)
{
    return m_db.transaction([&] {
        Statement current(m_db, "SELECT title FROM portrait_snapshots WHERE id = ?");
        current.bind(1, id);
        if (!current.step())
            throw Error(Tr::tr("没有编号为 %1 的画像快照").arg(id));
        const QString old = current.text(0);
        Statement st(m_db, "UPDATE portrait_snapshots SET title = ? WHERE id = ?");
        st.bindAll(title, id).run();
        return old;
    });
}

} // namespace portrait
