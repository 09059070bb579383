// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace portrait {

class Reclassifier;

// The status-bar piece of a background re-classification: what is happening, a progress bar and
// a cancel button while it runs, the outcome for a few seconds afterwards. Removes itself with
// its workspace.
class ClassificationStatus : public QWidget
{
    Q_OBJECT
public:
    explicit ClassificationStatus(Reclassifier *reclassifier, QWidget *parent = nullptr);

private:
    QLabel *m_text;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace portrait
