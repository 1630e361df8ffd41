// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace seance {

// Text from a workspace or an import (a token's name, an event's title, a post's author), made safe to show in a
// tooltip, a caption, a chart label or a Markdown cell, whatever it holds: control characters such as NUL and ESC
// are dropped (line breaks and tabs stay), isolates in the text are dropped, and a bidirectional override or
// embedding (U+202A…U+202E) is closed inside an isolate (FSI … PDI) of its own, so that it cannot reverse the text
// shown after it; and a line longer than maxLength characters is cut there with "…". Markup is not touched: escape
// it for rich text as before.
QString inertText(const QString& text, int maxLength = 200);

} // namespace seance
