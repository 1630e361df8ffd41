// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QString;
class QWidget;

namespace seance {

// Help › About Seance: the version, the licence and the workspace open now.
void showAboutBox(QWidget* parent, const QString& workspacePath);

} // namespace seance
