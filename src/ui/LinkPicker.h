// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QObject>

class QListView;

namespace portrait {

class LinkCheckModel;

// Turns a list view into a tag picker over a LinkCheckModel: checkable chips that flow and wrap,
// each showing the name with the code small beside it. Edit failures surface through the model's
// editFailed signal.
class LinkPicker
{
public:
    static void attach(QListView *view, LinkCheckModel *model);
};

} // namespace portrait
