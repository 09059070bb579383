// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "app/Application.h"

#include "core/Error.h"
#include "core/Language.h"
#include "io/CustomerGenerator.h"
#include "io/DefaultContent.h"
#include "storage/Reclassification.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

namespace portrait::Application {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::Application)
};

void installTranslations(QApplication &app, const QString &override)
{
    const QString code = !override.isEmpty() ? override
                         : QSettings().value(QStringLiteral("ui/language"), QStringLiteral("zh")).toString();
    setCurrentLanguage(languageFromCode(code));
    const bool english = currentLanguage() == Language::English;
    // The product's own strings are Chinese in the source; English comes from the .qm.
    auto *own = new QTranslator(&app);
    if (english && own->load(QStringLiteral(":/i18n/portrait_en.qm")))
        app.installTranslator(own);
    // Qt's standard dialogs and buttons in the interface language.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(english ? QLocale::English : QLocale::Chinese, QLocale::China),
                 QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

QString defaultWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/默认工作区.pwb");
}

} // namespace

int run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("portrait-workbench"));
    QApplication::setApplicationName(QStringLiteral("portrait-workbench"));
    QApplication::setApplicationVersion(QStringLiteral(PORTRAIT_VERSION));
    QCommandLineParser parser;
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), QStringLiteral("file"),
                                             QStringLiteral("file"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("zh|en"),
                                        QStringLiteral("lang"));
    parser.addOption(workspaceOption);
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("workspace.pwb"), QStringLiteral("workspace"));
    parser.process(app);
    installTranslations(app, parser.value(langOption));
    QApplication::setApplicationDisplayName(Tr::tr("客户画像工作台"));

    // --workspace FILE, or the file alone (opened from a file manager).
    const QString given = parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                                                        : parser.positionalArguments().value(0);
    QString path = given;
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("workspace/last")).toString();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : defaultWorkspacePath();
    }
    if (!QFileInfo::exists(path) && given.isEmpty()) {
        try {
            // A new user sees real lists and portraits: the default content and a demo sample.
            auto ws = DefaultContent::createWorkspace(path);
            CustomerGenerator::addDemoCustomers(*ws, CustomerGenerator::kSampleSize);
            Reclassification::run(*ws); // it opens classified, as after an import
        } catch (const Error &e) {
            QMessageBox::critical(nullptr, Tr::tr("无法创建默认工作区"), e.message());
        }
    }

    MainWindow window;
    QString error;
    if (!window.openWorkspace(path, &error))
        QMessageBox::warning(&window, Tr::tr("无法打开工作区"), error);
    window.show();
    return app.exec();
}

} // namespace portrait::Application
