// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
// PDF reports produced headless and read back with poppler-utils (installed by scripts/setup.sh;
// the checks are skipped, with a warning, only when the tools are missing), and the portrait and
// report commands as a user runs them.
#include "PortraitFixture.h"
#include "TestWorkspace.h"

#include "portrait/PortraitBuilder.h"
#include "portrait/ReportDataBuilder.h"
#include "report/PdfReportWriter.h"
#include "storage/PortraitDataLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace portrait;

namespace {

struct Run
{
    int code;
    QString out, err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

bool havePoppler()
{
    const bool ok = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
                    !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty() &&
                    !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
    if (!ok)
        WARN("poppler-utils missing: PDF contents not checked (scripts/setup.sh installs them)");
    return ok;
}

int pageCount(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf}).out;
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

std::unique_ptr<Workspace> hostileWorkspace(const QString &dir)
{
    auto ws = makeSeededWorkspace(dir);
    const QString longName = QString(300, QChar(0x957F)) + QStringLiteral("有限公司");
    const QStringList names{QStringLiteral("<b>粗体</b> & \"引号\" 'single'"), longName,
                            QString::fromUtf8("\xF0\x9F\x94\x8C 充电 \xF0\x9F\x9A\x97 站"), QStringLiteral("王建国"),
                            QStringLiteral("%1 %2 %n &amp;")};
    int i = 0;
    for (const QString &name : names) {
        ++i;
        addCustomer(*ws, {{QStringLiteral("customer_no"), QStringLiteral("H%1").arg(i)},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("entity_kind"), QStringLiteral("充换电运营商")},
                          {QStringLiteral("project_status"), QStringLiteral("投运")},
                          {QStringLiteral("annual_kwh"), 1000.0 * i}});
    }
    addCustomer(*ws, {{QStringLiteral("customer_no"), QStringLiteral("R1")}, {QStringLiteral("name"), QStringLiteral("李四")},
                      {QStringLiteral("entity_kind"), QStringLiteral("居民")}, {QStringLiteral("elec_type"), QStringLiteral("居民生活")}});
    classifyAll(*ws);
    return ws;
}

} // namespace

TEST_CASE("a report with hostile names renders, embeds its Chinese font and can be searched")
{
    QTemporaryDir dir;
    auto ws = hostileWorkspace(dir.path());
    const PortraitData data = PortraitDataLoader::load(ws->db());
    Portrait p = PortraitBuilder(data).build(QStringLiteral("EVS"));
    PortraitDataLoader::fillLargest(ws->db(), p);
    ReportDataBuilder::Options options;
    options.workspace = QStringLiteral("<工作区> & \"测试\".pwb");
    const QString pdf = dir.filePath(QStringLiteral("evs.pdf"));
    PdfReportWriter::write(ReportDataBuilder::build(p, data.config, options), pdf);
    REQUIRE(QFileInfo(pdf).size() > 1000);
    REQUIRE(!PdfReportWriter::cjkFamily().isEmpty());
    if (!havePoppler())
        return;
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
    for (const char *expected : {"部门客户画像报告", "目录", "总体概况", "客户群画像", "服务覆盖分析", "全生命周期陪伴",
                                 "资源匹配度", "行动建议", "附录", "充换电运营商", "<b>粗体</b> & \"引号\""})
        CHECK(text.contains(QString::fromUtf8(expected)));
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf}).out;
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE(!lines.isEmpty());
    for (const QString &line : lines)
        CHECK(line.contains(QLatin1String(" yes ")));  // emb column
    // Cover, contents, 一 … 五, 七, 附录 at least; two segments with customers → two card pages.
    CHECK(pageCount(pdf) >= 10);
}

TEST_CASE("portrait and report commands")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.pwb"));
    REQUIRE(run(QStringLiteral(PORTRAIT_BINARY), {QStringLiteral("init"), ws, QStringLiteral("--sample")}).code == 0);
    // No classification yet: the command classifies first.
    const Run json = run(QStringLiteral(PORTRAIT_BINARY), {QStringLiteral("portrait"), ws, QStringLiteral("--department"),
                                                           QStringLiteral("MKT"), QStringLiteral("--json")});
    REQUIRE(json.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("department")).toString() == QStringLiteral("MKT"));
    const double rms = o.value(QStringLiteral("resource_match")).toDouble(-1);
    CHECK(rms >= 0);
    CHECK(rms <= 1);
    const QJsonArray segments = o.value(QStringLiteral("segments")).toArray();
    REQUIRE(!segments.isEmpty());
    CHECK(segments.first().toObject().contains(QStringLiteral("category")));
    CHECK(segments.first().toObject().contains(QStringLiteral("count")));

    const Run unknown = run(QStringLiteral(PORTRAIT_BINARY), {QStringLiteral("portrait"), ws, QStringLiteral("--department"), QStringLiteral("NOPE")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("NOPE")));
    CHECK(run(QStringLiteral(PORTRAIT_BINARY), {QStringLiteral("portrait"), ws}).code == 2);

    const QString pdf = dir.filePath(QStringLiteral("mkt.pdf"));
    const Run report = run(QStringLiteral(PORTRAIT_BINARY), {QStringLiteral("report"), ws, QStringLiteral("--department"),
                                                             QStringLiteral("MKT"), QStringLiteral("-o"), pdf, QStringLiteral("--mask-names")});
    CHECK(report.code == 0);
    CHECK(QFileInfo(pdf).size() > 1000);
    const QString en = dir.filePath(QStringLiteral("mkt-en.pdf"));
    CHECK(run(QStringLiteral(PORTRAIT_BINARY), {QStringLiteral("report"), ws, QStringLiteral("--department"), QStringLiteral("MKT"),
                                                QStringLiteral("-o"), en, QStringLiteral("--lang"), QStringLiteral("en")}).code == 0);
    const QString all = dir.filePath(QStringLiteral("all"));
    CHECK(run(QStringLiteral(PORTRAIT_BINARY), {QStringLiteral("report"), ws, QStringLiteral("--all-departments"),
                                                QStringLiteral("-o"), all}).code == 0);
    CHECK(QDir(all).entryList({QStringLiteral("*.pdf")}).size() == 16);
    if (havePoppler())
        CHECK(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out.contains(QStringLiteral("营销部")));
}
