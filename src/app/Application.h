// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Portrait Workbench authors
#pragma once

namespace portrait::Application {

// Starts the window: the application object, the interface language (Chinese unless the user
// chose English), the workspace (--workspace FILE, else the last one, else the default workspace
// in the user's data folder, created and seeded on first start), and the main window.
int run(int argc, char *argv[]);

} // namespace portrait::Application
