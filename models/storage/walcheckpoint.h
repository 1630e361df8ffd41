// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace seance {

// Copies a workspace's write-ahead log into its main file on a background thread, with a connection of
// its own. A bulk import's commit leaves everything it wrote in the log; copying it back and the two
// fsyncs that make the copy safe take about a fifth of a million-post import, and nothing the user waits
// for needs them: readers find committed pages in the log. The checkpoint is PASSIVE, so it never blocks
// readers or writers; a page a reader still needs stays in the log for a later checkpoint.
// The file is the one `handle` has open; one that is in memory, gone, or not in WAL mode is left alone.
void checkpointInBackground(sqlite3* handle);

// Blocks until every checkpoint started so far has finished. The program also waits at exit.
void waitForBackgroundCheckpoints();

} // namespace seance
