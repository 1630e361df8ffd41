#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Seance developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Market data from the command line: CoinGecko and CoinMarketCap downloads through seance import --token, the
# fetch command's refusals that need no network, and export-chart --series price. Usage: market.sh SEANCE SOURCE_DIR
set -euo pipefail
seance="$1"
source_dir="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
fail() { echo "FAIL: $*" >&2; exit 1; }
fixtures="$source_dir/tests/fixtures/series"
db="$work/m.seance"
"$seance" --db "$db" import "$source_dir/resources/sample/summoning-ghosts.json" >/dev/null

# The user names the token; the file only suggests.
cp "$fixtures/ghost-usd-max.csv" "$work/pepe-usd-max.csv"
set +e
"$seance" --db "$db" import "$work/pepe-usd-max.csv" >/dev/null 2>"$work/err"; code=$?
set -e
[ "$code" -eq 2 ] || fail "a market file without --token exits 2 (got $code)"
grep -q -- '--token ethereum-pepe' "$work/err" || { cat "$work/err"; fail "the file name's suggestion is shown"; }

"$seance" --db "$db" import "$fixtures/ghost-usd-max.csv" --token icp-ghost > "$work/out" || fail "CoinGecko import"
grep -q 'icp-ghost-price-usd' "$work/out" || { cat "$work/out"; fail "CoinGecko price series"; }
"$seance" --db "$db" import "$fixtures/ghost_historical_data_coinmarketcap.csv" --token xrpl-ghost-coin > "$work/out" \
    || fail "CoinMarketCap import"
grep -q 'CoinMarketCap' "$work/out" || fail "CoinMarketCap is named"

# A bad row: exit 1, line and column named, the workspace byte-identical.
printf 'snapped_at,price,market_cap,total_volume\n2024-03-01 00:00:00 UTC,1,2,3\n2024-03-02 00:00:00 UTC,x,2,3\n' > "$work/bad.csv"
before=$(sha256sum "$db" | cut -d' ' -f1)
set +e
"$seance" --db "$db" import "$work/bad.csv" --token icp-ghost >/dev/null 2>"$work/err"; code=$?
set -e
[ "$code" -eq 1 ] || fail "a bad market file exits 1 (got $code)"
grep -q 'bad.csv:3: column "price": not a number' "$work/err" || { cat "$work/err"; fail "error names line and column"; }
[ "$(sha256sum "$db" | cut -d' ' -f1)" = "$before" ] || fail "a failed import leaves the workspace byte-identical"

# fetch-market refuses what the free API cannot give, and says where nobody answers; nothing written.
set +e
"$seance" --db "$db" fetch-market --token icp-ghost --coin x --days 400 >/dev/null 2>"$work/err"; code=$?
set -e
[ "$code" -eq 1 ] && grep -q 'paid plan' "$work/err" && grep -q 'CSV' "$work/err" || { cat "$work/err"; fail "400 days"; }
set +e
"$seance" --db "$db" fetch-market --token icp-ghost --coin x --base-url http://127.0.0.1:9/api/v3 >/dev/null 2>"$work/err"
code=$?
set -e
[ "$code" -eq 1 ] && grep -q 'Cannot reach CoinGecko' "$work/err" || { cat "$work/err"; fail "offline"; }
[ "$(sha256sum "$db" | cut -d' ' -f1)" = "$before" ] || fail "a failed fetch leaves the workspace byte-identical"

# The default workspace is the sample, with its generated prices: the picture names them as sample data.
"$seance" export-chart --tokens xrpl-ghost-coin --series price --out "$work/p.svg" >/dev/null || fail "price export"
grep -q 'Price (USD)' "$work/p.svg" || fail "the price axis is labelled"
grep -q 'Price: sample data' "$work/p.svg" || fail "the caption names the price's source"
grep -q "Sentiment and price: Ghost Coin" "$work/p.svg" || fail "the title says price"
echo "market: all checks passed"
