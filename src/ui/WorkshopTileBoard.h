// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QHash>
#include <QMap>
#include <QWidget>

class QGridLayout;
class QPushButton;

namespace portrait {

// The taxonomy as large toggle tiles for one participant's turn (ux.md 共创会). A click cycles a
// tile: not chosen → priority 1 (high) → 2 → 3 → not chosen. The board only holds the answers;
// the presentation window stores them through an undo command.
class WorkshopTileBoard : public QWidget
{
    Q_OBJECT
public:
    explicit WorkshopTileBoard(QWidget *parent = nullptr);

    // The nodes offered, as codes with their display names, in order.
    void setNodes(const QStringList &codes, const QHash<QString, QString> &names);
    void setAnswers(const QMap<QString, int> &answers);
    const QMap<QString, int> &answers() const { return m_answers; }
    QPushButton *tile(const QString &code) const { return m_tiles.value(code); }

signals:
    void answersChanged();

private:
    void cycle(const QString &code);
    void paintTile(const QString &code);

    QGridLayout *m_grid;
    QHash<QString, QString> m_names;
    QHash<QString, QPushButton *> m_tiles;
    QMap<QString, int> m_answers;
};

} // namespace portrait
