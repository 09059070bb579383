// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "ui/ImportFilePage.h"

#include "ui/ImportWizard.h"
#include "ui_ImportFileForm.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QVBoxLayout>

namespace portrait {

namespace {
const char kDelimiters[] = {0, ',', ';', '\t', '|'};
}

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_ui(std::make_unique<Ui::ImportFileForm>())
{
    setTitle(tr("选择客户名单文件"));
    setSubTitle(tr("营销系统导出的 CSV（UTF-8 或 GB18030，Excel 另存的也可以），或本工作台导出的 JSON。"));
    auto *form = new QWidget;
    m_ui->setupUi(form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_ui->errorLabel->hide();
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->errorLabel->hide();
        emit completeChanged();
    });
}

ImportFilePage::~ImportFilePage() = default;

void ImportFilePage::setFilePath(const QString &path)
{
    m_ui->fileEdit->setText(path);
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("选择客户名单文件"), QFileInfo(m_ui->fileEdit->text()).path(),
        tr("客户名单 (*.csv *.txt *.json);;所有文件 (*)"));
    if (!path.isEmpty())
        m_ui->fileEdit->setText(path);
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(m_ui->fileEdit->text().trimmed()).isFile();
}

bool ImportFilePage::validatePage()
{
    ImportOptions &options = m_wizard->options();
    static const CsvReader::Encoding encodings[] = {CsvReader::Encoding::Auto, CsvReader::Encoding::Utf8,
                                                    CsvReader::Encoding::Gb18030};
    options.encoding = encodings[qBound(0, m_ui->encodingCombo->currentIndex(), 2)];
    options.delimiter = kDelimiters[qBound(0, m_ui->delimiterCombo->currentIndex(), 4)];
    QString error;
    if (!m_wizard->loadPreview(m_ui->fileEdit->text().trimmed(), &error)) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        return false;
    }
    return true;
}

} // namespace portrait
