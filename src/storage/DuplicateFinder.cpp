// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "storage/DuplicateFinder.h"

#include "io/ImportOptions.h"
#include "storage/Database.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace portrait::DuplicateFinder {

QString normalizedNumber(const QString &customerNo)
{
    QString s = customerNo.trimmed();
    static const QRegularExpression scientific(
        QStringLiteral("^(\\d)(?:\\.(\\d+))?[eE]\\+?(\\d+)$"));
    if (const auto m = scientific.match(s); m.hasMatch()) {
        // Excel kept only a few significant digits: compare on those.
        const QString digits = m.captured(1) + m.captured(2);
        const int exponent = m.captured(3).toInt();
        return QStringLiteral("~%1e%2").arg(digits).arg(exponent - int(digits.size()) + 1);
    }
    while (s.size() > 1 && s.startsWith(QLatin1Char('0')))
        s.remove(0, 1);
    return s;
}

QString normalizedName(const QString &name)
{
    QString n = name.normalized(QString::NormalizationForm_KC).toLower();
    static const QRegularExpression noise(QStringLiteral("[\\s\\p{P}]"));
    n.remove(noise);
    n.replace(QStringLiteral("有限责任公司"), QStringLiteral("有限公司"));
    n.replace(QStringLiteral("股份有限公司"), QStringLiteral("有限公司"));
    return n;
}

namespace {

// The key a plain number would have had after Excel shortened it to `scale` (the power of ten
// of its last kept digit), in the form normalizedNumber() gives shortened numbers.
QString approximate(const QString &number, int scale)
{
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || scale < 0)
        return {};
    const QString rounded = QString::number(std::round(value / std::pow(10.0, scale)), 'f', 0);
    return QStringLiteral("~%1e%2").arg(rounded).arg(scale);
}

} // namespace

QList<Group> find(Database &db, ProgressSink *progress)
{
    QHash<QString, QList<qint64>> byNumber, byName;
    QHash<QString, QList<qint64>> scientific; // shortened numbers by their key
    QList<QPair<qint64, QString>> plain;       // plain numbers, to match against shortened ones
    Statement st(db, "SELECT id, customer_no, name, region, credit_code, coalesce(entity_kind, '') "
                     "FROM customers ORDER BY id");
    qint64 done = 0;
    while (st.step()) {
        const qint64 id = st.integer(0);
        const QString number = normalizedNumber(st.text(1));
        if (number.startsWith(QLatin1Char('~')))
            scientific[number] << id;
        else
            plain.append({id, number});
        byNumber[number] << id;
        // Households share names all the time; only organisations without a credit code are
        // compared by name and region.
        if ((st.isNull(4) || st.text(4).trimmed().isEmpty()) && st.text(5) != QStringLiteral("居民"))
            byName[normalizedName(st.text(2)) + QLatin1Char('\x1f') + st.text(3).trimmed()] << id;
        if (progress && (++done & 65535) == 0 && !progress->progress(done, 0))
            return {};
    }
    if (!scientific.isEmpty()) {
        QSet<int> scales;
        for (auto it = scientific.cbegin(); it != scientific.cend(); ++it)
            scales.insert(it.key().section(QLatin1Char('e'), 1).toInt());
        for (const auto &[id, number] : std::as_const(plain)) {
            for (int scale : std::as_const(scales)) {
                const QString key = approximate(number, scale);
                if (scientific.contains(key))
                    byNumber[key] << id;
            }
        }
    }
    QList<Group> groups;
    for (auto it = byNumber.cbegin(); it != byNumber.cend(); ++it) {
        if (it->size() > 1) {
            QList<qint64> ids = *it;
            std::sort(ids.begin(), ids.end());
            groups.append({Group::Reason::CustomerNumber, it.key(), ids});
        }
    }
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        if (it->size() > 1 && !it.key().startsWith(QLatin1Char('\x1f')))
            groups.append({Group::Reason::NameAndRegion, it.key().section(QLatin1Char('\x1f'), 0, 0), *it});
    }
    std::sort(groups.begin(), groups.end(),
              [](const Group &a, const Group &b) { return a.ids.first() < b.ids.first(); });
    return groups;
}

} // namespace portrait::DuplicateFinder
