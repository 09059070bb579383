// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "ui/ChoiceLists.h"

#include <QDialog>
#include <QStringList>
#include <memory>

namespace Ui {
class NewItemDialog;
}

namespace portrait {

// Asks for the code and the Chinese name of a new configuration item (and its kind, when it has
// one). Refuses malformed and duplicate codes before the dialog closes, so that the insert that
// follows does not fail on them. Codes follow config-format.md; attribute keys are lower-case.
class NewItemDialog : public QDialog
{
    Q_OBJECT
public:
    enum class CodeStyle { Code, AttributeKey };

    NewItemDialog(const QString &title, const QStringList &existingCodes,
                  QWidget *parent = nullptr);
    ~NewItemDialog() override;

    void setIntro(const QString &text);
    void setSuggestedCode(const QString &code);
    void setCodeStyle(CodeStyle style);
    void setCaptions(const QString &code, const QString &name);
    void setKinds(const QString &label, const QList<Choice> &kinds);
    void setKind(const QString &value);

    QString code() const;
    QString name() const;
    QString kind() const;


    void accept() override;

private:
    QString problem() const;

    std::unique_ptr<Ui::NewItemDialog> m_ui;
    QStringList m_existing;
    CodeStyle m_style = CodeStyle::Code;
};

} // namespace portrait
