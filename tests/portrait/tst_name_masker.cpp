// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "TestWorkspace.h"

#include "portrait/NameMasker.h"

using portrait::NameMasker::mask;

TEST_CASE("person names keep the surname (and the last character from three on)")
{
    CHECK(mask(QStringLiteral("王五")) == QStringLiteral("王*"));
    CHECK(mask(QStringLiteral("王建国")) == QStringLiteral("王*国"));
    CHECK(mask(QStringLiteral("欧阳娜娜")) == QStringLiteral("欧**娜"));
    CHECK(mask(QStringLiteral("李")) == QStringLiteral("*"));
    CHECK(mask(QStringLiteral("  张三  ")) == QStringLiteral("张*"));
    CHECK(mask(QString()).isEmpty());
}

TEST_CASE("organisations keep only their legal form")
{
    CHECK(mask(QStringLiteral("杭州华东电器有限公司")) == QStringLiteral("某某**有限公司"));
    CHECK(mask(QStringLiteral("浙江某某钢铁股份有限公司")) == QStringLiteral("某某**股份有限公司"));
    CHECK(mask(QStringLiteral("城东供电所")) == QStringLiteral("某某**供电所"));
    CHECK(mask(QStringLiteral("市第一人民医院")) == QStringLiteral("某某**医院"));
    // The suffix alone is not masked into nothing.
    CHECK(mask(QStringLiteral("公司")) == QStringLiteral("公*"));
}

TEST_CASE("other names keep one character, whole code points")
{
    CHECK(mask(QStringLiteral("Acme <Power> & Co")) == QStringLiteral("A***"));
    CHECK(mask(QStringLiteral("滨江新区数据产业基地")) == QStringLiteral("滨***"));
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80\xE5\xBA\x97\xE9\x93\xBA\xE5\x90\x8D"); // 😀店铺名
    const QString masked = mask(emoji);
    CHECK(masked.startsWith(QString::fromUtf8("\xF0\x9F\x98\x80"))); // the emoji stays whole
    CHECK(masked.endsWith(QStringLiteral("***")));
}
