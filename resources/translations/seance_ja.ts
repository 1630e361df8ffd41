<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ComparePainter</name>
    <message>
        <source>%1 — day 0: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days since anchor (UTC days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events of its own between day %1 and day +%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventImpactText</name>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact, %1, %2 d before → %2 d after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventToolTip</name>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative: %1 · Kind: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size %1×%2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2 at %3× is more than %4 million pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
About %2 minutes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
About %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seance cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no narrative &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id may contain only lowercase letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The symbol is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status must be live, hypothetical, defunct or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address kind must be issuer, contract, canister, native or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total supply must be a non-negative decimal number such as 1000000 or 420.69, or empty when unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour must look like #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The narrative id may contain only lowercase letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; already has the address %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start writing to %1; is another program using it? %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the import of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved view &quot;%1&quot; holds a state that is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds text that is not valid UTF-8: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the bundled sample dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample post %1 was not inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; the sample is only written to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary file next to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the sample database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the sample database: its write-ahead log was not checkpointed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the sample database into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement-weighted sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (posts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of voice (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unscored posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scorer was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Seance database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Seance (schema %2; this version reads up to %3). It has not been opened or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace is busy (another Seance is writing to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace is read-only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace file is damaged (%1); &quot;seance check FILE&quot; checks every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace file could not be read or written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Seance workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &quot;%1&quot; has a sources column that is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative &quot;%1&quot; has a list column that is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; has a list column that is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hourly buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 — SAMPLE DATA: generated posts, not real social-media data · Seance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 · Seance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out: %1 must end in .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2–%3 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n hours before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n hour after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n hours after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 posts.
Skipped %2 duplicates.
%3 posts are in a script the lexicon does not cover and stay unscored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 tokens, %2 narratives, %3 events, %4 series and %5 saved views.
Imported %6 posts; skipped %7 duplicates; %8 are unscored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seance data (*.json *.jsonl *.ndjson *.csv);;Dataset JSON (*.json);;Posts (*.jsonl *.ndjson *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; the workspace is unchanged.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 tokens, %2 narratives, %3 events and %4 posts to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescoring posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescoring cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescoring was cancelled. The stored scores are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescoring failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored scores are unchanged.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescoring finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored %1 posts again: %2 changed their score, %3 are in a script the lexicon does not cover and stay unscored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra Lexicon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lexicon (*.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lexicon refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a lexicon Seance can read (VADER: term, mean, deviation, ratings; AFINN: term and a whole number from -5 to +5, tab-separated).

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark (ghostly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter (high contrast)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::ChartDecorations</name>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMPLE DATA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::ChartExport</name>
    <message numerus="yes">
        <source>Sentiment of %n tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seance::ChartExportRenderer</name>
    <message>
        <source>tokens: give at least one token id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens: unknown token &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens: %1 have no posts to chart; import posts or give a time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range: the time range is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts in this time range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::ChartSeriesSet</name>
    <message>
        <source>Posts per bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::ComparePane</name>
    <message>
        <source> d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the window, relative to each row&apos;s anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the window, relative to each row&apos;s anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison shows the metric chosen in View › Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace to compare narratives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare yet. Click “Add Row” and pick a narrative or token and the event that is its day 0; add a second row to overlay another one. Each row is shifted so that its anchor event falls on day 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the rows names a narrative or token and an anchor event of this workspace. Pick them above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts between day %1 and day +%2 around these anchors. Widen the window or pick other anchors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the sentiment buckets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 since anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value · posts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · posts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — aligned on day 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per UTC day, days %2 to +%3 around each anchor event. Source: Seance workspace %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data, not real posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the name must end in .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the comparison as CSV, Markdown or an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned Series as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Aligned Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Table as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Event Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image (PNG 2× or SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Comparison Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::CompareRowsEditor</name>
    <message>
        <source>&amp;Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a narrative or token to the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in this workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The narrative or token whose sentiment this row shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day 0: the event this row is aligned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this row from the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day 0:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::CsvReader</name>
    <message>
        <source>unterminated quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only, and it was written by an older version of Seance (schema %2): it needs an upgrade to schema %3, which cannot be written. Make the file and its folder writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not closed cleanly and its folder is read-only, so its last changes cannot be read. Open it once from a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver did not expose its handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::DatasetReader</name>
    <message>
        <source>%1: reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::EditCommand</name>
    <message>
        <source>Undo of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::EditFields</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One link a line, as &quot;label | https://address&quot;. Only http and https addresses are accepted. A line may also hold just a label or just an address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::EventEditDialog</name>
    <message>
        <source>New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in one line, e.g. &quot;Karpathy: summoning ghosts&quot;. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Narrative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The narrative whose timeline shows the event, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sort of event it is: podcast, post, article, launch, … Free text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the event happened, in UTC. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, shown as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;okens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tokens that the event concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sou&amp;rces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the event is documented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label | https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::EventImpactModel</name>
    <message>
        <source>Measured on the token %1: the event has no narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC. Before: days −%2 to −1; after: day 0 (the event&apos;s UTC day) to day +%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts over %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: after minus before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over %2 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before (%1 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After (%1 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::EventKind</name>
    <message>
        <source>Add event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an event &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::EventStore</name>
    <message>
        <source>There is no event &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::ExportChartDialog</name>
    <message>
        <source>%1 — slide, Full HD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — slide, HD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — square post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — link preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1× (as laid out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2× (sharp on high-density screens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw the chart:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::ImpactPane</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the metric over this many days before each event with the event&apos;s day and the days after it (UTC days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before and after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in this workspace. Add one with Edit › New Event, or import a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::Importer</name>
    <message>
        <source>%1 is already used by %2[%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on chain %2 is already used by tokens[%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on chain %2 already belongs to token %3 in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is neither in the file nor in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch size must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a CSV file needs a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the sentiment buckets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::JsonHandler</name>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong type: expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::Language</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::LineReader</name>
    <message>
        <source>line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::MainWindow</name>
    <message>
        <source>SAMPLE DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posts in this workspace were generated by Seance&apos;s deterministic sample generator. They are not real social-media data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Seance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Narratives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event impacts could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the token selected in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the token selected in the table (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Narrative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Narrati&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Narrative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New E&amp;vent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Focused Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the event focused in the chart or timeline (double-click an event to edit it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Focused Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty workspace database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another workspace database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Seance dataset (JSON) or posts (JSON Lines or CSV) to the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole workspace as a Seance dataset JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Seance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Granularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show post times in UTC instead of local time (buckets are always UTC days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seance workspaces (*.seance *.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Seance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seance %1&lt;/h3&gt;&lt;p&gt;A desktop explorer for meme-token narratives and the sentiment of the posts about them.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG or SVG picture for a slide or a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chart as a picture, at the size of the last export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the chart, full screen; ← and → step through the events, Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more tokens to chart first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart copied (%1 × %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected tokens, time range, metric, granularity, theme and comparison under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved views in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Saved View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Saved View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; already exists. Replace it with the current view?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Saved View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no view with that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its state is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme: unknown theme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Saved View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View to delete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resc&amp;ore All Posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score every stored post again with the current token names, aliases and keywords masked and the current lexicon, and redraw the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;Lexicon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a lexicon file (VADER or AFINN format) whose words add to or override the built-in ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Extra Lexicon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extra lexicon is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts rescored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New imports use %1 from now on. Score the posts already stored again with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New imports use the built-in lexicon alone from now on. Score the posts already stored again with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescore Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, aliases or keywords changed: Edit › Rescore All Posts applies them to the posts already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::NarrativeEditDialog</name>
    <message>
        <source>Narrative Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The narrative&apos;s name, e.g. &quot;Summoning ghosts&quot;. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the narrative is about, shown as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colour of the narrative&apos;s lane and series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the theme pick the narrative&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of the narrative&apos;s lane and series; none lets the theme choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated words that name the narrative. Sentiment scoring treats them as names, not words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sou&amp;rces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the narrative is documented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label | https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::NarrativeKind</name>
    <message>
        <source>Add narrative “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit narrative “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove narrative “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a narrative &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no narrative &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a write on the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::NarrativeStore</name>
    <message>
        <source>There is no narrative &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative &quot;%1&quot; still has %2 posts; remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::NarrativeTimelinePane</name>
    <message>
        <source>Narrative timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No narratives yet — File › Import Dataset… adds narratives and their events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::OptionalDateEdit</name>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and times are stored in UTC, whatever the local time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::Output</name>
    <message>
        <source>Cannot write the dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::PostCsvColumns</name>
    <message>
        <source>time column (time, posted_at, timestamp or date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token or narrative column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::PostListModel</name>
    <message>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in a script the lexicon does not cover, so it is not scored (not the same as neutral).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::PostParser</name>
    <message>
        <source>invalid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected time, posted_at, timestamp or date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a post needs a token or a narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown token id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown narrative id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::PostsPane</name>
    <message>
        <source>Filter posts by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post in this range contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts for this selection and range.
Select tokens, widen the range, or use File › Import… to add posts (JSON Lines or CSV).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::RecordEditDialog</name>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s permanent key. It cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s permanent key: lowercase letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;:&apos;, e.g. &quot;xrpl-ghost-coin&quot;. It cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the record cannot be saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id may contain only lowercase letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id “%1” is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::RowCounts</name>
    <message>
        <source>Cannot count %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::SavedViewStore</name>
    <message>
        <source>There is no saved view &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::ScoreExplanationView</name>
    <message>
        <source>Select a post to see why it got its score: the words that counted, the rules that changed them, and the names that were masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the explanation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Unscored.&lt;/b&gt; The text is mostly in a script the lexicon does not cover (such as Hangul, Kana or Han), so Seance does not guess: it is counted as unscored, not as neutral.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compound (positive %1%, neutral %2%, negative %3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Stored score %1: the post was scored with a different lexicon or settings.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No word in the text is in the lexicon, so the score is neutral.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules that fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked as names:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::Script</name>
    <message>
        <source>no script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Southeast Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethiopic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Han</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fullwidth Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::SentimentChartPane</name>
    <message>
        <source>The workspace file %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag across the chart to zoom into that span.
Shift+drag or middle-drag to pan; the wheel zooms about the pointer.
Keys: + and − zoom, ← and → pan, Home shows everything.
Click an event marker to focus it; click a legend entry to hide or show its series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all the data (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more tokens to chart their sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several tokens to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentiment data could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts for these tokens yet — File › Import… to add posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts in this time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Home or Reset zoom to see all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::SentimentChartView</name>
    <message>
        <source>The posts in this workspace were made up by Seance&apos;s deterministic sample generator. They are not real social-media data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>◆ %1 — click to focus this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest event: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::SeriesImporter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a series CSV needs a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value column needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two columns would both be the series &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no time column (time, date, datetime or timestamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no value column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown token id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown narrative id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ISO 8601 time or an epoch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second row for the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::SeriesStore</name>
    <message>
        <source>There is no series &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::TokenBrowser</name>
    <message>
        <source>Search name, symbol, chain or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must match. Example: &quot;ghost icp&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only tokens on this chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live tokens exist on chain; hypothetical ones were only imagined in commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only tokens with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothetical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defunct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens in this database yet.
Use File › Import Dataset… to load tokens, narratives and events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token matches the search and filters.
Clear the search box or pick &quot;Any chain&quot;, &quot;Any status&quot; and &quot;Any tag&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seance::TokenDetailPane</name>
    <message>
        <source>Select a token in the table to see its identity, supply, links and events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an event to focus it in the chart and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HYPOTHETICAL — imagined in commentary; no such token is known on chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown — identified by chain, symbol and the id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events are linked to this token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::TokenEditDialog</name>
    <message>
        <source>New Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s name, e.g. &quot;Ghost Coin&quot;. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticker, e.g. &quot;GHOST&quot;. Required. Many unrelated tokens share a ticker, so it does not identify the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blockchain, e.g. &quot;xrpl&quot;, &quot;icp&quot;, &quot;ethereum&quot; or &quot;solana&quot;. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer, contract or canister that identifies the token on its chain. Leave empty when unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the address is: an XRPL issuer, a contract, an ICP canister, or the chain&apos;s native coin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hypothetical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defunct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: trading. Hypothetical: only imagined, e.g. by an article. Defunct: no longer trading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the token describes itself, in one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A longer description, shown as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch date, at 00:00 UTC. Check &quot;Unknown&quot; when no source gives it; never guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total s&amp;upply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact total supply as a plain decimal number, e.g. 10000000000 or 420.69. Leave empty when unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the supply figure comes from, or how it is split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated tags, e.g. &quot;ghost, dao&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;liases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated other names. Sentiment scoring treats them as names, not words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;ks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label | https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sou&amp;rces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the facts above come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::TokenKind</name>
    <message>
        <source>Add token “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit token “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove token “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a token &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a write on the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::TokenStore</name>
    <message>
        <source>There is no token &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; still has %2 posts; remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::TokenTableModel</name>
    <message>
        <source>No posts for this token yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest day with posts: %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothetical: imagined in commentary, not a token that exists on chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source gives a launch date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the token&apos;s latest day with posts (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the last 7 days with the latest day, minus the 7 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts in the last 7 days, ending with the token&apos;s latest day with posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 per day over the last %n days; gaps are days without posts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts (7d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::ViewState</name>
    <message>
        <source>The view was saved by a newer version of Seance (format %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view has no valid &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;selectedTokens&quot; must be an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;selectedNarratives&quot; must be an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;focusedEvent&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;visibleRange&quot; must hold integer milliseconds &quot;from&quot; and &quot;to&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;granularity&quot; must be &quot;hour&quot;, &quot;day&quot; or &quot;week&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;metric&quot; names no known metric.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::WorkspaceNotice</name>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by another Seance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file or its folder cannot be written: it is shown, but edits and imports are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Seance window or the command line has written to this workspace since it was read. Reload to see the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the workspace again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::cli</name>
    <message>
        <source>--lang takes en, ko, ja or system, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run seance --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: seance [--db FILE] [--lexicon FILE] [--lang LANG] [COMMAND [ARGS...]]

Seance explores meme-token narratives and the sentiment of posts about them.
Without a command it opens the main window.

Options:
  --db FILE        Use this workspace database instead of the default one
  --lexicon FILE   Load an extra lexicon (VADER or AFINN TSV) over the built-in one
  --lang LANG      Speak en, ko or ja (default: the system locale, LANG)
  -h, --help       Show this help
  -v, --version    Show the version

Commands (run seance COMMAND --help for details):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Default database: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every page of a workspace (SQLite&apos;s full integrity_check), which opening it does not do for large files. Reads only; prints progress on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file (default: --db, or the default workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (every page checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database given: use --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the sentiment chart of some tokens to a PNG or SVG file, without a display.
Dates are UTC: ISO 8601 dates or times, or epoch seconds or milliseconds; --to is exclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token ids, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (default: the tokens&apos; first post).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (default: after the tokens&apos; last post).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dark, light or presenter (default: the app&apos;s theme).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THEME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width x height in logical pixels (default 1920x1080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pixel ratio, 0.5 to 4 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (default: the tokens&apos; names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle (default: metric and dates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source caption (default: the workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the event markers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run seance export-chart --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tokens: give the token ids to chart, e.g. --tokens xrpl-ghost-coin,icp-ghost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: give the file to write, ending in .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tokens: &quot;%1&quot; names no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; must end in .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric: unknown metric &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--granularity: unknown granularity &quot;%1&quot;; use hour, day or week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme: unknown theme &quot;%1&quot;; use dark, light or presenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not a size like 1920x1080 (each side %2 to %3 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale: &quot;%1&quot; is not a number from 0.5 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a date or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to go together: give both, or neither for the full range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must come before --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3 at %4×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole workspace as a Seance dataset (.json) in its canonical form. The target is replaced only once the export is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run seance export --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one output file (or - for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  tokens       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  narratives   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  events       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  posts        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  series       %1 (%2 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  saved views  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  posts        %1 (%2 duplicates skipped, %3 unscored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file to the workspace in one transaction: a Seance dataset (.json) or posts (.jsonl, .csv). If any record is malformed, nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run seance import --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: unknown file type (expected .json, or posts as .jsonl or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  lines read   %1 in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean, weighted, positive_share, volume, share_of_voice or unscored (default mean).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour, day or week (default day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score every post in the workspace again and rebuild the sentiment buckets: after renaming tokens, changing aliases or keywords (they are masked), or with another extra lexicon. All or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge an extra lexicon (VADER or AFINN TSV) over the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rescore takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was rescored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescored %1 posts in %2 s: %3 changed, %4 unscored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score texts, one per line, or TSV lines whose last column is the text. Prints the compound score (-1 to +1, four decimals) of each line, or &quot;unscored&quot; for text in a script the lexicon does not cover. Reads standard input when FILE is - or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the terms and rules behind each score under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The texts (default: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run seance score --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected at most one input file, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error reading %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a token&apos;s or narrative&apos;s sentiment metric per bucket as CSV: bucket_start_iso,value,n.
Times are UTC; --from and --to take ISO 8601 dates or times, or epoch seconds or milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The narrative id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First time included (default: the first bucket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First time excluded (default: after the last bucket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run seance series --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --token ID and --narrative ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown metric &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown granularity &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown token &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown narrative &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the number of rows in each table of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::dataset</name>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a decimal string such as &quot;10000000000&quot; (a JSON number would lose digits), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a color #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either date or time, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing (give date or time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a post needs a token, a narrative or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required when compound is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required when pos, neu or neg is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of [time, value] pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a [time, value] pair, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time %1 is already given by points[%2]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::dataset::DatasetSaxHandler</name>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds %1, not a dataset object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown member (allowed: format, version, tokens, narratives, events, posts, series, saved_views)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the string &quot;%1&quot;, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Seance dataset (expected &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported; this version of Seance reads dataset version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record holds more than %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds an array, not a dataset object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, got an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot;: &quot;%1&quot; and &quot;version&quot;: %2 must come before the record arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required member is missing; this is not a Seance dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required member is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is longer than %1 MiB (at byte %2); the format caps every string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is longer than %1 characters (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text is not valid UTF-8 (at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at line %1, byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::dataset::JsonFieldReader</name>
    <message>
        <source>unknown field (allowed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of {&quot;label&quot;, &quot;url&quot;} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a label, a url or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 milliseconds is outside the years 0000 to 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date string YYYY-MM-DD, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an ISO 8601 string or integer milliseconds, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date YYYY-MM-DD (use &quot;time&quot; for a date and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::postfields</name>
    <message>
        <source>not an ISO 8601 time or an epoch number in seconds or milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::ruletext</name>
    <message>
        <source>ALL CAPS (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booster “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dampener “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booster “%1”, %2 words back (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dampener “%1”, %2 words back (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negated by “%1” (×%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intensified by “%1” (×%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not negate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after “least” (×%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before “but” (×%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after “but” (×%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × ! (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × ? (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elongated “%1” read as “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unscored: mostly %1 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::social</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram Desktop export (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit dump (NDJSON, plain or .zst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X (Twitter) archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DiscordChatExporter (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a folder that is not an X archive (no data/tweets.js, data/tweet.js or tweets-part*.js)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a zip archive, which Seance does not open: unpack it first (for an X archive, import the unpacked folder or its data/tweets.js)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an export Seance can read. Tried: %2 (needs &quot;messages&quot; or &quot;chats&quot; at the top); %3 (needs one JSON object per line with &quot;subreddit&quot;, &quot;created_utc&quot; and &quot;body&quot; or &quot;title&quot;); %4 (needs &quot;window.YTD.tweets.part0 = [&quot; or an array of tweets); %5 (needs &quot;guild&quot; and &quot;channel&quot; at the top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data/tweets.js, data/tweet.js or tweets-part*.js in this folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::social::DiscordReader</name>
    <message>
        <source>not a valid time: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::social::FieldProblem</name>
    <message>
        <source>wrong type: expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::social::JsonRecordStream</name>
    <message>
        <source>a string longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::social::JsonRecordStream::Sax</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record with more than %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::social::RecordFields</name>
    <message>
        <source>not an integer: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::social::RedditLineParser</name>
    <message>
        <source>invalid JSON at column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong type: expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impossible time: %1 seconds since 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a comment has &quot;body&quot;, a submission &quot;title&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::social::TelegramReader</name>
    <message>
        <source>impossible time: %1 seconds since 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing, and no &quot;date&quot; either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid time: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chat&apos;s &quot;id&quot; must come before its &quot;messages&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram chat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat %1, message %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seance::social::XArchiveReader</name>
    <message>
        <source>not a valid time: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;=&apos; after the &quot;window.YTD.…&quot; prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tweet %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
