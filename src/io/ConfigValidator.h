// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

namespace portrait {

struct Config;
class JsonSource;

// Checks a configuration read from a file as a whole: code syntax and uniqueness, references
// between records, the taxonomy tree, enumerated fields, the canonical attributes. Fails through
// JsonSource::fail with the JSON path of the first problem.
namespace ConfigValidator {

void validate(const JsonSource &source, const Config &config);

} // namespace ConfigValidator
} // namespace portrait
