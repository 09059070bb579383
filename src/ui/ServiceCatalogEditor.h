// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include <QList>
#include <QWidget>
#include <memory>

namespace Ui {
class ServiceForm;
}

namespace portrait {

class LinkCheckModel;
class MasterDetailPane;
class TableModel;
class Workspace;

// The service catalog of one department: its services, toolkits, products and consulting offers,
// each with its owner position, the needs it meets, the stages and customer categories it serves,
// the resource advantages it uses, and (for toolkits) the ordered steps.
class ServiceCatalogEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceCatalogEditor(Workspace *workspace, QWidget *parent = nullptr);
    ~ServiceCatalogEditor() override;

    void setDepartment(const QVariant &code);
    // The services of the department whose owner is the given position (for delete warnings).
    QStringList servicesOwnedBy(const QVariant &positionId) const;
    MasterDetailPane *pane() const { return m_pane; }

signals:
    void editFailed(const QString &message);

private:
    void createPickers(Workspace *workspace);
    void createSteps(Workspace *workspace);
    void showService(const QVariant &code);

    std::unique_ptr<Ui::ServiceForm> m_form;
    TableModel *m_services;
    TableModel *m_positions;
    TableModel *m_steps;
    QList<LinkCheckModel *> m_pickers;
    MasterDetailPane *m_pane;
    QString m_department;
};

} // namespace portrait
