// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

#include "core/Config.h"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace portrait {

class JsonSource;

// Checks the shape of a rule's condition tree (domain.md §8.1): groups all/any/not, leaves with a
// known attribute, a known operator and a value of the right shape; ratio_of names an attribute.
namespace ConditionValidator {

void validate(const JsonSource &source, const nlohmann::ordered_json &condition, const std::string &path,
              const QList<Attribute> &attributes);

} // namespace ConditionValidator
} // namespace portrait
