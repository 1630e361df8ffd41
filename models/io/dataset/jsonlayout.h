// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/json/jsonrecordparser.h"

#include <string>

namespace seance::dataset {

// The dataset writer's canonical layout, so that the same data always gives the same bytes:
// - 2-space indentation, members in the order the format lists them, no trailing spaces;
// - an array or object that holds only scalars is written on one line: ["a", "b"], {"label": "x", "url": "y"};
// - anything holding a container is written one element per line.
// Strings are UTF-8 (not \u-escaped); numbers use nlohmann's shortest round-trip form.
// Throws nlohmann::json::type_error on text that is not valid UTF-8.

void appendInline(std::string& out, const Json& value);
// `indent` is the indentation of the line the value starts on.
void appendBlock(std::string& out, const Json& value, int indent);
// An object written one member per line whatever it holds: how records of the catalogue are laid out.
void appendRecord(std::string& out, const Json& object, int indent);

} // namespace seance::dataset
