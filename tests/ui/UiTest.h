// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

// Shared by the widget tests: a main window on a freshly seeded workspace, and helpers that act
// like a user (type into a field, answer the next dialog).
#include "TestWorkspace.h"
#include "core/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/Panel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

struct WindowFixture
{
    QTemporaryDir dir;
    portrait::MainWindow window;

    WindowFixture()
    {
        QString path;
        {
            auto seeded = makeSeededWorkspace(dir.path());
            path = seeded->path();
        }
        QString error;
        REQUIRE(window.openWorkspace(path, &error));
        window.show();
    }

    portrait::Workspace &workspace() { return *window.workspace(); }

    template<typename P>
    P *showPanel(int index)
    {
        window.showPanel(index);
        auto *panel = qobject_cast<P *>(window.currentPanel());
        REQUIRE(panel);
        return panel;
    }

    void undo() { window.undoAction()->trigger(); }
};

// Finds a named child of a Designer form (forms are named after their class).
template<typename W>
W *formChild(QWidget *panel, const char *form, const char *name)
{
    auto *f = panel->findChild<QWidget *>(QString::fromLatin1(form));
    REQUIRE(f);
    auto *w = f->findChild<W *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

// Types ASCII text into a line edit the way a user does and confirms it with Return.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

// Runs `answer` on the next modal dialog of type D as soon as it is shown.
template<typename D, typename F>
void answerNextDialog(F answer)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

// Confirms the next delete question.
inline void confirmNextDelete()
{
    answerNextDialog<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
    });
}

// Fills and accepts the next NewItemDialog.
inline void answerNewItem(const QString &code, const QString &name)
{
    answerNextDialog<QDialog>([code, name](QDialog *dialog) {
        auto *codeEdit = dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit"));
        auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        if (!code.isNull())
            codeEdit->setText(code);
        nameEdit->setText(name);
        dialog->accept();
    });
}
