// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "core/Error.h"
#include "core/Workspace.h"
#include "io/CustomerExporter.h"
#include "io/CustomerGenerator.h"
#include "io/CustomerImporter.h"
#include "io/FileWriter.h"
#include "io/HeaderMapping.h"
#include "storage/ImportBatchRepository.h"
#include "storage/Reclassification.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace portrait {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(portrait::CustomerCommands)
};

QByteArray csvField(const QString &text)
{
    QString t = text;
    if (t.contains(QLatin1Char('"')) || t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('\n')))
        t = QLatin1Char('"') + t.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return t.toUtf8();
}

void writeIssues(const QString &path, const ImportReport &report)
{
    QByteArray csv = "\xEF\xBB\xBF" + Tr::tr("行号,列,值,原因,级别").toUtf8() + "\r\n";
    for (const ImportIssue &i : report.issues)
        csv += QByteArray::number(i.line) + ',' + csvField(i.column) + ',' + csvField(i.value) +
               ',' + csvField(i.reason) + ',' + csvField(i.error ? Tr::tr("错误") : Tr::tr("警告")) +
               "\r\n";
    FileWriter::write(path, csv);
}

char parseDelimiter(const QString &text, bool *ok)
{
    *ok = true;
    if (text == QLatin1String("auto"))
        return 0;
    if (text == QLatin1String("tab") || text == QLatin1String("\\t"))
        return '\t';
    if (text == QLatin1String(",") || text == QLatin1String(";") || text == QLatin1String("|"))
        return text.at(0).toLatin1();
    *ok = false;
    return 0;
}

} // namespace

int Commands::customersImport(const CommandContext &c)
{
    const Arguments args(c.args, {QStringLiteral("--skip-invalid"), QStringLiteral("--dry-run")},
                         {QStringLiteral("--encoding"), QStringLiteral("--delimiter"),
                          QStringLiteral("--mode"), QStringLiteral("--key"), QStringLiteral("--mapping"),
                          QStringLiteral("--errors"), QStringLiteral("--data-date")});
    if (!args.ok() || args.positional().size() != 2)
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench customers import 工作区 文件 [选项]")
                                 : args.error());
    ImportOptions options;
    const QString encoding = args.option(QStringLiteral("--encoding"), QStringLiteral("auto"));
    if (encoding == QLatin1String("utf-8") || encoding == QLatin1String("utf8"))
        options.encoding = CsvReader::Encoding::Utf8;
    else if (encoding.compare(QLatin1String("gb18030"), Qt::CaseInsensitive) == 0 ||
             encoding.compare(QLatin1String("gbk"), Qt::CaseInsensitive) == 0)
        options.encoding = CsvReader::Encoding::Gb18030;
    else if (encoding != QLatin1String("auto"))
        return c.usage(Tr::tr("--encoding 须为 auto、utf-8 或 gb18030"));
    bool ok = true;
    options.delimiter = parseDelimiter(args.option(QStringLiteral("--delimiter"), QStringLiteral("auto")), &ok);
    if (!ok)
        return c.usage(Tr::tr("--delimiter 须为 auto、,、;、| 或 tab"));
    if (!ImportOptions::parseMode(args.option(QStringLiteral("--mode"), QStringLiteral("upsert")), &options.mode))
        return c.usage(Tr::tr("--mode 须为 create、update 或 upsert"));
    options.key = args.option(QStringLiteral("--key"), options.key);
    options.skipInvalid = args.flag(QStringLiteral("--skip-invalid"));
    options.dryRun = args.flag(QStringLiteral("--dry-run"));
    options.dataDate = args.option(QStringLiteral("--data-date"));
    if (!options.dataDate.isEmpty() && !QDate::fromString(options.dataDate, Qt::ISODate).isValid())
        return c.usage(Tr::tr("--data-date 须为 YYYY-MM-DD"));
    const QString file = args.positional().at(1);
    try {
        if (args.has(QStringLiteral("--mapping")))
            HeaderMapping::readFile(args.option(QStringLiteral("--mapping")), options);
        auto ws = Workspace::open(args.positional().first());
        CustomerImporter importer(ws->db(), options);
        const ImportReport report = importer.run(file);
        for (const QString &note : report.notes)
            c.out << note << '\n';
        for (const ImportIssue &i : report.issues)
            (i.error ? c.err : c.out) << Tr::tr("%1:%2: %3「%4」%5：%6")
                                             .arg(QFileInfo(file).fileName())
                                             .arg(i.line)
                                             .arg(i.column, i.value.left(80),
                                                  i.error ? Tr::tr("错误") : Tr::tr("警告"), i.reason)
                                      << '\n';
        if (report.issues.size() < report.rejected + report.warnings)
            c.out << Tr::tr("（只列出前 %n 个问题）", nullptr, int(report.issues.size())) << '\n';
        if (args.has(QStringLiteral("--errors")))
            writeIssues(args.option(QStringLiteral("--errors")), report);
        if (!report.refusal.isEmpty())
            c.err << report.refusal << '\n';
        if (options.dryRun && report.refusal.isEmpty())
            c.out << Tr::tr("试运行：没有写入任何数据") << '\n';
        // Results are never stale: what an import changed is classified before it ends.
        if (report.written && !options.dryRun && report.refusal.isEmpty() &&
            (report.created || report.updated)) {
            mapLargeBlocksApart(); // the import's buffers go back before the frame is read
            c.out << Tr::tr("已重新分类 %n 位客户", nullptr, int(Reclassification::run(*ws))) << '\n';
        }
        c.out << (report.batchId ? Tr::tr("导入批次 %1：").arg(report.batchId) : QString())
              << report.summary() << '\n';
        c.out.flush();
        c.err.flush();
        return report.refusal.isEmpty() ? CommandContext::Success : CommandContext::Refused;
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
}

