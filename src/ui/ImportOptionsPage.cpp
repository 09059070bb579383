// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/ImportOptionsPage.h"

#include "core/AttributeDictionary.h"
#include "core/Workspace.h"
#include "models/ImportMappingModel.h"
#include "storage/CustomerRepository.h"
#include "ui/ImportWizard.h"
#include "ui_ImportOptionsForm.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QVBoxLayout>

namespace portrait {

ImportOptionsPage::ImportOptionsPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_ui(std::make_unique<Ui::ImportOptionsForm>())
{
    setTitle(tr("导入选项"));
    setSubTitle(tr("每次导入都记为一个批次，之后可以在“工具 → 导入历史”里整个撤销。"));
    setCommitPage(true);
    auto *form = new QWidget;
    m_ui->setupUi(form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    m_ui->summaryLabel->setForegroundRole(QPalette::PlaceholderText);
}

ImportOptionsPage::~ImportOptionsPage() = default;

void ImportOptionsPage::initializePage()
{
    // The key must be a text attribute that the file has.
    const QString current = m_ui->keyCombo->currentData().toString();
    m_ui->keyCombo->clear();
    const AttributeDictionary dictionary = AttributeDictionary::load(m_wizard->workspace()->db());
    for (const QString &key : m_wizard->mapping()->keys()) {
        const AttributeInfo *a = key.isEmpty() ? nullptr : dictionary.find(key);
        if (a && a->type == AttributeType::Text)
            m_ui->keyCombo->addItem(QStringLiteral("%1  (%2)").arg(a->nameZh, a->key), a->key);
    }
    const QString wanted = current.isEmpty() ? m_wizard->options().key : current;
    m_ui->keyCombo->setCurrentIndex(qMax(0, m_ui->keyCombo->findData(wanted)));
    const qint64 existing = CustomerRepository::count(m_wizard->workspace()->db());
    m_ui->summaryLabel->setText(
        tr("文件：%1\n工作区现有 %2 位客户。")
            .arg(QFileInfo(m_wizard->filePath()).fileName(), QLocale().toString(existing)));
}

bool ImportOptionsPage::validatePage()
{
    ImportOptions &options = m_wizard->options();
    options.mode = m_ui->createRadio->isChecked()   ? ImportOptions::Mode::Create
                   : m_ui->updateRadio->isChecked() ? ImportOptions::Mode::Update
                                                    : ImportOptions::Mode::Upsert;
    options.key = m_ui->keyCombo->currentData().toString();
    options.skipInvalid = m_ui->skipInvalidCheck->isChecked();
    if (options.key.isEmpty()) {
        QMessageBox::warning(this, tr("导入选项"),
                             tr("文件中没有可作匹配键的列（如 户号）。请回到上一步，把户号列对应到“户号”属性。"));
        return false;
    }
    m_wizard->requestRun(m_ui->dryRunCheck->isChecked());
    return true;
}

} // namespace portrait
