// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "engine/ClassificationEngine.h"
#include "engine/CustomerFrame.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// One golden directory tests/data/classify/<case>/:
//  customers.csv  UTF-8, first line attribute keys, lists ';'-joined (quote cells with commas);
//  rules.json     {"data_date", "rules": [config-format rules] (absent: the default rules),
//                  "attributes": [custom attributes {"key", "type"}], "overrides": [{"customer_no",
//                  "field", "value", "reason", "date"}]};
//  expected.json  {"customers": {customer_no: {field: value}}}: only the fields given are checked.
struct GoldenCase
{
    QString name;
    portrait::CustomerFrame frame;
    QStringList customerNos;
    portrait::ClassificationSetup setup;
    QJsonObject expected;
};

// A minimal RFC 4180 reader: quoted cells, doubled quotes, CRLF or LF.
QList<QStringList> readCsv(const QByteArray &utf8);

GoldenCase loadGoldenCase(const QString &directory);
QStringList goldenCaseNames();

// The default configuration's rules, taxonomy, stages and needs with the given data date.
portrait::ClassificationSetup defaultSetup(const QDate &dataDate);
// A frame of every default attribute (plus `extra` custom ones) from CSV text.
portrait::CustomerFrame frameFromCsv(const QByteArray &csv, QStringList *customerNos,
                                     const QList<portrait::Attribute> &extra = {});
