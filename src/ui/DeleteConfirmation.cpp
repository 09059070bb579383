// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/DeleteConfirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace portrait {

bool DeleteConfirmation::ask(QWidget *parent, const QString &item, const QStringList &references)
{
    QMessageBox box(parent);
    box.setIcon(references.isEmpty() ? QMessageBox::Question : QMessageBox::Warning);
    box.setWindowTitle(tr("删除"));
    box.setText(tr("删除「%1」？").arg(item));
    if (references.isEmpty()) {
        box.setInformativeText(tr("可以用“编辑 → 撤销”恢复。"));
    } else {
        constexpr int kShown = 8;
        QStringList shown = references.mid(0, kShown);
        if (references.size() > kShown)
            shown << tr("……另有 %n 处", nullptr, int(references.size() - kShown));
        box.setInformativeText(tr("以下 %n 处引用了它，删除后这些关联将一并移除（可以撤销）：",
                                  nullptr, int(references.size())) +
                               QStringLiteral("\n\n• ") + shown.join(QStringLiteral("\n• ")));
        box.setDetailedText(references.join(QLatin1Char('\n')));
    }
    QPushButton *remove = box.addButton(tr("删除"), QMessageBox::DestructiveRole);
    box.addButton(tr("取消"), QMessageBox::RejectRole);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.buttons().constLast()));
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace portrait
