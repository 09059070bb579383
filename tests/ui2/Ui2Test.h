// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

// Shared by the customer-list tool tests: a seeded workspace in a temporary folder, files
// written by the test, waiting for background work, and answering the next message box.
#include "TestWorkspace.h"
#include "core/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

struct WorkspaceFixture
{
    QTemporaryDir dir;
    std::unique_ptr<portrait::Workspace> ws = makeSeededWorkspace(dir.path());

    portrait::Workspace &workspace() { return *ws; }
    QString file(const QString &name) const { return dir.filePath(name); }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile f(file(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
    qint64 customers() { return queryCount(*ws, "SELECT count(*) FROM customers"); }
};

// Processes events until done() or the timeout; returns done().
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QTest::qWait(10);
    return done();
}

// Clicks the button of the given role in the next message box shown (modal).
inline void answerNextMessageBox(QMessageBox::ButtonRole role, QStringList *seenText = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, role, seenText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        if (seenText)
            *seenText << box->text() << box->informativeText();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == role) {
                b->click();
                return;
            }
        }
    });
    timer->start();
}
