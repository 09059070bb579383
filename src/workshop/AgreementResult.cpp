// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#include "workshop/AgreementResult.h"

namespace portrait {

const NodeAgreement *AgreementResult::node(const QString &code) const
{
    for (const NodeAgreement &n : nodes) {
        if (n.node == code)
            return &n;
    }
    return nullptr;
}

const PositionDivergence *AgreementResult::position(const QString &name) const
{
    for (const PositionDivergence &p : positions) {
        if (p.position == name)
            return &p;
    }
    return nullptr;
}

} // namespace portrait
