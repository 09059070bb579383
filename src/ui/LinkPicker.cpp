// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/LinkPicker.h"

#include "models/LinkCheckModel.h"
#include "ui/NameCodeDelegate.h"

#include <QListView>

namespace portrait {

void LinkPicker::attach(QListView *view, LinkCheckModel *model)
{
    view->setModel(model);
    view->setItemDelegate(new NameCodeDelegate(Qt::DisplayRole, LinkCheckModel::CodeRole, view));
    view->setFlow(QListView::LeftToRight);
    view->setWrapping(true);
    view->setResizeMode(QListView::Adjust);
    view->setSpacing(3);
    view->setAlternatingRowColors(false);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

} // namespace portrait