int Commands::customersExport(const CommandContext &c)
{
    const Arguments args(c.args, {}, {QStringLiteral("-o"), QStringLiteral("--encoding"), QStringLiteral("--headers")});
    const QString output = args.option(QStringLiteral("-o"));
    if (!args.ok() || args.positional().size() != 1 || output.isEmpty())
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench customers export 工作区 -o 文件.csv|文件.json "
                                          "[--encoding utf-8-bom|gb18030] [--headers keys|zh]")
                                 : args.error());
    CustomerExporter::Options options;
    options.format = CustomerExporter::formatForPath(output);
    const QString encoding = args.option(QStringLiteral("--encoding"), QStringLiteral("utf-8-bom"));
    if (encoding == QLatin1String("gb18030"))
        options.encoding = CustomerExporter::Encoding::Gb18030;
    else if (encoding == QLatin1String("utf-8"))
        options.encoding = CustomerExporter::Encoding::Utf8;
    else if (encoding != QLatin1String("utf-8-bom"))
        return c.usage(Tr::tr("--encoding 须为 utf-8-bom 或 gb18030"));
    const QString headers = args.option(QStringLiteral("--headers"), QStringLiteral("keys"));
    if (headers != QLatin1String("keys") && headers != QLatin1String("zh"))
        return c.usage(Tr::tr("--headers 须为 keys 或 zh"));
    options.chineseHeaders = headers == QLatin1String("zh");
    try {
        auto ws = Workspace::open(args.positional().first());
        const qint64 n = CustomerExporter(ws->db()).write(output, options);
        c.out << Tr::tr("已导出 %n 位客户到 %1", nullptr, int(n)).arg(output) << '\n';
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

int Commands::importsList(const CommandContext &c)
{
    const Arguments args(c.args, {QStringLiteral("--json")}, {});
    if (!args.ok() || args.positional().size() != 1)
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench imports list 工作区 [--json]") : args.error());
    try {
        auto ws = Workspace::open(args.positional().first());
        QJsonArray list;
        for (const auto &b : ImportBatchRepository::list(ws->db())) {
            if (args.flag(QStringLiteral("--json"))) {
                list.append(QJsonObject{{QStringLiteral("id"), b.id}, {QStringLiteral("file"), b.file},
                                        {QStringLiteral("started"), b.started}, {QStringLiteral("mode"), b.mode},
                                        {QStringLiteral("key"), b.key}, {QStringLiteral("created"), b.created},
                                        {QStringLiteral("updated"), b.updated},
                                        {QStringLiteral("unchanged"), b.unchanged},
                                        {QStringLiteral("rejected"), b.rejected},
                                        {QStringLiteral("warnings"), b.warnings},
                                        {QStringLiteral("reverted"), b.reverted.isEmpty() ? QJsonValue() : QJsonValue(b.reverted)}});
            } else {
                c.out << Tr::tr("%1  %2  %3  新建 %4，更新 %5%6")
                             .arg(b.id).arg(b.started, b.file).arg(b.created).arg(b.updated)
                             .arg(b.reverted.isEmpty() ? QString() : Tr::tr("（已撤销）"))
                      << '\n';
            }
        }
        if (args.flag(QStringLiteral("--json")))
            c.printJson(QJsonDocument(list));
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

int Commands::importsRevert(const CommandContext &c)
{
    const Arguments args(c.args, {QStringLiteral("--force")}, {});
    bool ok = false;
    const qint64 batch = args.positional().value(1).toLongLong(&ok);
    if (!args.ok() || args.positional().size() != 2 || !ok)
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench imports revert 工作区 批次号 [--force]")
                                 : args.error());
    try {
        auto ws = Workspace::open(args.positional().first());
        const auto result = ImportBatchRepository::revert(ws->db(), batch, args.flag(QStringLiteral("--force")));
        if (!result.done) {
            c.err << Tr::tr("拒绝撤销：导入后又有 %n 位客户被修改（用 --force 仍然撤销）：", nullptr,
                         int(result.changedAfterwards.size()))
                  << '\n';
            for (const QString &no : result.changedAfterwards.mid(0, 50))
                c.err << "  " << no << '\n';
            c.err.flush();
            return CommandContext::Refused;
        }
        c.out << Tr::tr("已撤销导入批次 %1：删除 %2 位新建的客户，恢复 %3 位客户的原值")
                     .arg(batch).arg(result.deleted).arg(result.restored)
              << '\n';
        c.out << Tr::tr("已重新分类 %n 位客户", nullptr, int(Reclassification::run(*ws))) << '\n';
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

int Commands::generate(const CommandContext &c)
{
    const Arguments args(c.args, {}, {QStringLiteral("--count"), QStringLiteral("--seed"), QStringLiteral("-o"),
                                      QStringLiteral("--encoding"), QStringLiteral("--headers")});
    bool countOk = false, seedOk = true;
    CustomerGenerator::Options options;
    options.count = args.option(QStringLiteral("--count")).toLongLong(&countOk);
    if (args.has(QStringLiteral("--seed")))
        options.seed = args.option(QStringLiteral("--seed")).toULongLong(&seedOk);
    const QString output = args.option(QStringLiteral("-o"));
    if (!args.ok() || !args.positional().isEmpty() || !countOk || options.count < 0 || !seedOk ||
        output.isEmpty())
        return c.usage(args.ok() ? Tr::tr("用法：portrait-workbench generate --count N [--seed S] -o 文件.csv "
                                          "[--encoding utf-8|gb18030] [--headers keys|zh]")
                                 : args.error());
    const QString encoding = args.option(QStringLiteral("--encoding"), QStringLiteral("utf-8"));
    if (encoding == QLatin1String("gb18030"))
        options.encoding = CustomerExporter::Encoding::Gb18030;
    else if (encoding == QLatin1String("utf-8-bom"))
        options.encoding = CustomerExporter::Encoding::Utf8Bom;
    else if (encoding != QLatin1String("utf-8"))
        return c.usage(Tr::tr("--encoding 须为 utf-8 或 gb18030"));
    const QString headers = args.option(QStringLiteral("--headers"), QStringLiteral("keys"));
    if (headers != QLatin1String("keys") && headers != QLatin1String("zh"))
        return c.usage(Tr::tr("--headers 须为 keys 或 zh"));
    options.chineseHeaders = headers == QLatin1String("zh");
    try {
        CustomerGenerator::writeCsv(output, options);
        c.out << Tr::tr("已生成 %n 位客户到 %1", nullptr, int(options.count)).arg(output) << '\n';
    } catch (const Error &e) {
        return c.refuse(e.message());
    }
    return CommandContext::Success;
}

} // namespace portrait
