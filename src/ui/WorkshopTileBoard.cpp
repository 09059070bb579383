// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/WorkshopTileBoard.h"

#include <QGridLayout>
#include <QPushButton>
#include <cmath>

namespace portrait {

WorkshopTileBoard::WorkshopTileBoard(QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setSpacing(16);
}

void WorkshopTileBoard::setNodes(const QStringList &codes, const QHash<QString, QString> &names)
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    m_names = names;
    // A roughly square grid, wider than high for a projector.
    const int columns = std::max(1, int(std::ceil(std::sqrt(codes.size() * 1.6))));
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString code = codes[i];
        auto *tile = new QPushButton(this);
        tile->setObjectName(QStringLiteral("tile_") + code);
        tile->setCheckable(true);
        tile->setMinimumSize(220, 110);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        connect(tile, &QPushButton::clicked, this, [this, code] { cycle(code); });
        m_grid->addWidget(tile, int(i) / columns, int(i) % columns);
        m_tiles.insert(code, tile);
    }
    setAnswers({});
}

void WorkshopTileBoard::setAnswers(const QMap<QString, int> &answers)
{
    m_answers.clear();
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (m_tiles.contains(it.key()))
            m_answers.insert(it.key(), it.value());
    }
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it)
        paintTile(it.key());
}

void WorkshopTileBoard::cycle(const QString &code)
{
    const int next = m_answers.value(code, 0) + 1;
    if (next > 3)
        m_answers.remove(code);
    else
        m_answers.insert(code, next);
    paintTile(code);
    emit answersChanged();
}

void WorkshopTileBoard::paintTile(const QString &code)
{
    QPushButton *tile = m_tiles.value(code);
    const int priority = m_answers.value(code, 0);
    tile->setChecked(priority > 0);
    static const char *const kPriority[] = {"", QT_TR_NOOP("核心 1"), QT_TR_NOOP("重要 2"),
                                            QT_TR_NOOP("一般 3")};
    tile->setText(code + QLatin1Char('\n') + m_names.value(code) +
                  (priority ? QStringLiteral("\n") + tr(kPriority[priority]) : QString()));
    // Dark text on light colours; the chosen priority is also in the text for grey-scale.
    static const char *const kColours[] = {"#ffffff", "#9cc8f0", "#c4def5", "#e6f0fa"};
    tile->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: #111; border: %2px "
                                       "solid #2a5d8f; border-radius: 10px; padding: 8px; "
                                       "font-size: 26pt; }")
                            .arg(QLatin1String(kColours[priority]))
                            .arg(priority ? 4 : 1));
}

} // namespace portrait
