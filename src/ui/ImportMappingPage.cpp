// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/ImportMappingPage.h"

#include "core/Error.h"
#include "io/FileWriter.h"
#include "io/HeaderMapping.h"
#include "models/ImportMappingModel.h"
#include "ui/ChoiceDelegate.h"
#include "ui/ImportWizard.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace portrait {

namespace {
QList<Choice> toChoices(const QList<ImportMappingModel::Choice> &list)
{
    QList<Choice> choices;
    for (const auto &c : list)
        choices.append({c.value, c.label});
    return choices;
}

QString delimiterName(char d)
{
    switch (d) {
    case '\t':
        return QCoreApplication::translate("portrait::ImportMappingPage", "制表符");
    case ';':
        return QCoreApplication::translate("portrait::ImportMappingPage", "分号");
    case '|':
        return QCoreApplication::translate("portrait::ImportMappingPage", "竖线");
    default:
        return QCoreApplication::translate("portrait::ImportMappingPage", "逗号");
    }
}
} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_detected(new QLabel), m_summary(new QLabel),
      m_error(new QLabel), m_view(new QTableView),
      m_attributeDelegate(new ChoiceDelegate({}, this))
{
    setTitle(tr("检查列的对应关系"));
    setSubTitle(tr("每一列对应到属性字典中的一个属性。点击“对应属性”修改；不需要的列选“忽略”，"
                   "字典里没有的可以“新建自定义属性”。"));
    m_view->setModel(wizard->mapping());
    m_view->setItemDelegateForColumn(ImportMappingModel::AttributeColumn, m_attributeDelegate);
    m_view->setItemDelegateForColumn(ImportMappingModel::NewTypeColumn,
                                     new ChoiceDelegate(toChoices(ImportMappingModel::typeChoices()), this));
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ImportMappingModel::SampleColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ImportMappingModel::HeaderColumn, 150);
    m_view->setColumnWidth(ImportMappingModel::AttributeColumn, 230);
    m_view->setColumnWidth(ImportMappingModel::NewKeyColumn, 130);
    m_view->setColumnWidth(ImportMappingModel::NewTypeColumn, 90);

    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *load = new QPushButton(tr("加载映射…"));
    auto *save = new QPushButton(tr("保存映射…"));
    load->setToolTip(tr("用以前保存的列对应关系（.json）"));
    save->setToolTip(tr("保存这次的列对应关系，下次导入同一系统的文件时直接加载"));
    connect(load, &QPushButton::clicked, this, [this] { loadMapping(); });
    connect(save, &QPushButton::clicked, this, [this] { saveMapping(); });
    connect(wizard->mapping(), &ImportMappingModel::mappingChanged, this, &ImportMappingPage::updateSummary);

    auto *top = new QHBoxLayout;
    top->addWidget(m_detected, 1);
    top->addWidget(load);
    top->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
}

void ImportMappingPage::initializePage()
{
    const auto &p = m_wizard->preview();
    m_attributeDelegate->setChoices(toChoices(m_wizard->mapping()->attributeChoices()));
    QString detected = tr("<b>%1</b> · 表头在第 %2 行 · 预览 %3 行")
                           .arg(QFileInfo(m_wizard->filePath()).fileName().toHtmlEscaped())
                           .arg(p.headerLine)
                           .arg(p.rows.size());
    if (!p.encoding.isEmpty())
        detected += tr(" · 编码 %1 · 分隔符 %2").arg(p.encoding, delimiterName(p.delimiter));
    m_detected->setText(detected);
    m_error->hide();
    updateSummary();
}

void ImportMappingPage::updateSummary()
{
    const ImportMappingModel *m = m_wizard->mapping();
    const int ignored = m->rowCount() - m->mappedCount();
    m_summary->setText(ignored == 0 ? tr("全部 %1 列都已对应到属性。").arg(m->rowCount())
                                    : tr("%1 列已对应到属性，%2 列将忽略。").arg(m->mappedCount()).arg(ignored));
    m_error->hide();
}

bool ImportMappingPage::validatePage()
{
    QString error;
    if (!m_wizard->mapping()->toOptions(m_wizard->options(), &error)) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    return true;
}

void ImportMappingPage::saveMapping(const QString &given)
{
    QString path = given;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("保存映射"),
                                            QFileInfo(m_wizard->filePath()).completeBaseName() +
                                                QStringLiteral("-映射.json"),
                                            tr("列映射 (*.json)"));
    if (path.isEmpty())
        return;
    ImportOptions options = m_wizard->options();
    QString error;
    if (!m_wizard->mapping()->toOptions(options, &error)) {
        QMessageBox::warning(this, tr("保存映射"), error);
        return;
    }
    try {
        FileWriter::write(path, HeaderMapping::write(m_wizard->mapping()->headers(),
                                                     m_wizard->mapping()->keys(), options));
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("保存映射"), e.message());
    }
}

void ImportMappingPage::loadMapping(const QString &given)
{
    QString path = given;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("加载映射"), QString(), tr("列映射 (*.json)"));
    if (path.isEmpty())
        return;
    try {
        ImportOptions loaded;
        HeaderMapping::readFile(path, loaded);
        m_wizard->mapping()->applyOptions(loaded);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("加载映射"), e.message());
    }
}

} // namespace portrait
