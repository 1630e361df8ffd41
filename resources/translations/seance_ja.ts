<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
    <context>
        <name>ComparePainter</name>
        <message>
            <source>%1 — day 0: %2 (%3)</source>
            <translation>%1 — 0日目: %2 (%3)</translation>
        </message>
        <message>
            <source>days since anchor (UTC days)</source>
            <translation>基準からの日数(UTC日)</translation>
        </message>
        <message>
            <source>No events of its own between day %1 and day +%2</source>
            <translation>%1日目から+%2日目の間に独自のイベントなし</translation>
        </message>
    </context>
    <context>
        <name>EventImpactText</name>
        <message>
            <source>no value</source>
            <translation>値なし</translation>
        </message>
        <message>
            <source>Impact, %1, %2 d before → %2 d after:</source>
            <translation>影響、%1、前 %2 日 → 後 %2 日:</translation>
        </message>
        <message>
            <source>Posts: %1 → %2</source>
            <translation>投稿: %1 → %2</translation>
        </message>
    </context>
    <context>
        <name>EventToolTip</name>
        <message>
            <source>%1 UTC</source>
            <translation>%1 UTC</translation>
        </message>
        <message>
            <source>(untitled event)</source>
            <translation>(無題のイベント)</translation>
        </message>
        <message>
            <source>Other events</source>
            <translation>その他のイベント</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>Narrative: %1 · Kind: %2</source>
            <translation>ナラティブ: %1 · 種類: %2</translation>
        </message>
        <message>
            <source>Tokens: %1</source>
            <translation>トークン: %1</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>出典:</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>他 %n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <source>the size %1×%2 is empty</source>
            <translation>サイズ %1×%2 が空です</translation>
        </message>
        <message>
            <source>%1×%2 at %3× is more than %4 million pixels</source>
            <translation>%3倍の %1×%2 は %4 百万ピクセルを超えます</translation>
        </message>
        <message>
            <source>the image could not be encoded</source>
            <translation>画像をエンコードできませんでした</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>キャンセル中…</translation>
        </message>
        <message>
            <source>%1
About %2 minutes left</source>
            <translation>%1
残り約 %2 分</translation>
        </message>
        <message>
            <source>%1
About %2 s left</source>
            <translation>%1
残り約 %2 秒</translation>
        </message>
    </context>
    <context>
        <name>QWizardPage</name>
        <message>
            <source>Token</source>
            <translation>トークン</translation>
        </message>
        <message>
            <source>Narrative</source>
            <translation>ナラティブ</translation>
        </message>
    </context>
    <context>
        <name>Smoothing</name>
        <message>
            <source>"smoothing.kind" must be "none", "ma" or "ema".</source>
            <translation>"smoothing.kind" は "none"、"ma"、"ema" のいずれかである必要があります。</translation>
        </message>
        <message>
            <source>"smoothing.days" must be a whole number from 1 to %1.</source>
            <translation>"smoothing.days" は 1 から %1 までの整数である必要があります。</translation>
        </message>
        <message>
            <source>"smoothing.band" must be true or false.</source>
            <translation>"smoothing.band" は true または false である必要があります。</translation>
        </message>
        <message>
            <source>"smoothing.minPosts" must be a whole number from 0 to %1.</source>
            <translation>"smoothing.minPosts" は 0 から %1 までの整数である必要があります。</translation>
        </message>
        <message>
            <source>%1-day moving average</source>
            <translation>%1 日移動平均</translation>
        </message>
        <message>
            <source>%1-day EMA</source>
            <translation>%1 日 EMA</translation>
        </message>
    </context>
    <context>
        <name>seance</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>フォルダー %1 を作成できません。</translation>
        </message>
        <message>
            <source>Seance cannot start</source>
            <translation>Seance を起動できません</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: column "%2": %3</source>
            <translation>%1: 列「%2」: %3</translation>
        </message>
        <message>
            <source>cannot open: %1</source>
            <translation>開けません: %1</translation>
        </message>
        <message>
            <source>the file is larger than a market download can be</source>
            <translation>このファイルはマーケットデータのダウンロードとしては大きすぎます</translation>
        </message>
        <message>
            <source>CoinGecko historical data</source>
            <translation>CoinGecko 過去データ</translation>
        </message>
        <message>
            <source>CoinMarketCap historical data</source>
            <translation>CoinMarketCap 過去データ</translation>
        </message>
        <message>
            <source>series CSV</source>
            <translation>系列 CSV</translation>
        </message>
        <message>
            <source>CoinGecko's free API gives at most the last %1 days; a longer history needs a paid plan. For the full history, download the CSV from the coin's page on coingecko.com (Historical Data › Export) and import it with File › Import….</source>
            <translation>CoinGecko の無料 API で取得できるのは直近 %1 日分までです。それより長い履歴には有料プランが必要です。全履歴が必要な場合は、coingecko.com のコインのページから CSV をダウンロードし (Historical Data › Export)、ファイル › インポート… で読み込んでください。</translation>
        </message>
        <message>
            <source>The CoinGecko address "%1" is not a web address.</source>
            <translation>CoinGecko のアドレス「%1」は Web アドレスではありません。</translation>
        </message>
        <message>
            <source>Asking CoinGecko for %1…</source>
            <translation>CoinGecko に %1 を問い合わせています…</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was written.</source>
            <translation>キャンセルしました。何も書き込まれていません。</translation>
        </message>
        <message>
            <source>CoinGecko did not answer within %1 seconds. Try again later.</source>
            <translation>CoinGecko から %1 秒以内に応答がありませんでした。しばらくしてからもう一度お試しください。</translation>
        </message>
        <message>
            <source>CoinGecko's rate limit is still reached after %1 tries. Wait a minute and try again, or add a free demo API key in the settings.</source>
            <translation>%1 回試行しても CoinGecko のレート制限が解除されません。1 分ほど待ってからもう一度試すか、設定で無料のデモ API キーを追加してください。</translation>
        </message>
        <message>
            <source>CoinGecko's rate limit was reached; waiting %1 s before trying again (try %2 of %3).</source>
            <translation>CoinGecko のレート制限に達しました。%1 秒待ってから再試行します (%3 回中 %2 回目)。</translation>
        </message>
        <message>
            <source>CoinGecko knows no coin at %1 (HTTP 404). Check the token's CoinGecko id: it is the last part of the coin's page address.</source>
            <translation>CoinGecko の %1 にコインが見つかりません (HTTP 404)。トークンの CoinGecko ID を確認してください。ID はコインのページのアドレスの最後の部分です。</translation>
        </message>
        <message>
            <source>CoinGecko answered HTTP %1 for %2. Nothing was written.</source>
            <translation>CoinGecko が %2 に対して HTTP %1 を返しました。何も書き込まれていません。</translation>
        </message>
        <message>
            <source>Cannot reach CoinGecko at %1: %2. Check the connection.</source>
            <translation>CoinGecko (%1) に接続できません: %2。接続を確認してください。</translation>
        </message>
        <message>
            <source>CoinGecko's answer broke off (%1). Nothing was written.</source>
            <translation>CoinGecko の応答が途中で切れました (%1)。何も書き込まれていません。</translation>
        </message>
        <message>
            <source>Ask for at least one day.</source>
            <translation>1 日以上を指定してください。</translation>
        </message>
        <message>
            <source>CoinGecko's answer for %1 is malformed: %2. Nothing was written.</source>
            <translation>CoinGecko の %1 に対する応答の形式が正しくありません: %2。何も書き込まれていません。</translation>
        </message>
        <message>
            <source>the answer is not complete JSON (%1 at byte %2)</source>
            <translation>応答が完全な JSON ではありません (バイト %2 で %1)</translation>
        </message>
        <message>
            <source>the answer is not a JSON object</source>
            <translation>応答が JSON オブジェクトではありません</translation>
        </message>
        <message>
            <source>the answer has no "%1" array</source>
            <translation>応答に "%1" 配列がありません</translation>
        </message>
        <message>
            <source>%1[%2] is not a [time, value] pair</source>
            <translation>%1[%2] が [時刻, 値] のペアではありません</translation>
        </message>
        <message>
            <source>CoinGecko has no prices for this coin in that period</source>
            <translation>CoinGecko にはこの期間のこのコインの価格がありません</translation>
        </message>
        <message>
            <source>the answer has no coin "id"</source>
            <translation>応答にコインの "id" がありません</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Web サイト</translation>
        </message>
        <message>
            <source>Explorer</source>
            <translation>エクスプローラー</translation>
        </message>
        <message>
            <source>X (Twitter)</source>
            <translation>X (Twitter)</translation>
        </message>
        <message>
            <source>Telegram</source>
            <translation>Telegram</translation>
        </message>
        <message>
            <source>Reddit</source>
            <translation>Reddit</translation>
        </message>
        <message>
            <source>Source code</source>
            <translation>ソースコード</translation>
        </message>
        <message>
            <source>Total supply from CoinGecko</source>
            <translation>CoinGecko の総供給量</translation>
        </message>
        <message>
            <source>%1 (%2), CoinGecko id "%3"</source>
            <translation>%1 (%2)、CoinGecko ID「%3」</translation>
        </message>
        <message>
            <source>Categories: %1</source>
            <translation>カテゴリー: %1</translation>
        </message>
        <message>
            <source>Contract on %1: %2</source>
            <translation>%1 上のコントラクト: %2</translation>
        </message>
        <message>
            <source>Total supply: %1</source>
            <translation>総供給量: %1</translation>
        </message>
        <message>
            <source>Max supply: %1</source>
            <translation>最大供給量: %1</translation>
        </message>
        <message>
            <source>Circulating supply: %1</source>
            <translation>循環供給量: %1</translation>
        </message>
        <message>
            <source>There is no token "%1".</source>
            <translation>トークン「%1」はありません。</translation>
        </message>
        <message>
            <source>Token "%1" has no CoinGecko id. Give one (the last part of the coin's page address on coingecko.com, e.g. "dogecoin").</source>
            <translation>トークン「%1」には CoinGecko ID がありません。ID を指定してください (coingecko.com のコインのページのアドレスの最後の部分。例: "dogecoin")。</translation>
        </message>
        <message>
            <source>The market data could not be stored: %1</source>
            <translation>マーケットデータを保存できませんでした: %1</translation>
        </message>
        <message>
            <source>unknown token id "%1"</source>
            <translation>不明なトークン ID「%1」</translation>
        </message>
        <message>
            <source>the data holds no values</source>
            <translation>データに値がありません</translation>
        </message>
        <message>
            <source>%1%2 %</source>
            <translation>%1%2 %</translation>
        </message>
        <message>
            <source>&lt;br&gt;Price of %1: %2 over the %4 days before, %3 over the %4 days after</source>
            <translation>&lt;br&gt;%1 の価格: 前の %4 日間で %2、後の %4 日間で %3</translation>
        </message>
        <message>
            <source>leave presentation mode</source>
            <translation>プレゼンテーションモードを終了</translation>
        </message>
        <message>
            <source>next event (presentation mode)</source>
            <translation>次のイベント (プレゼンテーションモード)</translation>
        </message>
        <message>
            <source>previous event (presentation mode)</source>
            <translation>前のイベント (プレゼンテーションモード)</translation>
        </message>
        <message>
            <source>(no description)</source>
            <translation>(説明なし)</translation>
        </message>
        <message>
            <source>Drag across the chart</source>
            <translation>チャート上をドラッグ</translation>
        </message>
        <message>
            <source>zoom into that span</source>
            <translation>その範囲を拡大</translation>
        </message>
        <message>
            <source>Shift+drag or middle-drag</source>
            <translation>Shift+ドラッグまたは中ボタンでドラッグ</translation>
        </message>
        <message>
            <source>pan</source>
            <translation>パン</translation>
        </message>
        <message>
            <source>Wheel</source>
            <translation>ホイール</translation>
        </message>
        <message>
            <source>zoom about the pointer</source>
            <translation>ポインター位置を中心に拡大・縮小</translation>
        </message>
        <message>
            <source>+ and −</source>
            <translation>+ と −</translation>
        </message>
        <message>
            <source>zoom in and out</source>
            <translation>拡大と縮小</translation>
        </message>
        <message>
            <source>← and →</source>
            <translation>← と →</translation>
        </message>
        <message>
            <source>Home or Ctrl+0</source>
            <translation>Home または Ctrl+0</translation>
        </message>
        <message>
            <source>show all the data</source>
            <translation>すべてのデータを表示</translation>
        </message>
        <message>
            <source>Click an event marker</source>
            <translation>イベントマーカーをクリック</translation>
        </message>
        <message>
            <source>focus the event</source>
            <translation>イベントにフォーカス</translation>
        </message>
        <message>
            <source>Click a legend entry</source>
            <translation>凡例の項目をクリック</translation>
        </message>
        <message>
            <source>hide or show its series</source>
            <translation>その系列の表示/非表示を切り替え</translation>
        </message>
        <message>
            <source>Drag</source>
            <translation>ドラッグ</translation>
        </message>
        <message>
            <source>Click an event</source>
            <translation>イベントをクリック</translation>
        </message>
        <message>
            <source>focus it</source>
            <translation>フォーカス</translation>
        </message>
        <message>
            <source>Double-click an event</source>
            <translation>イベントをダブルクリック</translation>
        </message>
        <message>
            <source>edit it</source>
            <translation>編集</translation>
        </message>
        <message>
            <source>focus the previous or next event</source>
            <translation>前または次のイベントにフォーカス</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>edit the focused event</source>
            <translation>フォーカス中のイベントを編集</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>インポートに失敗しました</translation>
        </message>
        <message>
            <source>%1 is %2. Which token are these prices for?</source>
            <translation>%1 は %2 です。どのトークンの価格ですか?</translation>
        </message>
        <message>
            <source>Import Market Data</source>
            <translation>マーケットデータのインポート</translation>
        </message>
        <message>
            <source>Nothing was imported; the workspace is unchanged.

%1</source>
            <translation>何もインポートされませんでした。ワークスペースは変更されていません。

%1</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>インポートが完了しました</translation>
        </message>
        <message>
            <source>Imported %1 days of market data for %2 (%3 points in %4 series). Points at times already stored were replaced.</source>
            <translation>%2 のマーケットデータ %1 日分をインポートしました (%4 系列、%3 ポイント)。既に保存されていた時刻のポイントは置き換えられました。</translation>
        </message>
        <message>
            <source>Right-click</source>
            <translation>右クリック</translation>
        </message>
        <message>
            <source>What Drove This Move? for the visible range</source>
            <translation>表示範囲の「この変動の要因は?」</translation>
        </message>
        <message>
            <source>%1 is a series CSV (a time column and value columns, as LunarCrush and Santiment export). Which token are these series for?</source>
            <translation>%1 は系列 CSV です (LunarCrush や Santiment がエクスポートする、時刻の列と値の列からなる形式)。どのトークンの系列ですか?</translation>
        </message>
        <message>
            <source>Imported %1 rows for %2: %3 points in the series %4. Points at times already stored were replaced.</source>
            <translation>%2 の %1 行をインポートしました: 系列 %4 に %3 ポイント。既に保存されていた時刻のポイントは置き換えられました。</translation>
        </message>
        <message>
            <source>%1 holds series for a token, but the workspace has no tokens yet. Add the token first (Edit › New Token…), then import the file again.</source>
            <translation>%1 にはトークンの系列が含まれていますが、ワークスペースにはまだトークンがありません。先にトークンを追加してから (編集 › 新規トークン…)、ファイルをもう一度インポートしてください。</translation>
        </message>
    </context>
    <context>
        <name>seance::ChartExport</name>
        <message numerus="yes">
            <source>Sentiment of %n tokens</source>
            <translation>
                <numerusform>%n 個のトークンのセンチメント</numerusform>
            </translation>
        </message>
        <message>
            <source>Sentiment: %1</source>
            <translation>センチメント: %1</translation>
        </message>
        <message>
            <source> vs </source>
            <translation> 対 </translation>
        </message>
        <message>
            <source>hourly buckets</source>
            <translation>時間ごとのバケット</translation>
        </message>
        <message>
            <source>daily buckets</source>
            <translation>日ごとのバケット</translation>
        </message>
        <message>
            <source>weekly buckets</source>
            <translation>週ごとのバケット</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 (UTC)</source>
            <translation>%1 · %2 · %3 (UTC)</translation>
        </message>
        <message>
            <source>Source: %1 — SAMPLE DATA: generated posts, not real social-media data · Seance</source>
            <translation>出典: %1 — サンプルデータ: 生成された投稿で、実際のソーシャルメディアのデータではありません · Seance</translation>
        </message>
        <message>
            <source>Source: %1 · Seance</source>
            <translation>出典: %1 · Seance</translation>
        </message>
        <message>
            <source>tokens: give at least one token id.</source>
            <translation>tokens: トークン id を 1 つ以上指定してください。</translation>
        </message>
        <message>
            <source>The workspace %1 does not exist.</source>
            <translation>ワークスペース %1 は存在しません。</translation>
        </message>
        <message>
            <source>tokens: unknown token "%1" in %2.</source>
            <translation>tokens: %2 に不明なトークン "%1" があります。</translation>
        </message>
        <message>
            <source>tokens: %1 have no posts to chart; import posts or give a time range.</source>
            <translation>tokens: %1 にはチャートにする投稿がありません。投稿をインポートするか期間を指定してください。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>range: the time range is empty.</source>
            <translation>range: 期間が空です。</translation>
        </message>
        <message>
            <source>No posts in this time range</source>
            <translation>この期間には投稿がありません</translation>
        </message>
        <message>
            <source>out: %1 must end in .png or .svg.</source>
            <translation>out: %1 は .png または .svg で終わる必要があります。</translation>
        </message>
        <message>
            <source>MMM d yyyy</source>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>MMM d</source>
            <translation>M月d日</translation>
        </message>
        <message>
            <source>series price: %1 have no price series; import a CoinGecko or CoinMarketCap download (seance import FILE --token ID) or fetch one (seance fetch-market --token ID).</source>
            <translation>価格系列: %1 には価格系列がありません。CoinGecko または CoinMarketCap のダウンロードをインポートするか (seance import FILE --token ID)、取得してください (seance fetch-market --token ID)。</translation>
        </message>
        <message>
            <source>Sentiment and price: %1</source>
            <translation>センチメントと価格: %1</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 ± standard error</source>
            <translation>%1 ± 標準誤差</translation>
        </message>
    </context>
    <context>
        <name>seance::ChartExportActions</name>
        <message>
            <source>Export &amp;Chart…</source>
            <translation>チャートをエクスポート(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Copy Chart</source>
            <translation>チャートをコピー(&amp;C)</translation>
        </message>
        <message>
            <source>Save the chart as a PNG or SVG picture for a slide or a post</source>
            <translation>スライドや投稿用にチャートを PNG または SVG 画像として保存します</translation>
        </message>
        <message>
            <source>Copy the chart as a picture, at the size of the last export</source>
            <translation>前回のエクスポートと同じサイズで、チャートを画像としてコピーします</translation>
        </message>
        <message>
            <source>Export Chart</source>
            <translation>チャートのエクスポート</translation>
        </message>
        <message>
            <source>Select one or more tokens to chart first.</source>
            <translation>先にチャートに表示するトークンを 1 つ以上選択してください。</translation>
        </message>
        <message>
            <source>SVG drawings (*.svg)</source>
            <translation>SVG 図形 (*.svg)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 画像 (*.png)</translation>
        </message>
        <message>
            <source>Chart saved to %1</source>
            <translation>チャートを %1 に保存しました</translation>
        </message>
        <message>
            <source>Copy Chart</source>
            <translation>チャートのコピー</translation>
        </message>
        <message>
            <source>Chart copied (%1 × %2)</source>
            <translation>チャートをコピーしました (%1 × %2)</translation>
        </message>
    </context>
    <context>
        <name>seance::ChartPriceOverlay</name>
        <message>
            <source>Price change since %1 (%)</source>
            <translation>%1 からの価格変化 (%)</translation>
        </message>
        <message>
            <source>price</source>
            <translation>価格</translation>
        </message>
        <message>
            <source>Price (%1, log scale)</source>
            <translation>価格 (%1、対数目盛)</translation>
        </message>
        <message>
            <source>Price (%1)</source>
            <translation>価格 (%1)</translation>
        </message>
        <message>
            <source>%1 price</source>
            <translation>%1 の価格</translation>
        </message>
        <message>
            <source>%1% since the range's start</source>
            <translation>範囲の開始時から %1%</translation>
        </message>
    </context>
    <context>
        <name>seance::ChartSeriesSet</name>
        <message>
            <source>Posts per bucket</source>
            <translation>バケットあたりの投稿数</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>投稿</translation>
        </message>
    </context>
    <context>
        <name>seance::ComparePane</name>
        <message>
            <source> d</source>
            <translation> 日</translation>
        </message>
        <message>
            <source>First day of the window, relative to each row's anchor</source>
            <translation>各行の基準から見た期間の初日</translation>
        </message>
        <message>
            <source>Last day of the window, relative to each row's anchor</source>
            <translation>各行の基準から見た期間の最終日</translation>
        </message>
        <message>
            <source>The comparison shows the metric chosen in View › Metric</source>
            <translation>比較には 表示 › 指標 で選んだ指標が表示されます</translation>
        </message>
        <message>
            <source>Window:</source>
            <translation>期間:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>〜</translation>
        </message>
        <message>
            <source>Metric: %1</source>
            <translation>指標: %1</translation>
        </message>
        <message>
            <source>Open a workspace to compare narratives.</source>
            <translation>ナラティブを比較するにはワークスペースを開いてください。</translation>
        </message>
        <message>
            <source>Nothing to compare yet. Click “Add Row” and pick a narrative or token and the event that is its day 0; add a second row to overlay another one. Each row is shifted so that its anchor event falls on day 0.</source>
            <translation>まだ比較するものがありません。「行を追加」をクリックし、ナラティブかトークンと、その 0 日目となるイベントを選んでください。2 行目を追加すると別のものを重ねて表示できます。各行は基準イベントが 0 日目に来るようにずらされます。</translation>
        </message>
        <message>
            <source>None of the rows names a narrative or token and an anchor event of this workspace. Pick them above.</source>
            <translation>このワークスペースのナラティブまたはトークンと基準イベントを指定した行がありません。上で選んでください。</translation>
        </message>
        <message>
            <source>No posts between day %1 and day +%2 around these anchors. Widen the window or pick other anchors.</source>
            <translation>これらの基準の前後 %1 日目から +%2 日目に投稿がありません。期間を広げるか別の基準を選んでください。</translation>
        </message>
        <message>
            <source>Could not read the sentiment buckets: %1</source>
            <translation>センチメントのバケットを読み込めません: %1</translation>
        </message>
        <message>
            <source>Day %1 since anchor</source>
            <translation>基準から %1 日目</translation>
        </message>
        <message>
            <source>no posts</source>
            <translation>投稿なし</translation>
        </message>
        <message>
            <source>no value · posts: %1</source>
            <translation>値なし · 投稿: %1</translation>
        </message>
        <message>
            <source>%1 · posts: %2</source>
            <translation>%1 · 投稿: %2</translation>
        </message>
        <message>
            <source>No workspace is open.</source>
            <translation>ワークスペースが開かれていません。</translation>
        </message>
        <message>
            <source>Narrative comparison</source>
            <translation>ナラティブ比較</translation>
        </message>
        <message>
            <source>%1 — aligned on day 0</source>
            <translation>%1 — 0 日目で揃えた表示</translation>
        </message>
        <message>
            <source>%1 per UTC day, days %2 to +%3 around each anchor event. Source: Seance workspace %4.</source>
            <translation>各基準イベントの前後 %2 日目から +%3 日目までの UTC 日ごとの %1。出典: Seance ワークスペース %4。</translation>
        </message>
        <message>
            <source>Sample data, not real posts.</source>
            <translation>サンプルデータです。実際の投稿ではありません。</translation>
        </message>
        <message>
            <source>Could not write %1: the name must end in .png or .svg</source>
            <translation>%1 に書き込めません: 名前は .png または .svg で終わる必要があります</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>エクスポートに失敗しました</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>エクスポート(&amp;E)</translation>
        </message>
        <message>
            <source>Export the comparison as CSV, Markdown or an image</source>
            <translation>比較を CSV、Markdown、画像としてエクスポート</translation>
        </message>
        <message>
            <source>Aligned Series as &amp;CSV…</source>
            <translation>揃えた系列を CSV で(&amp;C)…</translation>
        </message>
        <message>
            <source>Export Aligned Series</source>
            <translation>揃えた系列のエクスポート</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <source>Event Table as &amp;Markdown…</source>
            <translation>イベント表を Markdown で(&amp;M)…</translation>
        </message>
        <message>
            <source>Export Event Table</source>
            <translation>イベント表のエクスポート</translation>
        </message>
        <message>
            <source>Markdown files (*.md)</source>
            <translation>Markdown ファイル (*.md)</translation>
        </message>
        <message>
            <source>&amp;Image (PNG 2× or SVG)…</source>
            <translation>画像 (PNG 2× または SVG)(&amp;I)…</translation>
        </message>
        <message>
            <source>Export Comparison Image</source>
            <translation>比較画像のエクスポート</translation>
        </message>
        <message>
            <source>PNG images (*.png);;SVG drawings (*.svg)</source>
            <translation>PNG 画像 (*.png);;SVG 図形 (*.svg)</translation>
        </message>
        <message>
            <source>C&amp;opy Image</source>
            <translation>画像をコピー(&amp;O)</translation>
        </message>
        <message>
            <source>Metric: %1 · %2</source>
            <translation>指標: %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>seance::CompareRowsEditor</name>
        <message>
            <source>&amp;Add Row</source>
            <translation>行を追加(&amp;A)</translation>
        </message>
        <message>
            <source>Add a narrative or token to the comparison</source>
            <translation>比較にナラティブまたはトークンを追加</translation>
        </message>
        <message>
            <source>Narrative</source>
            <translation>ナラティブ</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>トークン</translation>
        </message>
        <message>
            <source>%1 (not in this workspace)</source>
            <translation>%1 (このワークスペースにはありません)</translation>
        </message>
        <message>
            <source>The narrative or token whose sentiment this row shows</source>
            <translation>この行がセンチメントを表示するナラティブまたはトークン</translation>
        </message>
        <message>
            <source>Day 0: the event this row is aligned on</source>
            <translation>0 日目: この行を揃える基準のイベント</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Remove this row from the comparison</source>
            <translation>この行を比較から削除</translation>
        </message>
        <message>
            <source>day 0:</source>
            <translation>0 日目:</translation>
        </message>
    </context>
    <context>
        <name>seance::CsvReader</name>
        <message>
            <source>unterminated quoted field</source>
            <translation>閉じられていない引用符付きフィールド</translation>
        </message>
        <message>
            <source>unexpected character after a closing quote</source>
            <translation>閉じ引用符の後に予期しない文字</translation>
        </message>
        <message>
            <source>record longer than %1 bytes</source>
            <translation>%1 バイトを超えるレコード</translation>
        </message>
    </context>
    <context>
        <name>seance::Database</name>
        <message>
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 はデータベースファイルではなくフォルダーです。</translation>
        </message>
        <message>
            <source>Cannot create %1: its folder is read-only.</source>
            <translation>%1 を作成できません: フォルダーが読み取り専用です。</translation>
        </message>
        <message>
            <source>%1 is read-only, and it was written by an older version of Seance (schema %2): it needs an upgrade to schema %3, which cannot be written. Make the file and its folder writable.</source>
            <translation>%1 は読み取り専用で、古いバージョンの Seance で書かれています (スキーマ %2)。スキーマ %3 への更新が必要ですが、書き込めません。ファイルとフォルダーを書き込み可能にしてください。</translation>
        </message>
        <message>
            <source>%1 was not closed cleanly and its folder is read-only, so its last changes cannot be read. Open it once from a writable folder.</source>
            <translation>%1 は正常に閉じられておらず、フォルダーが読み取り専用のため最後の変更を読み込めません。書き込み可能なフォルダーから一度開いてください。</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1 を開けません: %2</translation>
        </message>
        <message>
            <source>The Qt SQLite driver did not expose its handle.</source>
            <translation>Qt SQLite ドライバーがハンドルを公開しませんでした。</translation>
        </message>
        <message>
            <source>Cannot configure %1: %2</source>
            <translation>%1 を設定できません: %2</translation>
        </message>
        <message>
            <source>Cannot prepare %1: %2</source>
            <translation>%1 を準備できません: %2</translation>
        </message>
        <message>
            <source>%1 is not a Seance database (%2).</source>
            <translation>%1 は Seance のデータベースではありません (%2)。</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of Seance (schema %2; this version reads up to %3). It has not been opened or changed.</source>
            <translation>%1 は新しいバージョンの Seance で書かれています (スキーマ %2、このバージョンが読めるのは %3 まで)。開いても変更してもいません。</translation>
        </message>
        <message>
            <source>%1 failed its integrity check: %2</source>
            <translation>%1 は整合性チェックに失敗しました: %2</translation>
        </message>
        <message>
            <source>the workspace is not open</source>
            <translation>ワークスペースが開かれていません</translation>
        </message>
        <message>
            <source>the workspace is busy (another Seance is writing to it)</source>
            <translation>ワークスペースが使用中です (別の Seance が書き込み中)</translation>
        </message>
        <message>
            <source>the disk is full (%1)</source>
            <translation>ディスクがいっぱいです (%1)</translation>
        </message>
        <message>
            <source>the workspace is read-only (%1)</source>
            <translation>ワークスペースは読み取り専用です (%1)</translation>
        </message>
        <message>
            <source>the workspace file is damaged (%1); "seance check FILE" checks every page</source>
            <translation>ワークスペースのファイルが破損しています (%1)。"seance check FILE" ですべてのページを検査できます</translation>
        </message>
        <message>
            <source>the workspace file could not be read or written (%1)</source>
            <translation>ワークスペースのファイルを読み書きできませんでした (%1)</translation>
        </message>
        <message>
            <source>the workspace could not be written; is the disk full? (%1)</source>
            <translation>ワークスペースに書き込めませんでした。ディスクがいっぱいではありませんか? (%1)</translation>
        </message>
    </context>
    <context>
        <name>seance::DatabaseCheck</name>
        <message>
            <source>%1 does not exist or is not a file.</source>
            <translation>%1 は存在しないか、ファイルではありません。</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1 を開けません: %2</translation>
        </message>
        <message>
            <source>%1 is not a Seance workspace: %2</source>
            <translation>%1 は Seance のワークスペースではありません: %2</translation>
        </message>
    </context>
    <context>
        <name>seance::DatasetFileActions</name>
        <message>
            <source>Imported %1 posts.
Skipped %2 duplicates.
%3 posts are in a script the lexicon does not cover and stay unscored.</source>
            <translation>%1 件の投稿をインポートしました。
重複 %2 件をスキップしました。
%3 件の投稿は辞書が対応していない文字で書かれているため未採点です。</translation>
        </message>
        <message>
            <source>Imported %1 tokens, %2 narratives, %3 events, %4 series and %5 saved views.
Imported %6 posts; skipped %7 duplicates; %8 are unscored.</source>
            <translation>トークン %1 件、ナラティブ %2 件、イベント %3 件、系列 %4 件、保存したビュー %5 件をインポートしました。
投稿 %6 件をインポートし、重複 %7 件をスキップしました。%8 件は未採点です。</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>インポート</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>%1 をインポート中…</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>インポートをキャンセルしました</translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was written to the workspace.</source>
            <translation>インポートはキャンセルされました。ワークスペースには何も書き込まれていません。</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>インポートに失敗しました</translation>
        </message>
        <message>
            <source>Nothing was imported; the workspace is unchanged.

%1</source>
            <translation>何もインポートされず、ワークスペースは変更されていません。

%1</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>インポート完了</translation>
        </message>
        <message>
            <source>Export Dataset</source>
            <translation>データセットのエクスポート</translation>
        </message>
        <message>
            <source>Dataset JSON (*.json)</source>
            <translation>データセット JSON (*.json)</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>%1 へエクスポート中…</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>エクスポートに失敗しました</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>エクスポート完了</translation>
        </message>
        <message>
            <source>Wrote %1 tokens, %2 narratives, %3 events and %4 posts to %5.</source>
            <translation>トークン %1 件、ナラティブ %2 件、イベント %3 件、投稿 %4 件を %5 に書き込みました。</translation>
        </message>
        <message>
            <source>Cannot import this file</source>
            <translation>このファイルはインポートできません</translation>
        </message>
        <message>
            <source>Everything Seance reads (*.json *.jsonl *.ndjson *.csv *.zst *.js *.zip);;Seance dataset or posts (*.json *.jsonl *.ndjson *.csv);;Telegram or Discord export (*.json);;Reddit dump (*.zst *.jsonl *.ndjson *.json);;X archive (*.zip *.js);;Market data: CoinGecko or CoinMarketCap (*.csv);;Series CSV: LunarCrush or Santiment (*.csv);;All files (*)</source>
            <translation>Seance が読み込めるすべてのファイル (*.json *.jsonl *.ndjson *.csv *.zst *.js *.zip);;Seance データセットまたは投稿 (*.json *.jsonl *.ndjson *.csv);;Telegram または Discord のエクスポート (*.json);;Reddit ダンプ (*.zst *.jsonl *.ndjson *.json);;X アーカイブ (*.zip *.js);;マーケットデータ: CoinGecko または CoinMarketCap (*.csv);;系列 CSV: LunarCrush または Santiment (*.csv);;すべてのファイル (*)</translation>
        </message>
    </context>
    <context>
        <name>seance::DatasetImport</name>
        <message>
            <source>%1 is already used by %2[%3]</source>
            <translation>%1 はすでに %2[%3] で使われています</translation>
        </message>
        <message>
            <source>%1 already exists in the database</source>
            <translation>%1 はデータベースにすでに存在します</translation>
        </message>
        <message>
            <source>%1 on chain %2 is already used by tokens[%3]</source>
            <translation>チェーン %2 の %1 はすでに tokens[%3] で使われています</translation>
        </message>
        <message>
            <source>%1 on chain %2 already belongs to token %3 in the database</source>
            <translation>チェーン %2 の %1 はすでにデータベースのトークン %3 に属しています</translation>
        </message>
        <message>
            <source>%1 %2 is neither in the file nor in the database</source>
            <translation>%1 %2 はファイルにもデータベースにもありません</translation>
        </message>
        <message>
            <source>token</source>
            <translation>トークン</translation>
        </message>
        <message>
            <source>narrative</source>
            <translation>ナラティブ</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>データベースが開かれていません。</translation>
        </message>
        <message>
            <source>Cannot start writing to %1; is another program using it? %2</source>
            <translation>%1 への書き込みを開始できません。別のプログラムが使用中ですか? %2</translation>
        </message>
        <message>
            <source>Import of %1 cancelled; nothing was written.</source>
            <translation>%1 のインポートはキャンセルされ、何も書き込まれていません。</translation>
        </message>
        <message>
            <source>Cannot save the import of %1: %2</source>
            <translation>%1 のインポートを保存できません: %2</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1 を開けません: %2</translation>
        </message>
    </context>
    <context>
        <name>seance::DatasetReader</name>
        <message>
            <source>%1: reading was cancelled.</source>
            <translation>%1: 読み込みがキャンセルされました。</translation>
        </message>
        <message>
            <source>expected an object, got %1</source>
            <translation>オブジェクトが必要ですが、%1 でした</translation>
        </message>
        <message>
            <source>the file holds %1, not a dataset object</source>
            <translation>ファイルの中身はデータセットのオブジェクトではなく %1 です</translation>
        </message>
        <message>
            <source>unknown member (allowed: format, version, tokens, narratives, events, posts, series, saved_views)</source>
            <translation>不明なメンバー (使用可: format, version, tokens, narratives, events, posts, series, saved_views)</translation>
        </message>
        <message>
            <source>appears twice</source>
            <translation>2 回出現します</translation>
        </message>
        <message>
            <source>expected the string "%1", got %2</source>
            <translation>文字列 "%1" が必要ですが、%2 でした</translation>
        </message>
        <message>
            <source>%1 is not a Seance dataset (expected "%2")</source>
            <translation>%1 は Seance のデータセットではありません ("%2" が必要)</translation>
        </message>
        <message>
            <source>expected an integer, got %1</source>
            <translation>整数が必要ですが、%1 でした</translation>
        </message>
        <message>
            <source>%1 is not supported; this version of Seance reads dataset version %2</source>
            <translation>%1 はサポートされていません。このバージョンの Seance が読めるのはデータセットのバージョン %2 です</translation>
        </message>
        <message>
            <source>expected an array, got %1</source>
            <translation>配列が必要ですが、%1 でした</translation>
        </message>
        <message>
            <source>the record holds more than %1 values</source>
            <translation>レコードの値が %1 個を超えています</translation>
        </message>
        <message>
            <source>nested deeper than %1 levels</source>
            <translation>%1 階層より深く入れ子になっています</translation>
        </message>
        <message>
            <source>the file holds an array, not a dataset object</source>
            <translation>ファイルの中身はデータセットのオブジェクトではなく配列です</translation>
        </message>
        <message>
            <source>expected %1, got %2</source>
            <translation>%1 が必要ですが、%2 でした</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>文字列</translation>
        </message>
        <message>
            <source>an integer</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>expected an array, got an object</source>
            <translation>配列が必要ですが、オブジェクトでした</translation>
        </message>
        <message>
            <source>"format": "%1" and "version": %2 must come before the record arrays</source>
            <translation>"format": "%1" と "version": %2 はレコードの配列より前に置く必要があります</translation>
        </message>
        <message>
            <source>expected an object, got an array</source>
            <translation>オブジェクトが必要ですが、配列でした</translation>
        </message>
        <message>
            <source>field %1 appears twice</source>
            <translation>フィールド %1 が 2 回出現します</translation>
        </message>
        <message>
            <source>required member is missing; this is not a Seance dataset</source>
            <translation>必須のメンバーがありません。Seance のデータセットではありません</translation>
        </message>
        <message>
            <source>required member is missing</source>
            <translation>必須のメンバーがありません</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>ファイルを読み込めません: %1</translation>
        </message>
        <message>
            <source>a string is longer than %1 MiB (at byte %2); the format caps every string</source>
            <translation>文字列が %1 MiB を超えています (バイト %2)。この形式ではすべての文字列に上限があります</translation>
        </message>
        <message>
            <source>a number is longer than %1 characters (at byte %2)</source>
            <translation>数値が %1 文字を超えています (バイト %2)</translation>
        </message>
        <message>
            <source>text is not valid UTF-8 (at byte %1)</source>
            <translation>テキストが正しい UTF-8 ではありません (バイト %1)</translation>
        </message>
        <message>
            <source>invalid JSON at line %1, byte %2: %3</source>
            <translation>%1 行目、バイト %2 の JSON が不正です: %3</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数値</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true または false</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>オブジェクト</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>配列</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>unknown field (allowed: %1)</source>
            <translation>不明なフィールド (使用可: %1)</translation>
        </message>
        <message>
            <source>required field is missing</source>
            <translation>必須のフィールドがありません</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>空にはできません</translation>
        </message>
        <message>
            <source>%1 is not one of %2</source>
            <translation>%1 は %2 のいずれでもありません</translation>
        </message>
        <message>
            <source>an array of strings</source>
            <translation>文字列の配列</translation>
        </message>
        <message>
            <source>%1 is listed twice</source>
            <translation>%1 が 2 回記載されています</translation>
        </message>
        <message>
            <source>an array of {"label", "url"} objects</source>
            <translation>{"label", "url"} オブジェクトの配列</translation>
        </message>
        <message>
            <source>needs a label, a url or both</source>
            <translation>label、url、またはその両方が必要です</translation>
        </message>
        <message>
            <source>%1 milliseconds is outside the years 0000 to 9999</source>
            <translation>%1 ミリ秒は 0000 年から 9999 年の範囲外です</translation>
        </message>
        <message>
            <source>expected a date string YYYY-MM-DD, got %1</source>
            <translation>YYYY-MM-DD 形式の日付文字列が必要ですが、%1 でした</translation>
        </message>
        <message>
            <source>expected an ISO 8601 string or integer milliseconds, got %1</source>
            <translation>ISO 8601 の文字列か整数のミリ秒が必要ですが、%1 でした</translation>
        </message>
        <message>
            <source>%1 is not a date YYYY-MM-DD (use "time" for a date and time)</source>
            <translation>%1 は YYYY-MM-DD の日付ではありません (日付と時刻には "time" を使ってください)</translation>
        </message>
        <message>
            <source>%1 is not a valid date</source>
            <translation>%1 は正しい日付ではありません</translation>
        </message>
        <message>
            <source>%1 is not a valid ISO 8601 time</source>
            <translation>%1 は正しい ISO 8601 の時刻ではありません</translation>
        </message>
        <message>
            <source>%1 is outside %2 to %3</source>
            <translation>%1 は %2 から %3 の範囲外です</translation>
        </message>
        <message>
            <source>expected a decimal string such as "10000000000" (a JSON number would lose digits), got %1</source>
            <translation>"10000000000" のような 10 進数の文字列が必要ですが (JSON の数値では桁が失われます)、%1 でした</translation>
        </message>
        <message>
            <source>%1 is not a decimal number</source>
            <translation>%1 は 10 進数ではありません</translation>
        </message>
        <message>
            <source>%1 is not a color #rrggbb</source>
            <translation>%1 は #rrggbb 形式の色ではありません</translation>
        </message>
        <message>
            <source>give either date or time, not both</source>
            <translation>date か time のどちらか一方を指定してください</translation>
        </message>
        <message>
            <source>required field is missing (give date or time)</source>
            <translation>必須のフィールドがありません (date または time を指定してください)</translation>
        </message>
        <message>
            <source>a post needs a token, a narrative or both</source>
            <translation>投稿にはトークン、ナラティブ、またはその両方が必要です</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>負の値にはできません</translation>
        </message>
        <message>
            <source>is longer than %1 KiB</source>
            <translation>%1 KiB を超えています</translation>
        </message>
        <message>
            <source>required when compound is given</source>
            <translation>compound がある場合は必須です</translation>
        </message>
        <message>
            <source>required when pos, neu or neg is given</source>
            <translation>pos、neu、neg のいずれかがある場合は必須です</translation>
        </message>
        <message>
            <source>an array of [time, value] pairs</source>
            <translation>[time, value] の組の配列</translation>
        </message>
        <message>
            <source>expected a [time, value] pair, got %1</source>
            <translation>[time, value] の組が必要ですが、%1 でした</translation>
        </message>
        <message>
            <source>expected a number, got %1</source>
            <translation>数値が必要ですが、%1 でした</translation>
        </message>
        <message>
            <source>time %1 is already given by points[%2]</source>
            <translation>時刻 %1 はすでに points[%2] にあります</translation>
        </message>
        <message>
            <source>the first %1 bad records (reading stopped there):</source>
            <translation>最初の %1 件の不正なレコード (読み込みはそこで停止しました):</translation>
        </message>
        <message>
            <source>%1 problems:</source>
            <translation>%1 件の問題:</translation>
        </message>
        <message>
            <source>expected %1, got %2 (%3)</source>
            <translation>%1 が必要ですが、%2 でした (%3)</translation>
        </message>
        <message>
            <source>expected a string, got %1 (%2)</source>
            <translation>文字列が必要ですが、%1 でした (%2)</translation>
        </message>
        <message>
            <source>must not be empty; leave it out instead</source>
            <translation>空にはできません。代わりに省略してください</translation>
        </message>
        <message>
            <source>must start with the %1 given in "%2" (%3)</source>
            <translation>"%2" で指定された %1 で始まる必要があります (%3)</translation>
        </message>
    </context>
    <context>
        <name>seance::DatasetWriter</name>
        <message>
            <source>The saved view "%1" holds a state that is not a JSON object.</source>
            <translation>保存したビュー "%1" の状態が JSON オブジェクトではありません。</translation>
        </message>
        <message>
            <source>Cannot write the dataset: %1</source>
            <translation>データセットを書き込めません: %1</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>データベースが開かれていません。</translation>
        </message>
        <message>
            <source>The database holds text that is not valid UTF-8: %1</source>
            <translation>データベースに正しい UTF-8 ではないテキストがあります: %1</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>エクスポートはキャンセルされました。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
    </context>
    <context>
        <name>seance::DriverPostModel</name>
        <message>
            <source>unscored</source>
            <translation>未採点</translation>
        </message>
        <message>
            <source>The post's compound sentiment as stored, from −1 to +1</source>
            <translation>保存されている投稿の compound センチメント (−1 から +1)</translation>
        </message>
        <message>
            <source>Date (UTC)</source>
            <translation>日付 (UTC)</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>エンゲージメント</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>スコア</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>投稿者</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>投稿</translation>
        </message>
    </context>
    <context>
        <name>seance::DriverTermModel</name>
        <message>
            <source>“%1”, written “%2” in a post of these ranges</source>
            <translation>「%1」、これらの範囲の投稿では「%2」と表記</translation>
        </message>
        <message>
            <source>%1 adds %2 to the mean sentiment after, against %3 before: an approximate share of the change</source>
            <translation>%1 が平均センチメントに加える値: 後 %2、前 %3。変化に対する概算の寄与です</translation>
        </message>
        <message>
            <source>The lexicon entry, as “Why this score?” names it</source>
            <translation>「このスコアの理由」に表示される辞書の項目</translation>
        </message>
        <message>
            <source>The term's approximate share of the change in mean sentiment: what it adds per post after, minus what it added before. Each post's score is split over its terms in proportion to their contributions, so the shares add up to the change, but the split is approximate: the score is not a plain sum of its terms.</source>
            <translation>平均センチメントの変化に対するこの語の概算の寄与です。後の範囲で投稿あたりに加える値から、前の範囲で加えていた値を引いたものです。各投稿のスコアを語ごとの寄与に比例して分けるため、寄与の合計は変化と一致しますが、スコアは語の単純な合計ではないため、この分割は概算です。</translation>
        </message>
        <message>
            <source>What the term adds to the mean sentiment of the range before (per scored post)</source>
            <translation>前の範囲の平均センチメントにこの語が加える値 (採点済みの投稿あたり)</translation>
        </message>
        <message>
            <source>What the term adds to the mean sentiment of the chosen range (per scored post)</source>
            <translation>選択した範囲の平均センチメントにこの語が加える値 (採点済みの投稿あたり)</translation>
        </message>
        <message>
            <source>Posts of the range before that contain the term</source>
            <translation>この語を含む前の範囲の投稿</translation>
        </message>
        <message>
            <source>Posts of the chosen range that contain the term</source>
            <translation>この語を含む選択した範囲の投稿</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>語</translation>
        </message>
        <message>
            <source>Approx. share</source>
            <translation>寄与 (概算)</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>後</translation>
        </message>
        <message>
            <source>Posts before</source>
            <translation>前の投稿</translation>
        </message>
        <message>
            <source>Posts after</source>
            <translation>後の投稿</translation>
        </message>
    </context>
    <context>
        <name>seance::EditActions</name>
        <message>
            <source>New &amp;Token…</source>
            <translation>新規トークン(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Edit Token…</source>
            <translation>トークンを編集(&amp;E)…</translation>
        </message>
        <message>
            <source>Edit the token selected in the table</source>
            <translation>テーブルで選択したトークンを編集します</translation>
        </message>
        <message>
            <source>Remove Token</source>
            <translation>トークンを削除</translation>
        </message>
        <message>
            <source>Remove the token selected in the table (undoable)</source>
            <translation>テーブルで選択したトークンを削除します (元に戻せます)</translation>
        </message>
        <message>
            <source>New &amp;Narrative…</source>
            <translation>新規ナラティブ(&amp;N)…</translation>
        </message>
        <message>
            <source>Edit Narrati&amp;ve…</source>
            <translation>ナラティブを編集(&amp;V)…</translation>
        </message>
        <message>
            <source>Edit Narrative</source>
            <translation>ナラティブの編集</translation>
        </message>
        <message>
            <source>Remove Narrative…</source>
            <translation>ナラティブを削除…</translation>
        </message>
        <message>
            <source>Remove Narrative</source>
            <translation>ナラティブの削除</translation>
        </message>
        <message>
            <source>Edit Focused Event…</source>
            <translation>フォーカス中のイベントを編集…</translation>
        </message>
        <message>
            <source>Edit the event focused in the chart or timeline (double-click an event to edit it)</source>
            <translation>チャートまたはタイムラインでフォーカス中のイベントを編集します (イベントをダブルクリックしても編集できます)</translation>
        </message>
        <message>
            <source>Remove Focused Event</source>
            <translation>フォーカス中のイベントを削除</translation>
        </message>
        <message>
            <source>Cannot remove the token</source>
            <translation>トークンを削除できません</translation>
        </message>
        <message>
            <source>Cannot remove the narrative</source>
            <translation>ナラティブを削除できません</translation>
        </message>
        <message>
            <source>Cannot remove the event</source>
            <translation>イベントを削除できません</translation>
        </message>
        <message>
            <source>Narrative:</source>
            <translation>ナラティブ:</translation>
        </message>
        <message>
            <source>Cannot edit</source>
            <translation>編集できません</translation>
        </message>
        <message>
            <source>Ne&amp;w Event…</source>
            <translation>新規イベント(&amp;W)…</translation>
        </message>
    </context>
    <context>
        <name>seance::EditCommand</name>
        <message>
            <source>Undo of %1 failed: %2</source>
            <translation>%1 の取り消しに失敗しました: %2</translation>
        </message>
        <message>
            <source>Redo of %1 failed: %2</source>
            <translation>%1 のやり直しに失敗しました: %2</translation>
        </message>
    </context>
    <context>
        <name>seance::EditFields</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>One link a line, as "label | https://address". Only http and https addresses are accepted. A line may also hold just a label or just an address.</source>
            <translation>1 行に 1 つのリンクを "ラベル | https://アドレス" の形式で入力します。http と https のアドレスのみ使用できます。ラベルだけ、アドレスだけの行も使えます。</translation>
        </message>
    </context>
    <context>
        <name>seance::EventEditDialog</name>
        <message>
            <source>New Event</source>
            <translation>新しいイベント</translation>
        </message>
        <message>
            <source>Edit Event</source>
            <translation>イベントの編集</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>タイトル(&amp;T):</translation>
        </message>
        <message>
            <source>What happened, in one line, e.g. "Karpathy: summoning ghosts". Required.</source>
            <translation>何が起きたかを 1 行で。例: "Karpathy: summoning ghosts"。必須。</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(なし)</translation>
        </message>
        <message>
            <source>&amp;Narrative:</source>
            <translation>ナラティブ(&amp;N):</translation>
        </message>
        <message>
            <source>The narrative whose timeline shows the event, if any.</source>
            <translation>このイベントをタイムラインに表示するナラティブ (ある場合)。</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>種類(&amp;K):</translation>
        </message>
        <message>
            <source>What sort of event it is: podcast, post, article, launch, … Free text.</source>
            <translation>イベントの種類: ポッドキャスト、投稿、記事、ローンチ、… 自由入力。</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>未設定</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日付(&amp;D):</translation>
        </message>
        <message>
            <source>When the event happened, in UTC. Required.</source>
            <translation>イベントが起きた日時 (UTC)。必須。</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>説明(&amp;E):</translation>
        </message>
        <message>
            <source>What happened, shown as plain text.</source>
            <translation>何が起きたか。プレーンテキストで表示されます。</translation>
        </message>
        <message>
            <source>T&amp;okens:</source>
            <translation>トークン(&amp;O):</translation>
        </message>
        <message>
            <source>Check the tokens that the event concerns.</source>
            <translation>イベントに関係するトークンにチェックを入れてください。</translation>
        </message>
        <message>
            <source>Sou&amp;rces:</source>
            <translation>出典(&amp;R):</translation>
        </message>
        <message>
            <source>Where the event is documented.</source>
            <translation>イベントが記録されている場所。</translation>
        </message>
        <message>
            <source>label | https://…</source>
            <translation>ラベル | https://…</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <source>The title is required.</source>
            <translation>タイトルは必須です。</translation>
        </message>
        <message>
            <source>The date is required.</source>
            <translation>日付は必須です。</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>出典</translation>
        </message>
    </context>
    <context>
        <name>seance::EventImpactModel</name>
        <message>
            <source>Measured on the token %1: the event has no narrative</source>
            <translation>トークン %1 で測定: イベントにナラティブがありません</translation>
        </message>
        <message>
            <source>%1 UTC. Before: days −%2 to −1; after: day 0 (the event's UTC day) to day +%3</source>
            <translation>%1 UTC。前: −%2 日目から −1 日目、後: 0 日目 (イベントの UTC 日) から +%3 日目</translation>
        </message>
        <message>
            <source>Posts over %1 d</source>
            <translation>%1 日間の投稿</translation>
        </message>
        <message>
            <source>%1: after minus before</source>
            <translation>%1: 後 − 前</translation>
        </message>
        <message>
            <source>%1 over %2 d</source>
            <translation>%2 日間の %1</translation>
        </message>
        <message>
            <source>Date (UTC)</source>
            <translation>日付 (UTC)</translation>
        </message>
        <message>
            <source>Narrative</source>
            <translation>ナラティブ</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>イベント</translation>
        </message>
        <message>
            <source>Before (%1 d)</source>
            <translation>前 (%1 日)</translation>
        </message>
        <message>
            <source>After (%1 d)</source>
            <translation>後 (%1 日)</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>変化</translation>
        </message>
        <message>
            <source>Posts before</source>
            <translation>前の投稿</translation>
        </message>
        <message>
            <source>Posts after</source>
            <translation>後の投稿</translation>
        </message>
        <message>
            <source>The price of %1</source>
            <translation>%1 の価格</translation>
        </message>
        <message>
            <source>How the price of the event's token moved over the %1 days up to the event</source>
            <translation>イベントまでの %1 日間に、イベントのトークンの価格がどう動いたか</translation>
        </message>
        <message>
            <source>How the price of the event's token moved over the %1 days after the event</source>
            <translation>イベント後の %1 日間に、イベントのトークンの価格がどう動いたか</translation>
        </message>
        <message>
            <source>Price before (%1 d)</source>
            <translation>前の価格 (%1 日)</translation>
        </message>
        <message>
            <source>Price after (%1 d)</source>
            <translation>後の価格 (%1 日)</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>トークン</translation>
        </message>
    </context>
    <context>
        <name>seance::EventKind</name>
        <message>
            <source>Add event “%1”</source>
            <translation>イベント「%1」の追加</translation>
        </message>
        <message>
            <source>Edit event “%1”</source>
            <translation>イベント「%1」の編集</translation>
        </message>
        <message>
            <source>Remove event “%1”</source>
            <translation>イベント「%1」の削除</translation>
        </message>
        <message>
            <source>There is already an event "%1".</source>
            <translation>イベント "%1" はすでにあります。</translation>
        </message>
        <message>
            <source>There is no event "%1".</source>
            <translation>イベント "%1" はありません。</translation>
        </message>
        <message>
            <source>There is no narrative "%1".</source>
            <translation>ナラティブ "%1" はありません。</translation>
        </message>
        <message>
            <source>There is no token "%1".</source>
            <translation>トークン "%1" はありません。</translation>
        </message>
    </context>
    <context>
        <name>seance::EventStore</name>
        <message>
            <source>There is no event "%1".</source>
            <translation>イベント "%1" はありません。</translation>
        </message>
        <message>
            <source>Event "%1" has a sources column that is not a JSON array.</source>
            <translation>イベント "%1" の sources 列が JSON 配列ではありません。</translation>
        </message>
    </context>
    <context>
        <name>seance::ExportChartDialog</name>
        <message>
            <source>%1 — slide, Full HD</source>
            <translation>%1 — スライド、フル HD</translation>
        </message>
        <message>
            <source>%1 — slide, HD</source>
            <translation>%1 — スライド、HD</translation>
        </message>
        <message>
            <source>%1 — square post</source>
            <translation>%1 — 正方形の投稿</translation>
        </message>
        <message>
            <source>%1 — link preview</source>
            <translation>%1 — リンクのプレビュー</translation>
        </message>
        <message>
            <source>Event &amp;markers</source>
            <translation>イベントマーカー(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Legend</source>
            <translation>凡例(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Transparent background</source>
            <translation>透明な背景(&amp;T)</translation>
        </message>
        <message>
            <source>Export Chart</source>
            <translation>チャートのエクスポート</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG 画像</translation>
        </message>
        <message>
            <source>SVG vector drawing</source>
            <translation>SVG ベクター図形</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>カスタム</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>1× (as laid out)</source>
            <translation>1× (レイアウトどおり)</translation>
        </message>
        <message>
            <source>2× (sharp on high-density screens)</source>
            <translation>2× (高密度画面でくっきり)</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>形式(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Size:</source>
            <translation>サイズ(&amp;S):</translation>
        </message>
        <message>
            <source>S&amp;cale:</source>
            <translation>倍率(&amp;C):</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>テーマ(&amp;H):</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>タイトル(&amp;I):</translation>
        </message>
        <message>
            <source>Ca&amp;ption:</source>
            <translation>キャプション(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>エクスポート(&amp;E)…</translation>
        </message>
        <message>
            <source>Cannot draw the chart:
%1</source>
            <translation>チャートを描画できません:
%1</translation>
        </message>
        <message>
            <source>± standard error &amp;band</source>
            <translation>± 標準誤差バンド(&amp;B)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message numerus="yes">
            <source>%n-day moving average</source>
            <translation>
                <numerusform>%n 日移動平均</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n-day EMA</source>
            <translation>
                <numerusform>%n 日 EMA</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>As View › Smoothing: days are pooled by their posts. Points resting on fewer than %n posts are drawn faded.</source>
            <translation>
                <numerusform>表示 › 平滑化 と同じです: 複数の日は投稿をまとめて計算します。投稿が %n 件未満のポイントは薄く描画します。</numerusform>
            </translation>
        </message>
        <message>
            <source>The standard error of the smoothed line, from the spread of the days in its window</source>
            <translation>期間内の各日のばらつきから求めた、平滑化した線の標準誤差</translation>
        </message>
        <message>
            <source>Sm&amp;oothing:</source>
            <translation>平滑化(&amp;O):</translation>
        </message>
        <message>
            <source>S&amp;ubtitle:</source>
            <translation>サブタイトル(&amp;U):</translation>
        </message>
    </context>
    <context>
        <name>seance::FetchMarketDialog</name>
        <message>
            <source>Offer the coin's links, categories, contract and supply for the token</source>
            <translation>コインのリンク、カテゴリー、コントラクト、供給量をトークンに反映できるようにします</translation>
        </message>
        <message>
            <source>Fetch Market Data</source>
            <translation>マーケットデータの取得</translation>
        </message>
        <message>
            <source>Daily price, market cap and volume in USD for %1, from CoinGecko's public API.</source>
            <translation>%1 の日次の価格、時価総額、出来高 (USD) を CoinGecko の公開 API から取得します。</translation>
        </message>
        <message>
            <source>e.g. dogecoin</source>
            <translation>例: dogecoin</translation>
        </message>
        <message>
            <source>The last part of the coin's page address on coingecko.com.</source>
            <translation>coingecko.com のコインのページのアドレスの最後の部分です。</translation>
        </message>
        <message>
            <source>CoinGecko &amp;id:</source>
            <translation>CoinGecko ID(&amp;I):</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 日</translation>
        </message>
        <message>
            <source>The free API gives at most %1 days; a longer history needs a paid plan. For the full history, download the CSV on the coin's page and use File › Import….</source>
            <translation>無料 API で取得できるのは %1 日分までです。それより長い履歴には有料プランが必要です。全履歴が必要な場合は、コインのページから CSV をダウンロードし、ファイル › インポート… を使用してください。</translation>
        </message>
        <message>
            <source>&amp;History:</source>
            <translation>履歴(&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Fetch</source>
            <translation>取得(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>seance::FieldSyntax</name>
        <message>
            <source>Line %1: “%2” is not an http or https address.</source>
            <translation>%1 行目:「%2」は http または https のアドレスではありません。</translation>
        </message>
    </context>
    <context>
        <name>seance::ImpactPane</name>
        <message>
            <source> days</source>
            <translation> 日</translation>
        </message>
        <message>
            <source>Compare the metric over this many days before each event with the event's day and the days after it (UTC days)</source>
            <translation>各イベントの前のこの日数の指標を、イベント当日とその後の日数と比較します (UTC 日)</translation>
        </message>
        <message>
            <source>Days before and after:</source>
            <translation>前後の日数:</translation>
        </message>
        <message>
            <source>No events in this workspace. Add one with Edit › New Event, or import a dataset.</source>
            <translation>このワークスペースにはイベントがありません。編集 › 新しいイベント で追加するか、データセットをインポートしてください。</translation>
        </message>
        <message>
            <source>Measure on:</source>
            <translation>測定対象:</translation>
        </message>
        <message>
            <source>Choose Tokens…</source>
            <translation>トークンを選択…</translation>
        </message>
        <message>
            <source>Tokens: %1</source>
            <translation>トークン: %1</translation>
        </message>
        <message>
            <source>No tokens in this workspace</source>
            <translation>このワークスペースにはトークンがありません</translation>
        </message>
        <message>
            <source>The event impacts could not be computed: %1</source>
            <translation>イベントの影響を計算できません: %1</translation>
        </message>
        <message>
            <source>Each event's narrative</source>
            <translation>各イベントのナラティブ</translation>
        </message>
        <message>
            <source>Selected tokens</source>
            <translation>選択したトークン</translation>
        </message>
        <message>
            <source>Chosen tokens</source>
            <translation>指定したトークン</translation>
        </message>
        <message>
            <source>Whose posts each event is measured on: the event's own narrative, the tokens selected in the token table, or tokens you choose here (one row per event and token)</source>
            <translation>各イベントを測定する投稿: イベント自体のナラティブ、トークン表で選択したトークン、またはここで指定したトークン (イベントとトークンごとに 1 行)</translation>
        </message>
        <message>
            <source>Choose the tokens every event is measured on</source>
            <translation>すべてのイベントを測定するトークンを指定します</translation>
        </message>
        <message>
            <source>Select one or more tokens in the token table: every event is then measured on each of them.</source>
            <translation>トークン表でトークンを 1 つ以上選択してください。すべてのイベントがそれぞれのトークンで測定されます。</translation>
        </message>
        <message>
            <source>Choose tokens with the button above: every event is then measured on each of them.</source>
            <translation>上のボタンでトークンを指定してください。すべてのイベントがそれぞれのトークンで測定されます。</translation>
        </message>
    </context>
    <context>
        <name>seance::ImportFileKind</name>
        <message>
            <source>%1: a Seance file is a dataset (.json) or posts (.jsonl, .ndjson, .csv)</source>
            <translation>%1: Seance ファイルはデータセット (.json) または投稿 (.jsonl、.ndjson、.csv) です</translation>
        </message>
        <message>
            <source>unknown format "%1": expected auto, seance, telegram, reddit, x or discord</source>
            <translation>不明な形式「%1」: auto、seance、telegram、reddit、x、discord のいずれかを指定してください</translation>
        </message>
        <message>
            <source>%1
Nor is it a Seance dataset (.json with "format": "seance-dataset") or Seance posts (.jsonl or .csv with a token or narrative field).</source>
            <translation>%1
Seance データセット ("format": "seance-dataset" を含む .json) でも Seance 投稿 (token または narrative フィールドを含む .jsonl または .csv) でもありません。</translation>
        </message>
        <message>
            <source>Seance dataset</source>
            <translation>Seance データセット</translation>
        </message>
        <message>
            <source>Seance posts</source>
            <translation>Seance 投稿</translation>
        </message>
    </context>
    <context>
        <name>seance::ImportPreviewPage</name>
        <message>
            <source>Preview</source>
            <translation>プレビュー</translation>
        </message>
        <message numerus="yes">
            <source>The first %n posts, where each would go and its score.</source>
            <translation>
                <numerusform>最初の %n 件の投稿と、それぞれの振り分け先とスコアです。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seance::ImportRoutingPage</name>
        <message>
            <source>Keep posts that name nothing under</source>
            <translation>何も言及していない投稿を次の下に保持</translation>
        </message>
        <message>
            <source>Where the posts go</source>
            <translation>投稿の振り分け先</translation>
        </message>
        <message>
            <source>By default each post goes to every token it names (a $CASHTAG, the symbol, the name or an alias) and every narrative whose keywords it contains.</source>
            <translation>既定では、各投稿は言及しているすべてのトークン ($CASHTAG、シンボル、名前、別名) と、キーワードを含むすべてのナラティブに振り分けられます。</translation>
        </message>
        <message>
            <source>By what each post &amp;mentions</source>
            <translation>各投稿が言及している対象で振り分け(&amp;M)</translation>
        </message>
        <message>
            <source>Every post to the &amp;token</source>
            <translation>すべての投稿をトークンへ(&amp;T)</translation>
        </message>
        <message>
            <source>A name several tokens share is credited to none of them unless the post, its chat or subreddit, the file's name or your choice below decides.</source>
            <translation>複数のトークンが共有する名前は、投稿、そのチャットやサブレディット、ファイル名、または以下の選択で決まらない限り、どのトークンにも割り当てられません。</translation>
        </message>
        <message>
            <source>For the export of one token's own community</source>
            <translation>1 つのトークン自身のコミュニティのエクスポート向け</translation>
        </message>
        <message>
            <source>Names several tokens share</source>
            <translation>複数のトークンが共有する名前</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>対象</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>投稿</translation>
        </message>
        <message>
            <source>credit none of them</source>
            <translation>どれにも割り当てない</translation>
        </message>
        <message>
            <source>%1 (undecided in %2):</source>
            <translation>%1 (%2 件で未決定):</translation>
        </message>
        <message>
            <source>None in this file, or the chats and posts decide them all.</source>
            <translation>このファイルには該当なし、またはチャットや投稿ですべて決定されます。</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>集計中…</translation>
        </message>
        <message>
            <source>%1 of %2 posts will be imported. Unmatched: %3 (%4 %). Ambiguous: %5 (%6 %).</source>
            <translation>%2 件中 %1 件の投稿がインポートされます。不一致: %3 (%4 %)。あいまい: %5 (%6 %)。</translation>
        </message>
        <message>
            <source>Every post to the na&amp;rrative</source>
            <translation>すべての投稿をナラティブへ(&amp;R)</translation>
        </message>
        <message>
            <source>No post names a token or narrative of this workspace: send every post to one above, or keep them under a narrative.</source>
            <translation>このワークスペースのトークンやナラティブに触れた投稿はありません: 上ですべての投稿を 1 つの対象へ送るか、ナラティブの下に残してください。</translation>
        </message>
        <message>
            <source>This workspace has no tokens or narratives for the posts to go to: add a token (Edit › New Token…) or import a dataset that has them first.</source>
            <translation>このワークスペースには投稿の振り分け先となるトークンもナラティブもありません: 先にトークンを追加する (編集 › 新規トークン…) か、トークンを含むデータセットをインポートしてください。</translation>
        </message>
    </context>
    <context>
        <name>seance::ImportRunPage</name>
        <message>
            <source>Cancel Import</source>
            <translation>インポートをキャンセル</translation>
        </message>
        <message>
            <source>Show in Chart</source>
            <translation>チャートに表示</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>インポート</translation>
        </message>
        <message>
            <source>The posts are written in one transaction: if anything goes wrong, or you cancel, the workspace stays as it was.</source>
            <translation>投稿は 1 つのトランザクションで書き込まれます。問題が発生した場合やキャンセルした場合、ワークスペースは元のままです。</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>インポート(&amp;I)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>対象</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>投稿</translation>
        </message>
        <message>
            <source>Select the tokens that got posts and frame their time span</source>
            <translation>投稿があったトークンを選択し、その期間を表示します</translation>
        </message>
        <message>
            <source>Stop and write nothing</source>
            <translation>中止して何も書き込まない</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>インポート中…</translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was written; the workspace is unchanged.</source>
            <translation>インポートはキャンセルされました。何も書き込まれていません。ワークスペースは変更されていません。</translation>
        </message>
        <message>
            <source>Nothing was imported; the workspace is unchanged.

%1</source>
            <translation>何もインポートされませんでした。ワークスペースは変更されていません。

%1</translation>
        </message>
        <message>
            <source>Imported %1 posts.</source>
            <translation>%1 件の投稿をインポートしました。</translation>
        </message>
        <message>
            <source>Duplicates skipped (already in the workspace): %1</source>
            <translation>スキップした重複 (既にワークスペースにあるもの): %1</translation>
        </message>
        <message>
            <source>Posts about more than one subject (stored once, counted in each): %1</source>
            <translation>複数の対象に関する投稿 (1 回だけ保存し、それぞれで集計): %1</translation>
        </message>
        <message>
            <source>Ambiguous names nothing decided (not credited): %1</source>
            <translation>決定されなかったあいまいな名前 (割り当てなし): %1</translation>
        </message>
        <message>
            <source>Unmatched (named nothing): %1%2</source>
            <translation>不一致 (何も言及なし): %1%2</translation>
        </message>
        <message>
            <source>, %1 kept</source>
            <translation>、%1 件を保持</translation>
        </message>
        <message>
            <source>Skipped: %1 service, %2 deleted, %3 without text, %4 from bots</source>
            <translation>スキップ: サービス %1 件、削除済み %2 件、テキストなし %3 件、ボット %4 件</translation>
        </message>
        <message>
            <source>Unscored (a script the lexicon does not cover): %1</source>
            <translation>スコアなし (辞書が対応していない文字体系): %1</translation>
        </message>
        <message>
            <source>Repaired: %1 invalid escapes, %2 repeated keys</source>
            <translation>修復: 無効なエスケープ %1 件、重複キー %2 件</translation>
        </message>
        <message>
            <source>Time zone: %1 posts give only the exporting machine's local time and were read as UTC.</source>
            <translation>タイムゾーン: %1 件の投稿はエクスポートしたマシンのローカル時刻しか持たないため、UTC として読み込みました。</translation>
        </message>
    </context>
    <context>
        <name>seance::ImportSourcePage</name>
        <message>
            <source>What the file holds</source>
            <translation>ファイルの内容</translation>
        </message>
        <message>
            <source>Seance reads the whole file once to find its source, its time span and where its posts go. Nothing is written yet.</source>
            <translation>Seance はファイル全体を 1 回読み込み、ソース、期間、投稿の振り分け先を調べます。まだ何も書き込まれません。</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 を読み込み中…</translation>
        </message>
        <message>
            <source>This file cannot be imported. Nothing was written; the workspace is unchanged.

%1</source>
            <translation>このファイルはインポートできません。何も書き込まれていません。ワークスペースは変更されていません。

%1</translation>
        </message>
        <message>
            <source>Detected format: %1.</source>
            <translation>検出した形式: %1。</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>ファイル:</translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> 他 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>ソース:</translation>
        </message>
        <message>
            <source>not named in the file</source>
            <translation>ファイルに名前がありません</translation>
        </message>
        <message>
            <source>Time span:</source>
            <translation>期間:</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 ～ %2</translation>
        </message>
        <message>
            <source>no posts</source>
            <translation>投稿なし</translation>
        </message>
        <message>
            <source>Posts:</source>
            <translation>投稿:</translation>
        </message>
        <message>
            <source>Skipped:</source>
            <translation>スキップ:</translation>
        </message>
        <message>
            <source>%1 service messages, %2 deleted, %3 without text, %4 from bots</source>
            <translation>サービスメッセージ %1 件、削除済み %2 件、テキストなし %3 件、ボット %4 件</translation>
        </message>
        <message>
            <source>Repaired:</source>
            <translation>修復:</translation>
        </message>
        <message>
            <source>%1 invalid escapes, %2 repeated keys</source>
            <translation>無効なエスケープ %1 件、重複キー %2 件</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>タイムゾーン:</translation>
        </message>
        <message>
            <source>%1 posts give only the exporting machine's local time; they are read as UTC.</source>
            <translation>%1 件の投稿はエクスポートしたマシンのローカル時刻しか持たないため、UTC として読み込みます。</translation>
        </message>
    </context>
    <context>
        <name>seance::ImportWizard</name>
        <message>
            <source>Import %1</source>
            <translation>%1 のインポート</translation>
        </message>
    </context>
    <context>
        <name>seance::KeyboardMouseHelpDialog</name>
        <message>
            <source>Keyboard and Mouse</source>
            <translation>キーボードとマウス</translation>
        </message>
        <message>
            <source>Key or gesture</source>
            <translation>キーまたはジェスチャー</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>動作</translation>
        </message>
        <message>
            <source>Presentation mode and other keys</source>
            <translation>プレゼンテーションモードとその他のキー</translation>
        </message>
        <message>
            <source> or </source>
            <translation> または </translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>チャート</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>タイムライン</translation>
        </message>
    </context>
    <context>
        <name>seance::Language</name>
        <message>
            <source>System</source>
            <translation>システム</translation>
        </message>
    </context>
    <context>
        <name>seance::LanguageBuckets</name>
        <message>
            <source>Cannot read the posts of one language: %1</source>
            <translation>ある言語の投稿を読み込めません: %1</translation>
        </message>
        <message>
            <source>Cannot filter posts by language on this connection.</source>
            <translation>この接続では投稿を言語で絞り込めません。</translation>
        </message>
    </context>
    <context>
        <name>seance::LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <source>Follow the system's language (LANG); English when it is neither Korean nor Japanese</source>
            <translation>システムの言語 (LANG) に従います。韓国語でも日本語でもなければ英語で表示します</translation>
        </message>
    </context>
    <context>
        <name>seance::LeadLagPane</name>
        <message>
            <source>Select one token to see how its daily sentiment and its price returns correlate.</source>
            <translation>トークンを 1 つ選択すると、日次センチメントと価格リターンの相関が表示されます。</translation>
        </message>
        <message>
            <source>No workspace is open.</source>
            <translation>ワークスペースが開かれていません。</translation>
        </message>
        <message>
            <source>%1 has no price series. Import a CoinGecko or CoinMarketCap download (File › Import…) or use Token › Fetch Market Data….</source>
            <translation>%1 には価格系列がありません。CoinGecko または CoinMarketCap のダウンロードをインポートするか (ファイル › インポート…)、トークン › マーケットデータを取得… を使用してください。</translation>
        </message>
        <message>
            <source>Correlation of %1's daily mean sentiment with its price return k days later (n = %2 day pairs at k = 0). A correlation, not a forecast.</source>
            <translation>%1 の日次平均センチメントと k 日後の価格リターンの相関 (k = 0 で n = %2 日ペア)。相関であり、予測ではありません。</translation>
        </message>
        <message>
            <source>⚠ The sentiment and the price barely overlap: %1 shared days of %2 with posts and %3 with returns.</source>
            <translation>⚠ センチメントと価格の重なりがほとんどありません: 共通する日は %1 日 (投稿がある日 %2 日、リターンがある日 %3 日)。</translation>
        </message>
        <message>
            <source>⚠ Fewer than %1 day pairs at some lags: read those bars as noise.</source>
            <translation>⚠ 一部のラグで日ペアが %1 未満です。それらの棒はノイズとみなしてください。</translation>
        </message>
        <message>
            <source>← earlier returns</source>
            <translation>← 前のリターン</translation>
        </message>
        <message>
            <source>later returns →</source>
            <translation>後のリターン →</translation>
        </message>
        <message>
            <source>the same day's price return</source>
            <translation>同じ日の価格リターン</translation>
        </message>
        <message>
            <source>the price return %1 days later</source>
            <translation>%1 日後の価格リターン</translation>
        </message>
        <message>
            <source>the price return %1 days earlier</source>
            <translation>%1 日前の価格リターン</translation>
        </message>
        <message>
            <source>Lag %1: correlation %2 between a day's sentiment and %3 (n = %4 day pairs)</source>
            <translation>ラグ %1: ある日のセンチメントと%3の相関 %2 (n = %4 日ペア)</translation>
        </message>
    </context>
    <context>
        <name>seance::Lexicon</name>
        <message>
            <source>the file could not be read</source>
            <translation>ファイルを読み込めませんでした</translation>
        </message>
        <message>
            <source>the line is longer than 64 KiB</source>
            <translation>行が 64 KiB を超えています</translation>
        </message>
        <message>
            <source>expected a term and a valence separated by a tab</source>
            <translation>語と極性値がタブで区切られている必要があります</translation>
        </message>
        <message>
            <source>the term is empty</source>
            <translation>語が空です</translation>
        </message>
        <message>
            <source>the term “%1” has no word, emoji or emoticon to match</source>
            <translation>語「%1」には照合できる単語、絵文字、顔文字がありません</translation>
        </message>
        <message>
            <source>the phrase “%1” has more than %2 words</source>
            <translation>フレーズ「%1」は %2 語を超えています</translation>
        </message>
        <message>
            <source>expected a term, a mean valence and a standard deviation separated by tabs (VADER format), found %1 field(s)</source>
            <translation>語、平均極性値、標準偏差がタブで区切られている必要がありますが (VADER 形式)、フィールドが %1 個です</translation>
        </message>
        <message>
            <source>the mean valence “%1” is not a number</source>
            <translation>平均極性値「%1」は数値ではありません</translation>
        </message>
        <message>
            <source>the mean valence %1 is outside −4..+4</source>
            <translation>平均極性値 %1 は −4..+4 の範囲外です</translation>
        </message>
        <message>
            <source>the standard deviation “%1” is not a non-negative number</source>
            <translation>標準偏差「%1」は 0 以上の数値ではありません</translation>
        </message>
        <message>
            <source>expected a term and a whole-number valence separated by a tab (AFINN format), found %1 fields</source>
            <translation>語と整数の極性値がタブで区切られている必要がありますが (AFINN 形式)、フィールドが %1 個です</translation>
        </message>
        <message>
            <source>the valence “%1” is not a whole number from −5 to +5 (AFINN format)</source>
            <translation>極性値「%1」は −5 から +5 の整数ではありません (AFINN 形式)</translation>
        </message>
        <message>
            <source>expected a term and a valence separated by one tab, found %1 fields</source>
            <translation>語と極性値が 1 つのタブで区切られている必要がありますが、フィールドが %1 個です</translation>
        </message>
        <message>
            <source>the valence “%1” is not a number</source>
            <translation>極性値「%1」は数値ではありません</translation>
        </message>
        <message>
            <source>the valence %1 is outside −4..+4</source>
            <translation>極性値 %1 は −4..+4 の範囲外です</translation>
        </message>
        <message>
            <source>%1:%2: %3</source>
            <translation>%1:%2: %3</translation>
        </message>
    </context>
    <context>
        <name>seance::LineReader</name>
        <message>
            <source>line longer than %1 bytes</source>
            <translation>%1 バイトを超える行</translation>
        </message>
    </context>
    <context>
        <name>seance::MainWindow</name>
        <message>
            <source>SAMPLE DATA</source>
            <translation>サンプルデータ</translation>
        </message>
        <message>
            <source>The posts in this workspace were generated by Seance's deterministic sample generator. They are not real social-media data.</source>
            <translation>このワークスペースの投稿は Seance の決定的なサンプル生成器が作ったものです。実際のソーシャルメディアのデータではありません。</translation>
        </message>
        <message>
            <source>Cannot open workspace</source>
            <translation>ワークスペースを開けません</translation>
        </message>
        <message>
            <source>Seance</source>
            <translation>Seance</translation>
        </message>
        <message>
            <source>%1 — Seance</source>
            <translation>%1 — Seance</translation>
        </message>
        <message>
            <source>No workspace open</source>
            <translation>ワークスペースが開かれていません</translation>
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation>ワークスペース: %1</translation>
        </message>
        <message>
            <source>Compare Narratives</source>
            <translation>ナラティブ比較</translation>
        </message>
        <message>
            <source>Event Impact</source>
            <translation>イベントの影響</translation>
        </message>
        <message>
            <source>The event impacts could not be computed: %1</source>
            <translation>イベントの影響を計算できません: %1</translation>
        </message>
        <message>
            <source>Undo failed</source>
            <translation>取り消しに失敗しました</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>インポート(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export Dataset…</source>
            <translation>データセットのエクスポート(&amp;E)…</translation>
        </message>
        <message>
            <source>Write the whole workspace as a Seance dataset JSON file</source>
            <translation>ワークスペース全体を Seance データセットの JSON ファイルとして書き出す</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>やり直し(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Seance</source>
            <translation>Seance について(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Qt について(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>Show &amp;All Data</source>
            <translation>すべてのデータを表示(&amp;A)</translation>
        </message>
        <message>
            <source>Times in &amp;UTC</source>
            <translation>UTC で表示(&amp;U)</translation>
        </message>
        <message>
            <source>Show post times in UTC instead of local time (buckets are always UTC days)</source>
            <translation>投稿の時刻を現地時刻ではなく UTC で表示 (バケットは常に UTC 日)</translation>
        </message>
        <message>
            <source>&amp;Reset Layout</source>
            <translation>レイアウトをリセット(&amp;R)</translation>
        </message>
        <message>
            <source>About Seance</source>
            <translation>Seance について</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Seance %1&lt;/h3&gt;&lt;p&gt;A desktop explorer for meme-token narratives and the sentiment of the posts about them.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Seance %1&lt;/h3&gt;&lt;p&gt;ミームトークンのナラティブと、それについての投稿のセンチメントを探るデスクトップアプリです。&lt;/p&gt;&lt;p&gt;GNU 一般公衆利用許諾書バージョン 3 以降のもとで配布されています。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>トークン一覧</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>トークン情報</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>投稿</translation>
        </message>
        <message>
            <source>&amp;Keyboard and Mouse…</source>
            <translation>キーボードとマウス(&amp;K)…</translation>
        </message>
        <message>
            <source>&amp;Metric</source>
            <translation>指標(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Hourly</source>
            <translation>時間ごと(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Daily</source>
            <translation>日ごと(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Weekly</source>
            <translation>週ごと(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Granularity</source>
            <translation>粒度(&amp;G)</translation>
        </message>
        <message>
            <source>Language &amp;Filter</source>
            <translation>言語フィルター(&amp;F)</translation>
        </message>
        <message>
            <source>What Drove This</source>
            <translation>変動の要因</translation>
        </message>
        <message>
            <source>What Drove This Move?</source>
            <translation>この変動の要因は?</translation>
        </message>
        <message>
            <source>List the terms and posts behind the change in sentiment of the visible range</source>
            <translation>表示範囲のセンチメント変化の背景にある語と投稿を一覧表示します</translation>
        </message>
        <message>
            <source>&amp;None</source>
            <translation>なし(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Moving Average</source>
            <translation>移動平均(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Exponential Moving Average (EMA)</source>
            <translation>指数移動平均 (EMA)(&amp;E)</translation>
        </message>
        <message>
            <source>Smooth the chart's lines, its exports and the comparison. Days are pooled by their posts: a 7-day average of the mean is the mean of the week's posts.</source>
            <translation>チャートの線、エクスポート、比較を平滑化します。複数の日は投稿をまとめて計算します: 平均の 7 日平均は、その週の投稿の平均です。</translation>
        </message>
        <message numerus="yes">
            <source>%n-day window</source>
            <translation>
                <numerusform>%n 日間</numerusform>
            </translation>
        </message>
        <message>
            <source>N: the moving average's window, or the EMA's span (a day of age weighs 1 − 2/(N+1) less)</source>
            <translation>N: 移動平均の期間、または EMA のスパン (1 日古くなるごとに重みが 1 − 2/(N+1) 倍になります)</translation>
        </message>
        <message>
            <source>Standard Error &amp;Band</source>
            <translation>標準誤差バンド(&amp;B)</translation>
        </message>
        <message>
            <source>A band of ± one standard error around the smoothed line, from the spread of the days in its window; it needs smoothing and two days with posts.</source>
            <translation>平滑化した線の周りに ± 1 標準誤差のバンドを描きます。期間内の各日のばらつきから求めるため、平滑化と、投稿のある日が 2 日以上必要です。</translation>
        </message>
        <message>
            <source>&amp;Fade Points With Few Posts</source>
            <translation>投稿の少ないポイントを薄く表示(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Off</source>
            <translation>オフ(&amp;O)</translation>
        </message>
        <message numerus="yes">
            <source>Under %n posts</source>
            <translation>
                <numerusform>投稿 %n 件未満</numerusform>
            </translation>
        </message>
        <message>
            <source>A point resting on fewer posts is drawn faded, not hidden: its value is there, but too few posts stand behind it. With smoothing, the posts of the N days up to the point count.</source>
            <translation>これより投稿の少ないポイントは非表示にせず薄く描画します: 値はありますが、裏付けとなる投稿が少なすぎます。平滑化を使う場合は、そのポイントまでの N 日間の投稿を数えます。</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>インポートできません</translation>
        </message>
        <message>
            <source>Add a Telegram, Reddit, X or Discord export, posts (JSON Lines or CSV), prices (CoinGecko or CoinMarketCap CSV) or a Seance dataset to the workspace</source>
            <translation>Telegram・Reddit・X・Discord のエクスポート、投稿 (JSON Lines または CSV)、価格 (CoinGecko または CoinMarketCap の CSV)、Seance データセットをワークスペースに追加</translation>
        </message>
        <message>
            <source>&amp;Smoothing</source>
            <translation>平滑化(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>seance::MarketActions</name>
        <message>
            <source>&amp;Token</source>
            <translation>トークン(&amp;T)</translation>
        </message>
        <message>
            <source>Fetch &amp;Market Data…</source>
            <translation>マーケットデータを取得(&amp;M)…</translation>
        </message>
        <message>
            <source>Fetch the selected token's price, market cap and volume from CoinGecko</source>
            <translation>選択したトークンの価格、時価総額、出来高を CoinGecko から取得します</translation>
        </message>
        <message>
            <source>CoinGecko API &amp;Key…</source>
            <translation>CoinGecko API キー(&amp;K)…</translation>
        </message>
        <message>
            <source>An optional free demo key; kept in Seance's settings, never in a workspace or an export</source>
            <translation>任意の無料デモキー。Seance の設定に保存され、ワークスペースやエクスポートには含まれません</translation>
        </message>
        <message>
            <source>Sentiment and Price: Lead/Lag</source>
            <translation>センチメントと価格: リード/ラグ</translation>
        </message>
        <message>
            <source>Sentiment and Price &amp;Lead/Lag</source>
            <translation>センチメントと価格のリード/ラグ(&amp;L)</translation>
        </message>
        <message>
            <source>How the selected token's daily sentiment correlates with its price returns days before and after</source>
            <translation>選択したトークンの日次センチメントが、前後の日の価格リターンとどう相関するか</translation>
        </message>
        <message>
            <source>Fetch Market Data</source>
            <translation>マーケットデータの取得</translation>
        </message>
        <message>
            <source>The workspace has no tokens yet. Add one first.</source>
            <translation>ワークスペースにはまだトークンがありません。先に追加してください。</translation>
        </message>
        <message>
            <source>Which token?</source>
            <translation>どのトークンですか?</translation>
        </message>
        <message>
            <source>Fetching market data for %1 from CoinGecko…</source>
            <translation>CoinGecko から %1 のマーケットデータを取得しています…</translation>
        </message>
        <message>
            <source>

CoinGecko's rate limit was reached (%1 times); Seance waited and tried again.</source>
            <translation>

CoinGecko のレート制限に達しました (%1 回)。Seance は待機してから再試行しました。</translation>
        </message>
        <message>
            <source>Stored %1 points of %2's price, market cap and volume from CoinGecko.</source>
            <translation>CoinGecko から %2 の価格、時価総額、出来高のポイントを %1 件保存しました。</translation>
        </message>
        <message>
            <source>%1

CoinGecko says about this coin:

%2

Add these links, categories (as tags), contract and supply to the token where it has none?</source>
            <translation>%1

CoinGecko によるこのコインの情報:

%2

トークンに未設定のリンク、カテゴリ(タグとして)、コントラクト、供給量を追加しますか?</translation>
        </message>
        <message>
            <source>Accept Coin Details</source>
            <translation>コインの詳細を受け入れる</translation>
        </message>
        <message>
            <source>

The coin's details were not fetched: %1</source>
            <translation>

コインの詳細は取得されませんでした: %1</translation>
        </message>
        <message>
            <source>CoinGecko API Key</source>
            <translation>CoinGecko API キー</translation>
        </message>
        <message>
            <source>An optional free demo key from coingecko.com (sent as x-cg-demo-api-key). It stays in Seance's settings on this computer and is never written to a workspace or an export. Enter a single space to remove it.</source>
            <translation>coingecko.com の無料デモキーです(任意。x-cg-demo-api-key として送信されます)。このキーはこのコンピューター上の Seance の設定に保存され、ワークスペースやエクスポートに書き込まれることはありません。削除するには半角スペースを 1 つ入力してください。</translation>
        </message>
    </context>
    <context>
        <name>seance::MarketCsvParser</name>
        <message>
            <source>the file is empty; expected a header row</source>
            <translation>ファイルが空です。ヘッダー行が必要です</translation>
        </message>
        <message>
            <source>the header has no time column "%1"</source>
            <translation>ヘッダーに時刻列「%1」がありません</translation>
        </message>
        <message>
            <source>the header has no price column "%1"</source>
            <translation>ヘッダーに価格列「%1」がありません</translation>
        </message>
        <message>
            <source>expected %1 fields as in the header, found %2</source>
            <translation>ヘッダーと同じ %1 個のフィールドが必要ですが、%2 個あります</translation>
        </message>
        <message>
            <source>not an ISO 8601 time or an epoch number</source>
            <translation>ISO 8601 の時刻でもエポック数値でもありません</translation>
        </message>
        <message>
            <source>a second row for the same time</source>
            <translation>同じ時刻の行が重複しています</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>数値ではありません</translation>
        </message>
        <message>
            <source>a negative value</source>
            <translation>負の値です</translation>
        </message>
        <message>
            <source>the file has a header but no rows</source>
            <translation>ファイルにヘッダーはありますが、行がありません</translation>
        </message>
    </context>
    <context>
        <name>seance::Metric</name>
        <message>
            <source>Mean sentiment</source>
            <translation>平均センチメント</translation>
        </message>
        <message>
            <source>Engagement-weighted sentiment</source>
            <translation>エンゲージメント加重センチメント</translation>
        </message>
        <message>
            <source>Positive share (%)</source>
            <translation>ポジティブの割合 (%)</translation>
        </message>
        <message>
            <source>Volume (posts)</source>
            <translation>ボリューム (投稿数)</translation>
        </message>
        <message>
            <source>Share of voice (%)</source>
            <translation>シェア・オブ・ボイス (%)</translation>
        </message>
        <message>
            <source>Unscored posts</source>
            <translation>未採点の投稿</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1 pts</source>
            <translation>%1 pt</translation>
        </message>
    </context>
    <context>
        <name>seance::MoveDriversLoader</name>
        <message>
            <source>no scorer to explain the posts with</source>
            <translation>投稿を説明する採点器がありません</translation>
        </message>
    </context>
    <context>
        <name>seance::MoveDriversPane</name>
        <message>
            <source>Explaining posts: %1 of %2</source>
            <translation>投稿を説明中: %2 件中 %1 件</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Posts explained so far</source>
            <translation>これまでに説明した投稿</translation>
        </message>
        <message>
            <source>Stop explaining the posts of this range</source>
            <translation>この範囲の投稿の説明を中止します</translation>
        </message>
        <message>
            <source>The terms whose contributions to the mean sentiment changed most between the range before and the chosen range</source>
            <translation>前の範囲と選択した範囲の間で、平均センチメントへの寄与が最も大きく変わった語</translation>
        </message>
        <message>
            <source>The posts of the chosen range with the most engagement</source>
            <translation>選択した範囲でエンゲージメントが最も高い投稿</translation>
        </message>
        <message>
            <source>Terms that moved the mean (approximate share)</source>
            <translation>平均を動かした語 (寄与の概算)</translation>
        </message>
        <message>
            <source>Most engaged posts of the range</source>
            <translation>範囲内でエンゲージメントが最も高い投稿</translation>
        </message>
        <message>
            <source>Select a token and a range: zoom the chart to the days you want explained. They are compared with the days of the same length just before.</source>
            <translation>トークンと範囲を選択してください。説明したい日までチャートを拡大すると、その直前の同じ長さの期間と比較します。</translation>
        </message>
        <message>
            <source>Preparing the scorer…</source>
            <translation>採点器を準備中…</translation>
        </message>
        <message>
            <source>%1: explaining %2 against %3…</source>
            <translation>%1: %2 を %3 と比較して説明中…</translation>
        </message>
        <message>
            <source>Counting posts…</source>
            <translation>投稿を集計中…</translation>
        </message>
        <message>
            <source>Cancelled. Change the range or the token, or choose What Drove This Move? again, to start over.</source>
            <translation>キャンセルしました。やり直すには、範囲やトークンを変更するか、「この変動の要因は?」をもう一度選んでください。</translation>
        </message>
        <message>
            <source>The drivers could not be computed: %1</source>
            <translation>変動の要因を計算できません: %1</translation>
        </message>
        <message>
            <source>%1 has no posts in %2 or in the days before it (%3). Choose a range with posts.</source>
            <translation>%1 には %2 にもその前の期間 (%3) にも投稿がありません。投稿のある範囲を選んでください。</translation>
        </message>
        <message>
            <source>no scored posts</source>
            <translation>採点済みの投稿なし</translation>
        </message>
        <message>
            <source>%1, mean sentiment %2 (%3, %4 scored posts) → %5 (%6, %7 scored posts)</source>
            <translation>%1、平均センチメント %2 (%3、採点済みの投稿 %4 件) → %5 (%6、採点済みの投稿 %7 件)</translation>
        </message>
        <message>
            <source>: a change of %1.</source>
            <translation>: 変化量 %1。</translation>
        </message>
        <message>
            <source>Approximate share: each post's score is split over its terms in proportion to their contributions (as “Why this score?” shows them). The score is not a plain sum of its terms, so the split is an approximation; the shares add up to the change. The terms listed account for %1, the others for %2.</source>
            <translation>寄与の概算: 各投稿のスコアを、語ごとの寄与 (「このスコアの理由」に表示されるもの) に比例して分けます。スコアは語の単純な合計ではないため、この分割は概算ですが、寄与の合計は変化と一致します。一覧の語が %1、それ以外の語が %2 を占めます。</translation>
        </message>
    </context>
    <context>
        <name>seance::NarrativeEditDialog</name>
        <message>
            <source>Narrative Colour</source>
            <translation>ナラティブの色</translation>
        </message>
        <message>
            <source>New Narrative</source>
            <translation>新しいナラティブ</translation>
        </message>
        <message>
            <source>Edit Narrative</source>
            <translation>ナラティブの編集</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>タイトル(&amp;T):</translation>
        </message>
        <message>
            <source>The narrative's name, e.g. "Summoning ghosts". Required.</source>
            <translation>ナラティブの名前。例: "Summoning ghosts"。必須。</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation>概要(&amp;S):</translation>
        </message>
        <message>
            <source>What the narrative is about, shown as plain text.</source>
            <translation>このナラティブが何についてのものか。プレーンテキストで表示されます。</translation>
        </message>
        <message>
            <source>Choose the colour of the narrative's lane and series</source>
            <translation>ナラティブのレーンと系列の色を選ぶ</translation>
        </message>
        <message>
            <source>No colour</source>
            <translation>色なし</translation>
        </message>
        <message>
            <source>Let the theme pick the narrative's colour</source>
            <translation>ナラティブの色をテーマに任せる</translation>
        </message>
        <message>
            <source>&amp;Colour:</source>
            <translation>色(&amp;C):</translation>
        </message>
        <message>
            <source>The colour of the narrative's lane and series; none lets the theme choose.</source>
            <translation>ナラティブのレーンと系列の色。なしの場合はテーマが選びます。</translation>
        </message>
        <message>
            <source>&amp;Keywords:</source>
            <translation>キーワード(&amp;K):</translation>
        </message>
        <message>
            <source>Comma-separated words that name the narrative. Sentiment scoring treats them as names, not words.</source>
            <translation>ナラティブを指すカンマ区切りの語。センチメントの採点では語ではなく名前として扱います。</translation>
        </message>
        <message>
            <source>Sou&amp;rces:</source>
            <translation>出典(&amp;R):</translation>
        </message>
        <message>
            <source>Where the narrative is documented.</source>
            <translation>ナラティブが記録されている場所。</translation>
        </message>
        <message>
            <source>label | https://…</source>
            <translation>ラベル | https://…</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>None — choose…</source>
            <translation>なし — 選ぶ…</translation>
        </message>
    </context>
    <context>
        <name>seance::NarrativeKind</name>
        <message>
            <source>Add narrative “%1”</source>
            <translation>ナラティブ「%1」の追加</translation>
        </message>
        <message>
            <source>Edit narrative “%1”</source>
            <translation>ナラティブ「%1」の編集</translation>
        </message>
        <message>
            <source>Remove narrative “%1”</source>
            <translation>ナラティブ「%1」の削除</translation>
        </message>
        <message>
            <source>There is already a narrative "%1".</source>
            <translation>ナラティブ "%1" はすでにあります。</translation>
        </message>
        <message>
            <source>There is no narrative "%1".</source>
            <translation>ナラティブ "%1" はありません。</translation>
        </message>
        <message>
            <source>Cannot start a write on the workspace.</source>
            <translation>ワークスペースへの書き込みを開始できません。</translation>
        </message>
    </context>
    <context>
        <name>seance::NarrativeStore</name>
        <message>
            <source>There is no narrative "%1".</source>
            <translation>ナラティブ "%1" はありません。</translation>
        </message>
        <message>
            <source>Narrative "%1" still has %2 posts; remove them first.</source>
            <translation>ナラティブ "%1" にはまだ投稿が %2 件あります。先に削除してください。</translation>
        </message>
        <message>
            <source>Narrative "%1" has a list column that is not a JSON array.</source>
            <translation>ナラティブ "%1" のリスト列が JSON 配列ではありません。</translation>
        </message>
    </context>
    <context>
        <name>seance::NarrativeTimelinePane</name>
        <message>
            <source>Narrative timeline</source>
            <translation>ナラティブのタイムライン</translation>
        </message>
        <message>
            <source>Other events</source>
            <translation>その他のイベント</translation>
        </message>
        <message>
            <source>UTC</source>
            <translation>UTC</translation>
        </message>
        <message>
            <source>MMM d</source>
            <translation>M月d日</translation>
        </message>
        <message>
            <source>HH:mm</source>
            <translation>HH:mm</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <source>yyyy</source>
            <translation>yyyy年</translation>
        </message>
        <message>
            <source>Outside the visible range: %1 earlier, %2 later.</source>
            <translation>表示範囲外: 前に %1 件、後に %2 件。</translation>
        </message>
        <message>
            <source>No narratives yet — File › Import… adds narratives and their events</source>
            <translation>ナラティブはまだありません — ファイル › インポート… でナラティブとそのイベントを追加できます</translation>
        </message>
    </context>
    <context>
        <name>seance::OptionalDateEdit</name>
        <message>
            <source>UTC</source>
            <translation>UTC</translation>
        </message>
        <message>
            <source>Dates and times are stored in UTC, whatever the local time zone.</source>
            <translation>日付と時刻は現地のタイムゾーンにかかわらず UTC で保存されます。</translation>
        </message>
    </context>
    <context>
        <name>seance::PostLanguage</name>
        <message>
            <source>All Languages</source>
            <translation>すべての言語</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>韓国語</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>Unscored and Other</source>
            <translation>未採点とその他</translation>
        </message>
    </context>
    <context>
        <name>seance::PostListModel</name>
        <message>
            <source>unscored</source>
            <translation>未採点</translation>
        </message>
        <message>
            <source>Written in a script the lexicon does not cover, so it is not scored (not the same as neutral).</source>
            <translation>辞書が対応していない文字で書かれているため採点していません (中立とは違います)。</translation>
        </message>
        <message>
            <source>Narrative: %1</source>
            <translation>ナラティブ: %1</translation>
        </message>
        <message>
            <source>Token: %1</source>
            <translation>トークン: %1</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>時刻 (UTC)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>対象</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>スコア</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>投稿者</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>投稿</translation>
        </message>
    </context>
    <context>
        <name>seance::PostParser</name>
        <message>
            <source>invalid JSON</source>
            <translation>不正な JSON</translation>
        </message>
        <message>
            <source>missing (expected time, posted_at, timestamp or date)</source>
            <translation>ありません (time、posted_at、timestamp、date のいずれかが必要)</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>ありません</translation>
        </message>
        <message>
            <source>invalid UTF-8</source>
            <translation>不正な UTF-8</translation>
        </message>
        <message>
            <source>must be a non-negative integer</source>
            <translation>0 以上の整数である必要があります</translation>
        </message>
        <message>
            <source>longer than %1 bytes</source>
            <translation>%1 バイトを超えています</translation>
        </message>
        <message>
            <source>missing: a post needs a token or a narrative</source>
            <translation>ありません: 投稿にはトークンかナラティブが必要です</translation>
        </message>
        <message>
            <source>unknown token id "%1"</source>
            <translation>不明なトークン id "%1"</translation>
        </message>
        <message>
            <source>unknown narrative id "%1"</source>
            <translation>不明なナラティブ id "%1"</translation>
        </message>
        <message>
            <source>not an ISO 8601 time or an epoch number in seconds or milliseconds</source>
            <translation>ISO 8601 の時刻でも、秒またはミリ秒のエポック値でもありません</translation>
        </message>
        <message>
            <source>invalid JSON at byte %1: %2</source>
            <translation>バイト %1 の JSON が不正です: %2</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>負の値にはできません</translation>
        </message>
        <message>
            <source>wrong type: expected %1</source>
            <translation>型が違います: %1 が必要です</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>JSON オブジェクトではありません</translation>
        </message>
        <message>
            <source>time column (time, posted_at, timestamp or date)</source>
            <translation>時刻の列 (time、posted_at、timestamp、date)</translation>
        </message>
        <message>
            <source>text column</source>
            <translation>テキストの列</translation>
        </message>
        <message>
            <source>token or narrative column</source>
            <translation>トークンまたはナラティブの列</translation>
        </message>
        <message>
            <source>the header has no %1</source>
            <translation>ヘッダーに %1 がありません</translation>
        </message>
        <message>
            <source>expected %1 fields as in the header, found %2</source>
            <translation>ヘッダーと同じ %1 個のフィールドが必要ですが、%2 個でした</translation>
        </message>
    </context>
    <context>
        <name>seance::PostRescoring</name>
        <message>
            <source>no scorer was given</source>
            <translation>採点器が指定されていません</translation>
        </message>
        <message>
            <source>could not start a transaction: %1</source>
            <translation>トランザクションを開始できませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>seance::PostRouter</name>
        <message>
            <source>there is no token "%1" in the workspace</source>
            <translation>ワークスペースにトークン「%1」はありません</translation>
        </message>
        <message>
            <source>there is no narrative "%1" in the workspace</source>
            <translation>ワークスペースにナラティブ「%1」はありません</translation>
        </message>
        <message>
            <source>there is no narrative "%1" to keep unmatched posts in</source>
            <translation>一致しない投稿を保存するナラティブ「%1」がありません</translation>
        </message>
        <message>
            <source>"%1" is not a name that several tokens share</source>
            <translation>「%1」は複数のトークンが共有する名前ではありません</translation>
        </message>
        <message>
            <source>"%1" is not one of the tokens called "%2"</source>
            <translation>「%1」は「%2」という名前のトークンではありません</translation>
        </message>
    </context>
    <context>
        <name>seance::PostsImport</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: field "%2": %3</source>
            <translation>%1: フィールド "%2": %3</translation>
        </message>
        <message>
            <source>the database is not open</source>
            <translation>データベースが開かれていません</translation>
        </message>
        <message>
            <source>the batch size must be positive</source>
            <translation>バッチサイズは正の数である必要があります</translation>
        </message>
        <message>
            <source>the file is empty; a CSV file needs a header row</source>
            <translation>ファイルが空です。CSV ファイルにはヘッダー行が必要です</translation>
        </message>
        <message>
            <source>cannot start a transaction: %1</source>
            <translation>トランザクションを開始できません: %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>キャンセルされました</translation>
        </message>
        <message>
            <source>cannot store the post: %1</source>
            <translation>投稿を保存できません: %1</translation>
        </message>
        <message>
            <source>cannot store the sentiment buckets: %1</source>
            <translation>センチメントのバケットを保存できません: %1</translation>
        </message>
        <message>
            <source>cannot commit: %1</source>
            <translation>コミットできません: %1</translation>
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1: 開けません: %2</translation>
        </message>
    </context>
    <context>
        <name>seance::PostsPane</name>
        <message>
            <source>Filter posts by text</source>
            <translation>テキストで投稿を絞り込む</translation>
        </message>
        <message>
            <source>No post in this range contains “%1”.</source>
            <translation>この期間には「%1」を含む投稿はありません。</translation>
        </message>
        <message>
            <source>Show only posts in this language: the one a post was scored as, from its language tag or else its script (also View › Language Filter)</source>
            <translation>この言語の投稿だけを表示します。言語は投稿が採点された言語で、言語タグ、なければ文字体系から判断します (表示 › 言語フィルター でも設定できます)</translation>
        </message>
        <message>
            <source>No posts in %1 for this selection and range.
Choose All Languages to see the others.</source>
            <translation>この選択と期間に該当する %1 の投稿はありません。
ほかの投稿を見るには「すべての言語」を選んでください。</translation>
        </message>
        <message>
            <source>No posts for this selection and range.
Select tokens, widen the range, or use File › Import… to add a Telegram, Reddit, X or Discord export.</source>
            <translation>この選択と期間に該当する投稿はありません。
トークンを選ぶか、期間を広げるか、ファイル › インポート… で Telegram・Reddit・X・Discord のエクスポートを追加してください。</translation>
        </message>
    </context>
    <context>
        <name>seance::PresentationMode</name>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>プレゼンテーションモード(&amp;P)</translation>
        </message>
        <message>
            <source>Show only the chart, full screen; ← and → step through the events, Esc leaves</source>
            <translation>チャートのみを全画面で表示します。← と → でイベントを順に移動し、Esc で終了します</translation>
        </message>
        <message>
            <source>No event concerns what is charted.</source>
            <translation>チャート表示中の対象に関するイベントはありません。</translation>
        </message>
        <message>
            <source>Event %1 of %2</source>
            <translation>イベント %1 / %2</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) concern what is charted: ← and → step through them.</source>
            <translation>
                <numerusform>チャート表示中の対象に関するイベントが %n 件あります: ← と → で順に移動します。</numerusform>
            </translation>
        </message>
        <message>
            <source>that was the last one; ← goes back, Esc leaves.</source>
            <translation>これが最後のイベントです。← で戻り、Esc で終了します。</translation>
        </message>
        <message>
            <source>that was the first one; → goes on, Esc leaves.</source>
            <translation>これが最初のイベントです。→ で進み、Esc で終了します。</translation>
        </message>
    </context>
    <context>
        <name>seance::PriceAxis</name>
        <message>
            <source>imported file</source>
            <translation>インポートしたファイル</translation>
        </message>
        <message>
            <source>Price: %1</source>
            <translation>価格: %1</translation>
        </message>
        <message>
            <source>sample data</source>
            <translation>サンプルデータ</translation>
        </message>
    </context>
    <context>
        <name>seance::ReadOnlyActions</name>
        <message>
            <source>The workspace is read-only (the file or its folder cannot be written): it can be viewed and exported, but not changed.</source>
            <translation>ワークスペースは読み取り専用です（ファイルまたはフォルダーに書き込めません）。表示とエクスポートはできますが、変更はできません。</translation>
        </message>
    </context>
    <context>
        <name>seance::RecordCheck</name>
        <message>
            <source>The id is required.</source>
            <translation>id は必須です。</translation>
        </message>
        <message>
            <source>The id may contain only lowercase letters, digits, '-', '_' and ':'.</source>
            <translation>id には小文字、数字、'-'、'_'、':' だけが使えます。</translation>
        </message>
        <message>
            <source>%1: “%2” is not an http or https address.</source>
            <translation>%1:「%2」は http または https のアドレスではありません。</translation>
        </message>
        <message>
            <source>The name is required.</source>
            <translation>名前は必須です。</translation>
        </message>
        <message>
            <source>The symbol is required.</source>
            <translation>シンボルは必須です。</translation>
        </message>
        <message>
            <source>The chain is required.</source>
            <translation>チェーンは必須です。</translation>
        </message>
        <message>
            <source>The status must be live, hypothetical, defunct or unknown.</source>
            <translation>状態は live、hypothetical、defunct、unknown のいずれかである必要があります。</translation>
        </message>
        <message>
            <source>The address kind must be issuer, contract, canister, native or unknown.</source>
            <translation>アドレスの種類は issuer、contract、canister、native、unknown のいずれかである必要があります。</translation>
        </message>
        <message>
            <source>The total supply must be a non-negative decimal number such as 1000000 or 420.69, or empty when unknown.</source>
            <translation>総供給量は 1000000 や 420.69 のような 0 以上の 10 進数にしてください。不明な場合は空欄にします。</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>リンク</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>The title is required.</source>
            <translation>タイトルは必須です。</translation>
        </message>
        <message>
            <source>The colour must look like #rrggbb.</source>
            <translation>色は #rrggbb の形式にしてください。</translation>
        </message>
        <message>
            <source>The narrative id may contain only lowercase letters, digits, '-', '_' and ':'.</source>
            <translation>ナラティブの id には小文字、数字、'-'、'_'、':' だけが使えます。</translation>
        </message>
    </context>
    <context>
        <name>seance::RecordEditDialog</name>
        <message>
            <source>&amp;Id:</source>
            <translation>Id(&amp;I):</translation>
        </message>
        <message>
            <source>The record's permanent key. It cannot be changed.</source>
            <translation>レコードの永続的なキーです。変更できません。</translation>
        </message>
        <message>
            <source>The record's permanent key: lowercase letters, digits, '-', '_' and ':', e.g. "xrpl-ghost-coin". It cannot be changed later.</source>
            <translation>レコードの永続的なキー: 小文字、数字、'-'、'_'、':'。例: "xrpl-ghost-coin"。後から変更できません。</translation>
        </message>
        <message>
            <source>Why the record cannot be saved yet</source>
            <translation>レコードをまだ保存できない理由</translation>
        </message>
        <message>
            <source>The record could not be saved.</source>
            <translation>レコードを保存できませんでした。</translation>
        </message>
        <message>
            <source>The id is required.</source>
            <translation>id は必須です。</translation>
        </message>
        <message>
            <source>The id may contain only lowercase letters, digits, '-', '_' and ':'.</source>
            <translation>id には小文字、数字、'-'、'_'、':' だけが使えます。</translation>
        </message>
        <message>
            <source>The id “%1” is already taken.</source>
            <translation>id「%1」はすでに使われています。</translation>
        </message>
        <message>
            <source>made from the %1 as you type</source>
            <translation>入力に合わせて%1から作成</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>title</source>
            <translation>タイトル</translation>
        </message>
    </context>
    <context>
        <name>seance::RescoreActions</name>
        <message>
            <source>Rescoring posts…</source>
            <translation>投稿を再採点中…</translation>
        </message>
        <message>
            <source>Rescoring cancelled</source>
            <translation>再採点をキャンセルしました</translation>
        </message>
        <message>
            <source>Rescoring was cancelled. The stored scores are unchanged.</source>
            <translation>再採点はキャンセルされました。保存済みのスコアは変わっていません。</translation>
        </message>
        <message>
            <source>Rescoring failed</source>
            <translation>再採点に失敗しました</translation>
        </message>
        <message>
            <source>The stored scores are unchanged.

%1</source>
            <translation>保存済みのスコアは変わっていません。

%1</translation>
        </message>
        <message>
            <source>Rescoring finished</source>
            <translation>再採点完了</translation>
        </message>
        <message>
            <source>Scored %1 posts again: %2 changed their score, %3 are in a script the lexicon does not cover and stay unscored.</source>
            <translation>%1 件の投稿を再採点しました: %2 件のスコアが変わり、%3 件は辞書が対応していない文字で書かれているため未採点のままです。</translation>
        </message>
        <message>
            <source>Extra Lexicon</source>
            <translation>追加の辞書</translation>
        </message>
        <message>
            <source>Lexicon (*.tsv *.txt);;All files (*)</source>
            <translation>辞書 (*.tsv *.txt);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Lexicon refused</source>
            <translation>辞書を読み込めません</translation>
        </message>
        <message>
            <source>The file is not a lexicon Seance can read (VADER: term, mean, deviation, ratings; AFINN: term and a whole number from -5 to +5, tab-separated).

%1</source>
            <translation>Seance が読める辞書ファイルではありません (VADER: 語、平均、偏差、評価値。AFINN: 語と -5 から +5 の整数。タブ区切り)。

%1</translation>
        </message>
    </context>
    <context>
        <name>seance::RouteSpec</name>
        <message>
            <source>unknown route "%1": expected mentions, token:ID or narrative:ID</source>
            <translation>不明なルート「%1」: mentions、token:ID、narrative:ID のいずれかを指定してください</translation>
        </message>
    </context>
    <context>
        <name>seance::RowCounts</name>
        <message>
            <source>Cannot count %1: %2</source>
            <translation>%1 を数えられません: %2</translation>
        </message>
    </context>
    <context>
        <name>seance::SampleDatabase</name>
        <message>
            <source>Cannot read the bundled sample dataset: %1</source>
            <translation>組み込みのサンプルデータセットを読み込めません: %1</translation>
        </message>
        <message>
            <source>Cannot start a transaction.</source>
            <translation>トランザクションを開始できません。</translation>
        </message>
        <message>
            <source>Sample post %1 was not inserted.</source>
            <translation>サンプル投稿 %1 を挿入できませんでした。</translation>
        </message>
        <message>
            <source>%1 already exists; the sample is only written to a new file.</source>
            <translation>%1 はすでに存在します。サンプルは新しいファイルにだけ書き込みます。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>フォルダー %1 を作成できません。</translation>
        </message>
        <message>
            <source>Cannot create a temporary file next to %1: %2</source>
            <translation>%1 の隣に一時ファイルを作成できません: %2</translation>
        </message>
        <message>
            <source>Cannot build the sample database: %1</source>
            <translation>サンプルのデータベースを作成できません: %1</translation>
        </message>
        <message>
            <source>Cannot build the sample database: its write-ahead log was not checkpointed.</source>
            <translation>サンプルのデータベースを作成できません: 先行書き込みログがチェックポイントされませんでした。</translation>
        </message>
        <message>
            <source>Cannot move the sample database into place at %1.</source>
            <translation>サンプルのデータベースを %1 に移動できません。</translation>
        </message>
    </context>
    <context>
        <name>seance::SavedViewStore</name>
        <message>
            <source>There is no saved view "%1".</source>
            <translation>保存したビュー "%1" はありません。</translation>
        </message>
    </context>
    <context>
        <name>seance::SavedViewsMenu</name>
        <message>
            <source>&amp;Save Current View…</source>
            <translation>現在のビューを保存(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Delete Saved View…</source>
            <translation>保存したビューを削除(&amp;D)…</translation>
        </message>
        <message>
            <source>Keep the selected tokens, time range, metric, granularity, theme and comparison under a name</source>
            <translation>選択中のトークン、期間、指標、粒度、テーマ、比較を名前を付けて保存します</translation>
        </message>
        <message>
            <source>Saved &amp;Views</source>
            <translation>保存したビュー(&amp;V)</translation>
        </message>
        <message>
            <source>No saved views in this workspace</source>
            <translation>このワークスペースには保存したビューがありません</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 を保存しました</translation>
        </message>
        <message>
            <source>Save View</source>
            <translation>ビューを保存</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>ビューの名前:</translation>
        </message>
        <message>
            <source>Replace Saved View</source>
            <translation>保存したビューを置き換え</translation>
        </message>
        <message>
            <source>A view named "%1" already exists. Replace it with the current view?</source>
            <translation>「%1」という名前のビューは既に存在します。現在のビューで置き換えますか?</translation>
        </message>
        <message>
            <source>The view "%1" could not be saved: %2</source>
            <translation>ビュー「%1」を保存できませんでした: %2</translation>
        </message>
        <message>
            <source>Saved the view "%1"</source>
            <translation>ビュー「%1」を保存しました</translation>
        </message>
        <message>
            <source>Open Saved View</source>
            <translation>保存したビューを開く</translation>
        </message>
        <message>
            <source>The view "%1" cannot be opened: %2</source>
            <translation>ビュー「%1」を開けません: %2</translation>
        </message>
        <message>
            <source>there is no view with that name</source>
            <translation>その名前のビューはありません</translation>
        </message>
        <message>
            <source>its state is not a JSON object (%1)</source>
            <translation>状態が JSON オブジェクトではありません(%1)</translation>
        </message>
        <message>
            <source>theme: unknown theme "%1"</source>
            <translation>theme: 不明なテーマ「%1」</translation>
        </message>
        <message>
            <source>comparison: %1</source>
            <translation>comparison: %1</translation>
        </message>
        <message>
            <source>Opened the view "%1"</source>
            <translation>ビュー「%1」を開きました</translation>
        </message>
        <message>
            <source>Delete Saved View</source>
            <translation>保存したビューを削除</translation>
        </message>
        <message>
            <source>View to delete:</source>
            <translation>削除するビュー:</translation>
        </message>
        <message>
            <source>Delete the saved view "%1"? This cannot be undone.</source>
            <translation>保存したビュー「%1」を削除しますか?この操作は元に戻せません。</translation>
        </message>
        <message>
            <source>"%1" could not be deleted: %2</source>
            <translation>「%1」を削除できませんでした: %2</translation>
        </message>
        <message>
            <source>Deleted the view "%1"</source>
            <translation>ビュー「%1」を削除しました</translation>
        </message>
    </context>
    <context>
        <name>seance::ScoreExplanationView</name>
        <message>
            <source>Select a post to see why it got its score: the words that counted, the rules that changed them, and the names that were masked.</source>
            <translation>投稿を選ぶと、そのスコアになった理由が表示されます: 数えられた語、それを変えたルール、マスクされた名前。</translation>
        </message>
        <message>
            <source>Preparing the explanation…</source>
            <translation>説明を準備中…</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Unscored.&lt;/b&gt; The text is mostly in a script the lexicon does not cover (such as Hangul, Kana or Han), so Seance does not guess: it is counted as unscored, not as neutral.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;未採点。&lt;/b&gt;テキストの大部分が辞書の対応していない文字 (ハングル、かな、漢字など) で書かれているため、Seance は推測しません。中立ではなく未採点として数えます。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>compound (positive %1%, neutral %2%, negative %3%)</source>
            <translation>compound (ポジティブ %1%、中立 %2%、ネガティブ %3%)</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;Stored score %1: the post was scored with a different lexicon or settings.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;保存済みのスコア %1: この投稿は別の辞書または設定で採点されました。&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;No word in the text is in the lexicon, so the score is neutral.&lt;/p&gt;</source>
            <translation>&lt;p&gt;テキストのどの語も辞書にないため、スコアは中立です。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>語</translation>
        </message>
        <message>
            <source>Valence</source>
            <translation>極性値</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>カウント</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>ルール</translation>
        </message>
        <message>
            <source>Rules that fired</source>
            <translation>適用されたルール</translation>
        </message>
        <message>
            <source>Masked as names:</source>
            <translation>名前としてマスク:</translation>
        </message>
    </context>
    <context>
        <name>seance::Scorer</name>
        <message>
            <source>ALL CAPS (%1)</source>
            <translation>すべて大文字 (%1)</translation>
        </message>
        <message>
            <source>booster “%1” (%2)</source>
            <translation>強調語「%1」(%2)</translation>
        </message>
        <message>
            <source>dampener “%1” (%2)</source>
            <translation>緩和語「%1」(%2)</translation>
        </message>
        <message>
            <source>booster “%1”, %2 words back (%3)</source>
            <translation>強調語「%1」、%2 語前 (%3)</translation>
        </message>
        <message>
            <source>dampener “%1”, %2 words back (%3)</source>
            <translation>緩和語「%1」、%2 語前 (%3)</translation>
        </message>
        <message>
            <source>negated by “%1” (×%2)</source>
            <translation>「%1」で否定 (×%2)</translation>
        </message>
        <message>
            <source>intensified by “%1” (×%2)</source>
            <translation>「%1」で強調 (×%2)</translation>
        </message>
        <message>
            <source>“%1” does not negate</source>
            <translation>「%1」は否定しない</translation>
        </message>
        <message>
            <source>after “least” (×%1)</source>
            <translation>“least” の後 (×%1)</translation>
        </message>
        <message>
            <source>before “but” (×%1)</source>
            <translation>“but” の前 (×%1)</translation>
        </message>
        <message>
            <source>after “but” (×%1)</source>
            <translation>“but” の後 (×%1)</translation>
        </message>
        <message>
            <source>%1 × ! (%2)</source>
            <translation>%1 × ! (%2)</translation>
        </message>
        <message>
            <source>%1 × ? (%2)</source>
            <translation>%1 × ? (%2)</translation>
        </message>
        <message>
            <source>elongated “%1” read as “%2”</source>
            <translation>引き伸ばされた「%1」を「%2」として読む</translation>
        </message>
        <message>
            <source>masked “%1”</source>
            <translation>「%1」をマスク</translation>
        </message>
        <message>
            <source>ignored “%1”</source>
            <translation>「%1」を無視</translation>
        </message>
        <message>
            <source>unscored: mostly %1 text</source>
            <translation>未採点: 主に%1のテキスト</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>「%1」: %2</translation>
        </message>
        <message>
            <source>read as %1</source>
            <translation>%1 として読み取り</translation>
        </message>
        <message>
            <source>laughter mark, not counted</source>
            <translation>笑いの記号(カウントしません)</translation>
        </message>
        <message>
            <source>unscored: language “%1”</source>
            <translation>スコアなし: 言語「%1」</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>韓国語</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>unscored</source>
            <translation>スコアなし</translation>
        </message>
    </context>
    <context>
        <name>seance::ScoringActions</name>
        <message>
            <source>Resc&amp;ore All Posts…</source>
            <translation>すべての投稿を再スコア(&amp;O)…</translation>
        </message>
        <message>
            <source>Score every stored post again with the current token names, aliases and keywords masked and the current lexicon, and redraw the charts</source>
            <translation>保存済みのすべての投稿を、現在のトークン名・別名・キーワードをマスクし現在のレキシコンで再スコアして、チャートを再描画します</translation>
        </message>
        <message>
            <source>Extra &amp;Lexicon…</source>
            <translation>追加レキシコン(&amp;L)…</translation>
        </message>
        <message>
            <source>Load a lexicon file (VADER or AFINN format) whose words add to or override the built-in ones</source>
            <translation>組み込みの単語に追加または上書きする単語を含むレキシコンファイル(VADER または AFINN 形式)を読み込みます</translation>
        </message>
        <message>
            <source>Remove Extra Lexicon</source>
            <translation>追加レキシコンを削除</translation>
        </message>
        <message>
            <source>No extra lexicon is loaded</source>
            <translation>追加レキシコンは読み込まれていません</translation>
        </message>
        <message>
            <source>Stop using %1</source>
            <translation>%1 の使用を停止</translation>
        </message>
        <message>
            <source>Posts rescored</source>
            <translation>投稿を再スコアしました</translation>
        </message>
        <message>
            <source>New imports use %1 from now on. Score the posts already stored again with it?</source>
            <translation>今後の新規インポートでは %1 を使用します。保存済みの投稿もこれで再スコアしますか?</translation>
        </message>
        <message>
            <source>New imports use the built-in lexicon alone from now on. Score the posts already stored again with it?</source>
            <translation>今後の新規インポートでは組み込みのレキシコンのみを使用します。保存済みの投稿もこれで再スコアしますか?</translation>
        </message>
        <message>
            <source>Rescore Posts</source>
            <translation>投稿を再スコア</translation>
        </message>
        <message>
            <source>Names, aliases or keywords changed: Edit › Rescore All Posts applies them to the posts already stored.</source>
            <translation>名前、別名、またはキーワードが変更されました: 編集 › すべての投稿を再スコア で保存済みの投稿に適用されます。</translation>
        </message>
    </context>
    <context>
        <name>seance::Script</name>
        <message>
            <source>no script</source>
            <translation>文字なし</translation>
        </message>
        <message>
            <source>Latin</source>
            <translation>ラテン文字</translation>
        </message>
        <message>
            <source>Greek</source>
            <translation>ギリシャ文字</translation>
        </message>
        <message>
            <source>Cyrillic</source>
            <translation>キリル文字</translation>
        </message>
        <message>
            <source>Armenian</source>
            <translation>アルメニア文字</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>ヘブライ文字</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>アラビア文字</translation>
        </message>
        <message>
            <source>Indic</source>
            <translation>インド系文字</translation>
        </message>
        <message>
            <source>Thai</source>
            <translation>タイ文字</translation>
        </message>
        <message>
            <source>Southeast Asian</source>
            <translation>東南アジアの文字</translation>
        </message>
        <message>
            <source>Georgian</source>
            <translation>ジョージア文字</translation>
        </message>
        <message>
            <source>Ethiopic</source>
            <translation>エチオピア文字</translation>
        </message>
        <message>
            <source>Hangul</source>
            <translation>ハングル</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>かな</translation>
        </message>
        <message>
            <source>Han</source>
            <translation>漢字</translation>
        </message>
        <message>
            <source>fullwidth Latin</source>
            <translation>全角ラテン文字</translation>
        </message>
        <message>
            <source>another script</source>
            <translation>その他の文字</translation>
        </message>
    </context>
    <context>
        <name>seance::SentimentChartPane</name>
        <message>
            <source>The workspace file %1 was not found.</source>
            <translation>ワークスペースのファイル %1 が見つかりません。</translation>
        </message>
        <message>
            <source>Reset zoom</source>
            <translation>ズームをリセット</translation>
        </message>
        <message>
            <source>Show all the data (Home)</source>
            <translation>すべてのデータを表示 (Home)</translation>
        </message>
        <message>
            <source>Select one or more tokens to chart their sentiment</source>
            <translation>センチメントをチャートにするトークンを 1 つ以上選んでください</translation>
        </message>
        <message>
            <source>Select several tokens to compare them.</source>
            <translation>比較するには複数のトークンを選んでください。</translation>
        </message>
        <message>
            <source>The sentiment data could not be loaded</source>
            <translation>センチメントのデータを読み込めませんでした</translation>
        </message>
        <message>
            <source>No posts for these tokens yet — File › Import… to add posts</source>
            <translation>これらのトークンにはまだ投稿がありません — ファイル › インポート… で投稿を追加できます</translation>
        </message>
        <message>
            <source>No posts in this time range</source>
            <translation>この期間には投稿がありません</translation>
        </message>
        <message>
            <source>Press Home or Reset zoom to see all of them.</source>
            <translation>すべて見るには Home キーか「ズームをリセット」を押してください。</translation>
        </message>
        <message>
            <source>Hourly buckets</source>
            <translation>時間ごとのバケット</translation>
        </message>
        <message>
            <source>Daily buckets</source>
            <translation>日ごとのバケット</translation>
        </message>
        <message>
            <source>Weekly buckets</source>
            <translation>週ごとのバケット</translation>
        </message>
        <message>
            <source>%1 · UTC</source>
            <translation>%1 · UTC</translation>
        </message>
        <message>
            <source>%1 · loading…</source>
            <translation>%1 · 読み込み中…</translation>
        </message>
        <message>
            <source>UTC</source>
            <translation>UTC</translation>
        </message>
        <message>
            <source>SAMPLE DATA</source>
            <translation>サンプルデータ</translation>
        </message>
        <message>
            <source>HH:mm</source>
            <translation>HH:mm</translation>
        </message>
        <message>
            <source>MMM d</source>
            <translation>M月d日</translation>
        </message>
        <message>
            <source>MMM</source>
            <translation>MMM</translation>
        </message>
        <message>
            <source>yyyy</source>
            <translation>yyyy年</translation>
        </message>
        <message>
            <source>ddd, MMM d yyyy</source>
            <translation>yyyy年M月d日(ddd)</translation>
        </message>
        <message>
            <source>%1 · %2–%3 UTC</source>
            <translation>%1 · %2–%3 UTC</translation>
        </message>
        <message>
            <source>%1 (UTC)</source>
            <translation>%1 (UTC)</translation>
        </message>
        <message>
            <source>Week of %1 (UTC)</source>
            <translation>%1 の週 (UTC)</translation>
        </message>
        <message>
            <source>MMM d yyyy</source>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>MMM d yyyy HH:mm</source>
            <translation>yyyy年M月d日 HH:mm</translation>
        </message>
        <message>
            <source>at this time</source>
            <translation>この時刻</translation>
        </message>
        <message numerus="yes">
            <source>%n hour before</source>
            <translation>
                <numerusform>%n 時間前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours before</source>
            <translation>
                <numerusform>%n 時間前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour after</source>
            <translation>
                <numerusform>%n 時間後</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours after</source>
            <translation>
                <numerusform>%n 時間後</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days before</source>
            <translation>
                <numerusform>%n 日前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days after</source>
            <translation>
                <numerusform>%n 日後</numerusform>
            </translation>
        </message>
        <message>
            <source>

Click for every key and gesture.</source>
            <translation>

クリックするとすべてのキーとジェスチャーを表示します。</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>価格</translation>
        </message>
        <message>
            <source>Draw the selected tokens' prices on a second axis at the right (one token: its price; several: each one's change from the start of the visible range)</source>
            <translation>選択したトークンの価格を右側の第 2 軸に描画します(1 トークンの場合はその価格、複数の場合は表示範囲の開始時点からの各変化率)</translation>
        </message>
        <message>
            <source>&amp;Log Scale</source>
            <translation>対数スケール(&amp;L)</translation>
        </message>
        <message>
            <source>%1 ± standard error</source>
            <translation>%1 ± 標準誤差</translation>
        </message>
        <message numerus="yes">
            <source>%1 · faded: under %n posts</source>
            <translation>
                <numerusform>%1 · 薄色: 投稿 %n 件未満</numerusform>
            </translation>
        </message>
        <message>
            <source>Points resting on fewer posts than the threshold (View › Smoothing) are drawn faded rather than hidden: the value is there, but too few posts stand behind it to trust. With smoothing, the posts of the N days up to a point count. The band is the standard error of the smoothed value, from the spread of the days in its window.</source>
            <translation>しきい値 (表示 › 平滑化) より投稿の少ないポイントは、非表示ではなく薄く描画します: 値はありますが、信頼できるだけの投稿がありません。平滑化を使う場合は、そのポイントまでの N 日間の投稿を数えます。バンドは、期間内の各日のばらつきから求めた平滑化値の標準誤差です。</translation>
        </message>
        <message>
            <source>%1 · %2 posts only</source>
            <translation>%1 · %2 の投稿のみ</translation>
        </message>
        <message>
            <source>This workspace has no tokens yet</source>
            <translation>このワークスペースにはまだトークンがありません</translation>
        </message>
        <message>
            <source>Add some with File › Import… or Edit › New Token…</source>
            <translation>ファイル › インポート… か 編集 › 新規トークン… で追加できます</translation>
        </message>
    </context>
    <context>
        <name>seance::SentimentChartView</name>
        <message>
            <source>The posts in this workspace were made up by Seance's deterministic sample generator. They are not real social-media data.</source>
            <translation>このワークスペースの投稿は Seance の決定的なサンプル生成器が作り出したものです。実際のソーシャルメディアのデータではありません。</translation>
        </message>
        <message numerus="yes">
            <source>%n post</source>
            <translation>
                <numerusform>投稿 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n posts</source>
            <translation>
                <numerusform>投稿 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>◆ %1 — click to focus this event</source>
            <translation>◆ %1 — クリックでこのイベントにフォーカス</translation>
        </message>
        <message>
            <source>Nearest event: %1 · %2</source>
            <translation>最も近いイベント: %1 · %2</translation>
        </message>
        <message>
            <source>%1 ± %2</source>
            <translation>%1 ± %2</translation>
        </message>
        <message>
            <source>%1 · raw %2, %3</source>
            <translation>%1 · 元の値 %2、%3</translation>
        </message>
        <message numerus="yes">
            <source> · faded: %n posts in %1 days</source>
            <translation>
                <numerusform> · 薄色: %1 日間で投稿 %n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seance::SeriesCsvImport</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: column "%2": %3</source>
            <translation>%1: 列 "%2": %3</translation>
        </message>
        <message>
            <source>the file is empty; a series CSV needs a header row</source>
            <translation>ファイルが空です。系列の CSV にはヘッダー行が必要です</translation>
        </message>
        <message>
            <source>the header is not valid UTF-8</source>
            <translation>ヘッダーが正しい UTF-8 ではありません</translation>
        </message>
        <message>
            <source>a value column needs a name</source>
            <translation>値の列には名前が必要です</translation>
        </message>
        <message>
            <source>two columns would both be the series "%1"</source>
            <translation>2 つの列がどちらも系列 "%1" になります</translation>
        </message>
        <message>
            <source>the header has no time column (time, date, datetime or timestamp)</source>
            <translation>ヘッダーに時刻の列 (time、date、datetime、timestamp) がありません</translation>
        </message>
        <message>
            <source>the header has no value column</source>
            <translation>ヘッダーに値の列がありません</translation>
        </message>
        <message>
            <source>the database is not open</source>
            <translation>データベースが開かれていません</translation>
        </message>
        <message>
            <source>unknown token id "%1"</source>
            <translation>不明なトークン id "%1"</translation>
        </message>
        <message>
            <source>unknown narrative id "%1"</source>
            <translation>不明なナラティブ id "%1"</translation>
        </message>
        <message>
            <source>expected %1 fields as in the header, found %2</source>
            <translation>ヘッダーと同じ %1 個のフィールドが必要ですが、%2 個でした</translation>
        </message>
        <message>
            <source>not an ISO 8601 time or an epoch number</source>
            <translation>ISO 8601 の時刻でもエポック値でもありません</translation>
        </message>
        <message>
            <source>a second row for the same time</source>
            <translation>同じ時刻の 2 行目</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>数値ではありません</translation>
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1: 開けません: %2</translation>
        </message>
    </context>
    <context>
        <name>seance::SeriesStore</name>
        <message>
            <source>There is no series "%1".</source>
            <translation>系列 "%1" はありません。</translation>
        </message>
    </context>
    <context>
        <name>seance::SocialImporter</name>
        <message>
            <source>the database is not open</source>
            <translation>データベースが開かれていません</translation>
        </message>
        <message>
            <source>the batch size must be positive</source>
            <translation>バッチサイズは正の値である必要があります</translation>
        </message>
        <message>
            <source>cannot start a transaction: %1</source>
            <translation>トランザクションを開始できません: %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>キャンセルされました</translation>
        </message>
        <message>
            <source>%1: cannot store the post: %2</source>
            <translation>%1: 投稿を保存できません: %2</translation>
        </message>
        <message>
            <source>cannot store the sentiment buckets: %1</source>
            <translation>センチメントバケットを保存できません: %1</translation>
        </message>
        <message>
            <source>%1: the file could not be read</source>
            <translation>%1: ファイルを読み込めませんでした</translation>
        </message>
        <message>
            <source>cannot commit: %1</source>
            <translation>コミットできません: %1</translation>
        </message>
    </context>
    <context>
        <name>seance::SocialPreviewModel</name>
        <message>
            <source>Ambiguous, not credited: %1</source>
            <translation>あいまいなため未計上: %1</translation>
        </message>
        <message>
            <source>In %1</source>
            <translation>%1 内</translation>
        </message>
        <message>
            <source>not imported (names nothing)</source>
            <translation>インポートされません(対象なし)</translation>
        </message>
        <message>
            <source>not imported (ambiguous: %1)</source>
            <translation>インポートされません(あいまい: %1)</translation>
        </message>
        <message>
            <source>unscored</source>
            <translation>スコアなし</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>投稿者</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>テキスト</translation>
        </message>
        <message>
            <source>Routed to</source>
            <translation>振り分け先</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>スコア</translation>
        </message>
    </context>
    <context>
        <name>seance::Theme</name>
        <message>
            <source>Dark (ghostly)</source>
            <translation>ダーク (ゴースト)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>ライト</translation>
        </message>
        <message>
            <source>Presenter (high contrast)</source>
            <translation>プレゼンター (ハイコントラスト)</translation>
        </message>
    </context>
    <context>
        <name>seance::ThemeSwitcher</name>
        <message>
            <source>&amp;Theme</source>
            <translation>テーマ(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>seance::TokenBrowser</name>
        <message>
            <source>Search name, symbol, chain or tag</source>
            <translation>名前、シンボル、チェーン、タグで検索</translation>
        </message>
        <message>
            <source>Every word must match. Example: "ghost icp"</source>
            <translation>すべての語に一致する必要があります。例: "ghost icp"</translation>
        </message>
        <message>
            <source>Show only tokens on this chain</source>
            <translation>このチェーンのトークンだけを表示</translation>
        </message>
        <message>
            <source>Live tokens exist on chain; hypothetical ones were only imagined in commentary</source>
            <translation>稼働中のトークンはチェーン上に実在し、仮想のトークンは論評の中で想像されただけのものです</translation>
        </message>
        <message>
            <source>Show only tokens with this tag</source>
            <translation>このタグのトークンだけを表示</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>すべての状態</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>稼働中</translation>
        </message>
        <message>
            <source>Hypothetical</source>
            <translation>仮想</translation>
        </message>
        <message>
            <source>Defunct</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>Default Columns</source>
            <translation>既定の列</translation>
        </message>
        <message>
            <source>Any chain</source>
            <translation>すべてのチェーン</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>すべてのタグ</translation>
        </message>
        <message>
            <source>No token matches the search and filters.
Clear the search box or pick "Any chain", "Any status" and "Any tag".</source>
            <translation>検索とフィルターに一致するトークンはありません。
検索欄を空にするか、「すべてのチェーン」「すべての状態」「すべてのタグ」を選んでください。</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s)</source>
            <translation>
                <numerusform>トークン %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n token(s) shown</source>
            <translation>
                <numerusform>%n 件中 %1 件のトークンを表示</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown chain</source>
            <translation>不明なチェーン</translation>
        </message>
        <message>
            <source>Line Colour…</source>
            <translation>線の色…</translation>
        </message>
        <message>
            <source>Line Colour of %1</source>
            <translation>%1 の線の色</translation>
        </message>
        <message>
            <source>Use the Palette's Colour</source>
            <translation>パレットの色を使用</translation>
        </message>
        <message>
            <source>No tokens in this database yet.
Use File › Import… to load tokens, narratives and events.</source>
            <translation>このデータベースにはまだトークンがありません。
ファイル › インポート… でトークン、ナラティブ、イベントを読み込んでください。</translation>
        </message>
        <message>
            <source>Show them</source>
            <translation>表示する</translation>
        </message>
        <message>
            <source>Deselect</source>
            <translation>選択解除</translation>
        </message>
        <message>
            <source>Selected tokens stay selected while a filter hides them: the chart and the posts list still show them.</source>
            <translation>選択したトークンはフィルターで非表示になっても選択されたままです: チャートと投稿リストには引き続き表示されます。</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n 件選択</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n selected, %1 hidden by the filter</source>
            <translation>
                <numerusform>%n 件選択、%1 件はフィルターで非表示</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seance::TokenDetailPane</name>
        <message>
            <source>Select a token in the table to see its identity, supply, links and events.</source>
            <translation>表でトークンを選ぶと、その素性、供給量、リンク、イベントが表示されます。</translation>
        </message>
        <message>
            <source>Chain</source>
            <translation>チェーン</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>アドレス</translation>
        </message>
        <message>
            <source>Tagline</source>
            <translation>タグライン</translation>
        </message>
        <message>
            <source>Launched</source>
            <translation>ローンチ日</translation>
        </message>
        <message>
            <source>Supply</source>
            <translation>供給量</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>About</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>リンク</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>Double-click an event to focus it in the chart and timeline</source>
            <translation>イベントをダブルクリックするとチャートとタイムラインでフォーカスされます</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>イベント</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>HYPOTHETICAL — imagined in commentary; no such token is known on chain.</source>
            <translation>仮想 — 論評の中で想像されたもので、チェーン上にそのようなトークンは知られていません。</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>状態: %1</translation>
        </message>
        <message>
            <source>unknown — identified by chain, symbol and the id “%1”</source>
            <translation>不明 — チェーン、シンボル、id「%1」で識別</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>No events are linked to this token.</source>
            <translation>このトークンに関連付けられたイベントはありません。</translation>
        </message>
    </context>
    <context>
        <name>seance::TokenEditDialog</name>
        <message>
            <source>New Token</source>
            <translation>新しいトークン</translation>
        </message>
        <message>
            <source>Edit Token</source>
            <translation>トークンの編集</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名前(&amp;N):</translation>
        </message>
        <message>
            <source>The token's name, e.g. "Ghost Coin". Required.</source>
            <translation>トークンの名前。例: "Ghost Coin"。必須。</translation>
        </message>
        <message>
            <source>&amp;Symbol:</source>
            <translation>シンボル(&amp;S):</translation>
        </message>
        <message>
            <source>The ticker, e.g. "GHOST". Required. Many unrelated tokens share a ticker, so it does not identify the token.</source>
            <translation>ティッカー。例: "GHOST"。必須。無関係な多くのトークンが同じティッカーを使うため、ティッカーではトークンを識別できません。</translation>
        </message>
        <message>
            <source>&amp;Chain:</source>
            <translation>チェーン(&amp;C):</translation>
        </message>
        <message>
            <source>The blockchain, e.g. "xrpl", "icp", "ethereum" or "solana". Required.</source>
            <translation>ブロックチェーン。例: "xrpl"、"icp"、"ethereum"、"solana"。必須。</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>アドレス(&amp;A):</translation>
        </message>
        <message>
            <source>The issuer, contract or canister that identifies the token on its chain. Leave empty when unknown.</source>
            <translation>チェーン上でトークンを識別する発行者、コントラクト、キャニスター。不明な場合は空欄にします。</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>issuer</source>
            <translation>発行者</translation>
        </message>
        <message>
            <source>contract</source>
            <translation>コントラクト</translation>
        </message>
        <message>
            <source>canister</source>
            <translation>キャニスター</translation>
        </message>
        <message>
            <source>native coin</source>
            <translation>ネイティブコイン</translation>
        </message>
        <message>
            <source>What the address is: an XRPL issuer, a contract, an ICP canister, or the chain's native coin.</source>
            <translation>アドレスが何か: XRPL の発行者、コントラクト、ICP のキャニスター、またはチェーンのネイティブコイン。</translation>
        </message>
        <message>
            <source>live</source>
            <translation>稼働中</translation>
        </message>
        <message>
            <source>hypothetical</source>
            <translation>仮想</translation>
        </message>
        <message>
            <source>defunct</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>Live: trading. Hypothetical: only imagined, e.g. by an article. Defunct: no longer trading.</source>
            <translation>稼働中: 取引されている。仮想: 記事などで想像されただけ。終了: もう取引されていない。</translation>
        </message>
        <message>
            <source>Ta&amp;gline:</source>
            <translation>タグライン(&amp;G):</translation>
        </message>
        <message>
            <source>How the token describes itself, in one line.</source>
            <translation>トークン自身による 1 行の紹介。</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>説明(&amp;D):</translation>
        </message>
        <message>
            <source>A longer description, shown as plain text.</source>
            <translation>長めの説明。プレーンテキストで表示されます。</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>The launch date, at 00:00 UTC. Check "Unknown" when no source gives it; never guess.</source>
            <translation>ローンチ日 (UTC 00:00)。出典がない場合は「不明」にチェックを入れます。推測はしないでください。</translation>
        </message>
        <message>
            <source>The exact total supply as a plain decimal number, e.g. 10000000000 or 420.69. Leave empty when unknown.</source>
            <translation>正確な総供給量を普通の 10 進数で。例: 10000000000 や 420.69。不明な場合は空欄にします。</translation>
        </message>
        <message>
            <source>Where the supply figure comes from, or how it is split.</source>
            <translation>供給量の数字の出典や、その内訳。</translation>
        </message>
        <message>
            <source>Comma-separated tags, e.g. "ghost, dao".</source>
            <translation>カンマ区切りのタグ。例: "ghost, dao"。</translation>
        </message>
        <message>
            <source>A&amp;liases:</source>
            <translation>別名(&amp;L):</translation>
        </message>
        <message>
            <source>Comma-separated other names. Sentiment scoring treats them as names, not words.</source>
            <translation>カンマ区切りの別の名前。センチメントの採点では語ではなく名前として扱います。</translation>
        </message>
        <message>
            <source>Lin&amp;ks:</source>
            <translation>リンク(&amp;K):</translation>
        </message>
        <message>
            <source>label | https://…</source>
            <translation>ラベル | https://…</translation>
        </message>
        <message>
            <source>Sou&amp;rces:</source>
            <translation>出典(&amp;R):</translation>
        </message>
        <message>
            <source>Where the facts above come from.</source>
            <translation>上の事実の出典。</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>リンク</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>The coin's id in CoinGecko (the last part of its page address, e.g. "dogecoin"), for Token › Fetch Market Data…. Leave empty when it is not listed.</source>
            <translation>CoinGecko でのコインの ID(ページアドレスの最後の部分。例: "dogecoin")で、トークン › 市場データを取得… で使用します。掲載されていない場合は空のままにしてください。</translation>
        </message>
        <message>
            <source>Addr&amp;ess kind:</source>
            <translation>アドレスの種類(&amp;E):</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>状態(&amp;U):</translation>
        </message>
        <message>
            <source>Launc&amp;hed:</source>
            <translation>ローンチ日(&amp;H):</translation>
        </message>
        <message>
            <source>Total su&amp;pply:</source>
            <translation>総供給量(&amp;P):</translation>
        </message>
        <message>
            <source>Suppl&amp;y note:</source>
            <translation>供給量のメモ(&amp;Y):</translation>
        </message>
        <message>
            <source>C&amp;oinGecko id:</source>
            <translation>CoinGecko ID(&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Tags:</source>
            <translation>タグ(&amp;T):</translation>
        </message>
    </context>
    <context>
        <name>seance::TokenImpactRows</name>
        <message>
            <source>days: the event window must span at least one day</source>
            <translation>days: イベントの期間は 1 日以上でなければなりません</translation>
        </message>
    </context>
    <context>
        <name>seance::TokenKind</name>
        <message>
            <source>Add token “%1”</source>
            <translation>トークン「%1」の追加</translation>
        </message>
        <message>
            <source>Edit token “%1”</source>
            <translation>トークン「%1」の編集</translation>
        </message>
        <message>
            <source>Remove token “%1”</source>
            <translation>トークン「%1」の削除</translation>
        </message>
        <message>
            <source>There is already a token "%1".</source>
            <translation>トークン "%1" はすでにあります。</translation>
        </message>
        <message>
            <source>There is no token "%1".</source>
            <translation>トークン "%1" はありません。</translation>
        </message>
        <message>
            <source>Cannot start a write on the workspace.</source>
            <translation>ワークスペースへの書き込みを開始できません。</translation>
        </message>
        <message>
            <source>Event "%1" no longer exists.</source>
            <translation>イベント "%1" はもう存在しません。</translation>
        </message>
        <message>
            <source>Token "%1" already has the address %2 on %3.</source>
            <translation>トークン "%1" はすでに %3 でアドレス %2 を持っています。</translation>
        </message>
    </context>
    <context>
        <name>seance::TokenStore</name>
        <message>
            <source>There is no token "%1".</source>
            <translation>トークン "%1" はありません。</translation>
        </message>
        <message>
            <source>Token "%1" still has %2 posts; remove them first.</source>
            <translation>トークン "%1" にはまだ投稿が %2 件あります。先に削除してください。</translation>
        </message>
        <message>
            <source>Token "%1" has a list column that is not a JSON array.</source>
            <translation>トークン "%1" のリスト列が JSON 配列ではありません。</translation>
        </message>
    </context>
    <context>
        <name>seance::TokenTableModel</name>
        <message>
            <source>No posts for this token yet</source>
            <translation>このトークンにはまだ投稿がありません</translation>
        </message>
        <message>
            <source>Latest day with posts: %1 (UTC)</source>
            <translation>投稿のある最新の日: %1 (UTC)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>Hypothetical: imagined in commentary, not a token that exists on chain.</source>
            <translation>仮想: 論評の中で想像されたもので、チェーン上に実在するトークンではありません。</translation>
        </message>
        <message>
            <source>No source gives a launch date.</source>
            <translation>ローンチ日を示す出典はありません。</translation>
        </message>
        <message>
            <source>%1 on the token's latest day with posts (UTC)</source>
            <translation>トークンの投稿がある最新の日の %1 (UTC)</translation>
        </message>
        <message>
            <source>%1 over the last 7 days with the latest day, minus the 7 days before</source>
            <translation>最新の日を含む直近 7 日間の %1 から、その前の 7 日間を引いた値</translation>
        </message>
        <message>
            <source>Posts in the last 7 days, ending with the token's latest day with posts</source>
            <translation>トークンの投稿がある最新の日までの直近 7 日間の投稿</translation>
        </message>
        <message numerus="yes">
            <source>%1 per day over the last %n days; gaps are days without posts</source>
            <translation>
                <numerusform>直近 %n 日間の日ごとの %1。途切れている所は投稿のない日です</numerusform>
            </translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>シンボル</translation>
        </message>
        <message>
            <source>Chain</source>
            <translation>チェーン</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>Launched</source>
            <translation>ローンチ日</translation>
        </message>
        <message>
            <source>Supply</source>
            <translation>供給量</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>最新</translation>
        </message>
        <message>
            <source>7-day Δ</source>
            <translation>7日 Δ</translation>
        </message>
        <message>
            <source>Posts (7d)</source>
            <translation>投稿 (7日)</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>推移</translation>
        </message>
        <message>
            <source>%1%2 %</source>
            <translation>%1%2 %</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>No price series: import a CoinGecko or CoinMarketCap download, or Token › Fetch Market Data…</source>
            <translation>価格系列がありません: CoinGecko または CoinMarketCap のダウンロードをインポートするか、トークン › 市場データを取得… を使用してください</translation>
        </message>
        <message>
            <source>Price on %1 (UTC), from %2</source>
            <translation>%1 (UTC) の価格、出典: %2</translation>
        </message>
        <message>
            <source>The token's latest price in its series</source>
            <translation>系列内のトークンの最新価格</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>価格</translation>
        </message>
        <message>
            <source>7-day price change: the latest price against the price 7 days before it</source>
            <translation>7 日間の価格変化: 最新価格と 7 日前の価格の比較</translation>
        </message>
        <message>
            <source>Price 7d Δ</source>
            <translation>価格 7日 Δ</translation>
        </message>
    </context>
    <context>
        <name>seance::ViewState</name>
        <message>
            <source>The view was saved by a newer version of Seance (format %1).</source>
            <translation>このビューは新しいバージョンの Seance で保存されています (形式 %1)。</translation>
        </message>
        <message>
            <source>The view has no valid "version".</source>
            <translation>ビューに正しい "version" がありません。</translation>
        </message>
        <message>
            <source>"selectedTokens" must be an array of strings.</source>
            <translation>"selectedTokens" は文字列の配列である必要があります。</translation>
        </message>
        <message>
            <source>"selectedNarratives" must be an array of strings.</source>
            <translation>"selectedNarratives" は文字列の配列である必要があります。</translation>
        </message>
        <message>
            <source>"focusedEvent" must be a string.</source>
            <translation>"focusedEvent" は文字列である必要があります。</translation>
        </message>
        <message>
            <source>"visibleRange" must hold integer milliseconds "from" and "to".</source>
            <translation>"visibleRange" には整数のミリ秒 "from" と "to" が必要です。</translation>
        </message>
        <message>
            <source>"granularity" must be "hour", "day" or "week".</source>
            <translation>"granularity" は "hour"、"day"、"week" のいずれかである必要があります。</translation>
        </message>
        <message>
            <source>"metric" names no known metric.</source>
            <translation>"metric" が既知の指標を指していません。</translation>
        </message>
        <message>
            <source>"smoothing" must be an object.</source>
            <translation>"smoothing" はオブジェクトである必要があります。</translation>
        </message>
        <message>
            <source>"language" must be "all", "en", "ko", "ja" or "other".</source>
            <translation>"language" は "all"、"en"、"ko"、"ja"、"other" のいずれかである必要があります。</translation>
        </message>
    </context>
    <context>
        <name>seance::WorkspaceFileActions</name>
        <message>
            <source>Seance workspaces (*.seance *.db *.sqlite);;All files (*)</source>
            <translation>Seance ワークスペース (*.seance *.db *.sqlite);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>&amp;New Workspace…</source>
            <translation>新しいワークスペース(&amp;N)…</translation>
        </message>
        <message>
            <source>Create an empty workspace database</source>
            <translation>空のワークスペースデータベースを作成します</translation>
        </message>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation>ワークスペースを開く(&amp;O)…</translation>
        </message>
        <message>
            <source>Open another workspace database</source>
            <translation>別のワークスペースデータベースを開きます</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近使ったワークスペースを開く(&amp;R)</translation>
        </message>
        <message>
            <source>No recent workspaces</source>
            <translation>最近使ったワークスペースはありません</translation>
        </message>
        <message>
            <source>Clear List</source>
            <translation>リストをクリア</translation>
        </message>
        <message>
            <source>New Workspace</source>
            <translation>新しいワークスペース</translation>
        </message>
        <message>
            <source>Cannot create workspace</source>
            <translation>ワークスペースを作成できません</translation>
        </message>
        <message>
            <source>%1 exists and cannot be replaced.</source>
            <translation>%1 は既に存在し、置き換えられません。</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>ワークスペースを開く</translation>
        </message>
    </context>
    <context>
        <name>seance::WorkspaceNotice</name>
        <message>
            <source>Read-only</source>
            <translation>読み取り専用</translation>
        </message>
        <message>
            <source>Changed by another Seance</source>
            <translation>別の Seance が変更しました</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>再読み込み(&amp;R)</translation>
        </message>
        <message>
            <source>The workspace file or its folder cannot be written: it is shown, but edits and imports are refused.</source>
            <translation>ワークスペースのファイルまたはフォルダーに書き込めません。表示はされますが、編集とインポートはできません。</translation>
        </message>
        <message>
            <source>Another Seance window or the command line has written to this workspace since it was read. Reload to see the changes.</source>
            <translation>読み込んだ後に、別の Seance のウィンドウかコマンドラインがこのワークスペースに書き込みました。変更を見るには再読み込みしてください。</translation>
        </message>
        <message>
            <source>Read the workspace again</source>
            <translation>ワークスペースを読み込み直す</translation>
        </message>
    </context>
    <context>
        <name>seance::WorkspaceWorker</name>
        <message>
            <source>The workspace file %1 was not found.</source>
            <translation>ワークスペースのファイル %1 が見つかりません。</translation>
        </message>
    </context>
    <context>
        <name>seance::cli</name>
        <message>
            <source>--lang takes en, ko, ja or system, not "%1"</source>
            <translation>--lang には en、ko、ja、system のいずれかを指定してください ("%1" は使えません)</translation>
        </message>
        <message>
            <source>%1 needs a file name</source>
            <translation>%1 にはファイル名が必要です</translation>
        </message>
        <message>
            <source>Unknown command "%1". Run seance --help for the list.</source>
            <translation>不明なコマンド "%1"。一覧は seance --help で確認できます。</translation>
        </message>
        <message>
            <source>
Default database: %1
</source>
            <translation>
既定のデータベース: %1
</translation>
        </message>
        <message>
            <source>The command "%1" is not available in this build.</source>
            <translation>コマンド "%1" はこのビルドでは使えません。</translation>
        </message>
        <message>
            <source>The workspace database.</source>
            <translation>ワークスペースのデータベース。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>No database given: use --db FILE.</source>
            <translation>データベースが指定されていません: --db FILE を使ってください。</translation>
        </message>
        <message>
            <source>No database at %1.</source>
            <translation>%1 にデータベースがありません。</translation>
        </message>
        <message>
            <source>mean, weighted, positive_share, volume, share_of_voice or unscored (default mean).</source>
            <translation>mean、weighted、positive_share、volume、share_of_voice、unscored のいずれか (既定は mean)。</translation>
        </message>
        <message>
            <source>METRIC</source>
            <translation>METRIC</translation>
        </message>
        <message>
            <source>hour, day or week (default day).</source>
            <translation>hour、day、week のいずれか (既定は day)。</translation>
        </message>
        <message>
            <source>G</source>
            <translation>G</translation>
        </message>
        <message>
            <source>Write the whole workspace as a dataset (.json)</source>
            <translation>ワークスペース全体をデータセット (.json) として書き出す</translation>
        </message>
        <message>
            <source>Print the number of rows in each table</source>
            <translation>各テーブルの行数を表示</translation>
        </message>
        <message>
            <source>Score every stored post again and rebuild the buckets (after renames, alias or lexicon changes)</source>
            <translation>保存済みのすべての投稿を再採点し、バケットを作り直す (名前・別名・辞書の変更後)</translation>
        </message>
        <message>
            <source>Score texts, one per line (or TSV whose last column is the text)</source>
            <translation>テキストを 1 行ずつ採点 (または最後の列がテキストの TSV)</translation>
        </message>
        <message>
            <source>Print a token's or narrative's sentiment metric per bucket as CSV</source>
            <translation>トークンまたはナラティブのバケットごとのセンチメント指標を CSV で出力</translation>
        </message>
        <message>
            <source>Render the sentiment chart to PNG or SVG, without a display</source>
            <translation>ディスプレイなしでセンチメントのチャートを PNG または SVG に描画</translation>
        </message>
        <message>
            <source>Check every page of a workspace file (full integrity check, with progress)</source>
            <translation>ワークスペースのファイルの全ページを検査 (完全な整合性チェック、進捗表示つき)</translation>
        </message>
        <message>
            <source>Give one workspace: %1 and %2 were both named.</source>
            <translation>ワークスペースは 1 つだけ指定してください: %1 と %2 の両方が指定されました。</translation>
        </message>
        <message>
            <source>%1 needs a value</source>
            <translation>%1 には値が必要です</translation>
        </message>
        <message>
            <source>Unknown option "%1". Run seance --help for the options.</source>
            <translation>不明なオプション「%1」です。オプションについては seance --help を実行してください。</translation>
        </message>
        <message>
            <source>A workspace file before a command goes after --db: seance --db %1 %2 …</source>
            <translation>コマンドの前のワークスペースファイルは --db の後に指定します: seance --db %1 %2 …</translation>
        </message>
        <message>
            <source>Usage: seance [--db FILE] [--lexicon FILE] [--lang LANG] [COMMAND [ARGS...]]
       seance [--lexicon FILE] [--lang LANG] [Qt options] [FILE.seance]

Seance explores meme-token narratives and the sentiment of posts about them.
Without a command it opens the main window, on FILE when one is given.

Options:
  --db FILE        Use this workspace database instead of the default one
  --lexicon FILE   Load an extra lexicon (VADER or AFINN TSV) over the built-in one
  --lang LANG      Speak en, ko or ja (default: the system locale, LANG)
  -h, --help       Show this help
  -v, --version    Show the version
  Qt's own options are accepted too: -platform NAME, -style NAME, -reverse, ...

Commands (run seance COMMAND --help for details):
</source>
            <translation>使用法: seance [--db FILE] [--lexicon FILE] [--lang LANG] [COMMAND [ARGS...]]
        seance [--lexicon FILE] [--lang LANG] [Qt オプション] [FILE.seance]

Seance はミームトークンのナラティブと、それに関する投稿のセンチメントを探索します。
コマンドを指定しない場合はメインウィンドウを開きます(FILE が指定されていればそのファイルを開きます)。

オプション:
  --db FILE        既定のワークスペースデータベースの代わりにこのデータベースを使用します
  --lexicon FILE   組み込みのレキシコンに加えて追加のレキシコン(VADER または AFINN の TSV)を読み込みます
  --lang LANG      表示言語を en、ko、ja から選びます(既定: システムのロケール、LANG)
  -h, --help       このヘルプを表示します
  -v, --version    バージョンを表示します
  Qt 独自のオプションも使用できます: -platform NAME, -style NAME, -reverse, ...

コマンド(詳細は seance COMMAND --help を実行):
</translation>
        </message>
        <message>
            <source>Add a dataset, posts, or a Telegram, Reddit, X or Discord export (routed by mentions), all or nothing</source>
            <translation>データセット、投稿、または Telegram、Reddit、X、Discord のエクスポート(言及に基づいて振り分け)を追加します。すべて成功するか、何も追加しません</translation>
        </message>
        <message>
            <source>Fetch a token's price, market cap and volume from CoinGecko (--token ID [--days N])</source>
            <translation>CoinGecko からトークンの価格、時価総額、出来高を取得します(--token ID [--days N])</translation>
        </message>
        <message>
            <source>The prices were stored, but the coin's details were not: %1</source>
            <translation>価格は保存されましたが、コインの詳細は保存されませんでした: %1</translation>
        </message>
        <message>
            <source>The coin's details could not be stored: %1</source>
            <translation>コインの詳細を保存できませんでした: %1</translation>
        </message>
        <message>
            <source>Accepted into token %1:</source>
            <translation>トークン %1 に取り込んだ内容:</translation>
        </message>
        <message>
            <source>Fetch a token's daily price, market cap and volume in USD from CoinGecko's public API and store them as its series (points at times already stored are replaced). The free API gives at most %1 days; for a longer history import CoinGecko's CSV download with seance import FILE --token ID. On any failure nothing is written.</source>
            <translation>CoinGecko の公開 API からトークンの日次価格、時価総額、出来高(USD)を取得し、その系列として保存します(既に保存されている時刻のポイントは置き換えられます)。無料 API で取得できるのは最大 %1 日分です。より長い履歴が必要な場合は、CoinGecko の CSV ダウンロードを seance import FILE --token ID でインポートしてください。失敗した場合は何も書き込まれません。</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>このヘルプを表示します。</translation>
        </message>
        <message>
            <source>The token to fetch for (required).</source>
            <translation>取得対象のトークン(必須)。</translation>
        </message>
        <message>
            <source>Days of history, 1–%1 (default 90).</source>
            <translation>履歴の日数、1–%1(既定: 90)。</translation>
        </message>
        <message>
            <source>The coin's CoinGecko id, when the token has none yet (it is then stored).</source>
            <translation>トークンにまだ CoinGecko ID がない場合の、コインの CoinGecko ID(指定すると保存されます)。</translation>
        </message>
        <message>
            <source>The API root (default: the setting, else https://api.coingecko.com/api/v3).</source>
            <translation>API のルート(既定: 設定値、なければ https://api.coingecko.com/api/v3)。</translation>
        </message>
        <message>
            <source>Also accept the coin's links, categories, contract address and supply into the token.</source>
            <translation>コインのリンク、カテゴリ、コントラクトアドレス、供給量もトークンに取り込みます。</translation>
        </message>
        <message>
            <source>Run seance fetch-market --help for the options.</source>
            <translation>オプションについては seance fetch-market --help を実行してください。</translation>
        </message>
        <message>
            <source>fetch-market takes no file; give --token ID.</source>
            <translation>fetch-market はファイルを受け取りません。--token ID を指定してください。</translation>
        </message>
        <message>
            <source>Give the token with --token ID.</source>
            <translation>--token ID でトークンを指定してください。</translation>
        </message>
        <message>
            <source>--days takes a whole number of days, 1 or more.</source>
            <translation>--days には 1 以上の整数の日数を指定してください。</translation>
        </message>
        <message>
            <source>Fetched %1 points in time of %2 from CoinGecko for token %3:</source>
            <translation>トークン %3 について、CoinGecko から %2 の %1 時点分を取得しました:</translation>
        </message>
        <message>
            <source>  series  %1</source>
            <translation>  系列    %1</translation>
        </message>
        <message>
            <source>  points  %1</source>
            <translation>  点数    %1</translation>
        </message>
        <message>
            <source>%1 is market data: say which token it belongs to with --token ID.</source>
            <translation>%1 は市場データです: --token ID でどのトークンのものかを指定してください。</translation>
        </message>
        <message>
            <source>The file name suggests --token %1.</source>
            <translation>ファイル名から --token %1 と推測されます。</translation>
        </message>
        <message>
            <source>Imported %1 (%2) for token %3 into %4:</source>
            <translation>%1 (%2) をトークン %3 用に %4 へインポートしました:</translation>
        </message>
        <message>
            <source>  rows    %1</source>
            <translation>  行数    %1</translation>
        </message>
        <message>
            <source>  points  %1 (points at times already stored were replaced)</source>
            <translation>  点数    %1(既に保存されていた時刻の点は置き換えられました)</translation>
        </message>
        <message>
            <source>  posts read   %1</source>
            <translation>  読込投稿数   %1</translation>
        </message>
        <message>
            <source> (routed ones from %1 to %2)</source>
            <translation> (振り分け対象は %1 から %2)</translation>
        </message>
        <message>
            <source>  sources      %1</source>
            <translation>  ソース       %1</translation>
        </message>
        <message>
            <source>  routed       %1 (%2 to more than one subject)</source>
            <translation>  振り分け     %1 (%2 件は複数の対象へ)</translation>
        </message>
        <message>
            <source>  stored       %1 (%2 duplicates skipped, %3 unscored)</source>
            <translation>  保存         %1 (重複 %2 件をスキップ、スコアなし %3 件)</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%2 の %1</translation>
        </message>
        <message>
            <source>  ambiguous    %1</source>
            <translation>  あいまい     %1</translation>
        </message>
        <message>
            <source> (%1; not credited: choose with --ambiguous NAME=TOKEN)</source>
            <translation> (%1、未計上: --ambiguous NAME=TOKEN で選択してください)</translation>
        </message>
        <message>
            <source>  unmatched    %1</source>
            <translation>  該当なし     %1</translation>
        </message>
        <message>
            <source> (not imported)</source>
            <translation> (インポートされません)</translation>
        </message>
        <message>
            <source> (%1 posts without a subject kept under %2)</source>
            <translation> (対象のない投稿 %1 件を %2 に保存)</translation>
        </message>
        <message>
            <source>  skipped      %1 service, %2 deleted, %3 empty, %4 bots</source>
            <translation>  スキップ     サービス %1 件、削除済み %2 件、空 %3 件、ボット %4 件</translation>
        </message>
        <message>
            <source>  repaired     %1 invalid escapes, %2 repeated keys</source>
            <translation>  修復         無効なエスケープ %1 件、重複キー %2 件</translation>
        </message>
        <message>
            <source>  time zone    %1 posts have no date_unixtime: their local time was read as UTC</source>
            <translation>  タイムゾーン %1 件の投稿に date_unixtime がありません: ローカル時刻を UTC として読み取りました</translation>
        </message>
        <message>
            <source>  per subject (would be imported):</source>
            <translation>  対象別(インポートされる場合):</translation>
        </message>
        <message>
            <source>  per subject:</source>
            <translation>  対象別:</translation>
        </message>
        <message>
            <source>    none</source>
            <translation>    なし</translation>
        </message>
        <message>
            <source>token</source>
            <translation>トークン</translation>
        </message>
        <message>
            <source>narrative</source>
            <translation>ナラティブ</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>何もインポートされませんでした。</translation>
        </message>
        <message>
            <source>Dry run of %1 (%2); nothing was written to %3:</source>
            <translation>%1 (%2) のドライラン。%3 には何も書き込まれていません:</translation>
        </message>
        <message>
            <source>Imported %1 (%2) into %3:</source>
            <translation>%1 (%2) を %3 にインポートしました:</translation>
        </message>
        <message>
            <source>No post had anywhere to go: this workspace has no tokens or narratives. Import a dataset that has them first, or import into the default workspace (leave out --db), which starts with the sample's tokens.</source>
            <translation>投稿の行き先がありません: このワークスペースにはトークンもナラティブもありません。先にそれらを含むデータセットをインポートするか、サンプルのトークンで始まる既定のワークスペース (--db を省く) にインポートしてください。</translation>
        </message>
        <message>
            <source>No post names a token or narrative of this workspace. Check the tokens' names and aliases, send every post to one with --route token:ID or --route narrative:ID, or keep them with --keep-unmatched NARRATIVE.</source>
            <translation>このワークスペースのトークンやナラティブに触れた投稿はありません。トークンの名前と別名を確かめるか、--route token:ID または --route narrative:ID ですべての投稿を 1 つの対象へ送るか、--keep-unmatched NARRATIVE で残してください。</translation>
        </message>
    </context>
    <context>
        <name>seance::cli::check</name>
        <message>
            <source>Check every page of a workspace (SQLite's full integrity_check), which opening it does not do for large files. Reads only; prints progress on stderr.</source>
            <translation>ワークスペースの全ページを検査します (SQLite の完全な integrity_check)。大きなファイルは開くときにこの検査をしません。読み取りのみで、進捗は stderr に出力します。</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>このヘルプを表示。</translation>
        </message>
        <message>
            <source>The workspace file (default: --db, or the default workspace).</source>
            <translation>ワークスペースのファイル (既定: --db、または既定のワークスペース)。</translation>
        </message>
        <message>
            <source>check takes one file.</source>
            <translation>check にはファイルを 1 つ指定します。</translation>
        </message>
        <message>
            <source>checking: %1 %</source>
            <translation>検査中: %1 %</translation>
        </message>
        <message>
            <source>%1: ok (every page checked)</source>
            <translation>%1: 正常 (全ページを検査済み)</translation>
        </message>
    </context>
    <context>
        <name>seance::cli::export</name>
        <message>
            <source>Write the whole workspace as a Seance dataset (.json) in its canonical form. The target is replaced only once the export is complete.</source>
            <translation>ワークスペース全体を正規形の Seance データセット (.json) として書き出します。書き出し先はエクスポートが完了してから置き換えられます。</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>このヘルプを表示。</translation>
        </message>
        <message>
            <source>The file to write, or - for standard output.</source>
            <translation>書き込むファイル。標準出力なら -。</translation>
        </message>
        <message>
            <source>Run seance export --help for the options.</source>
            <translation>オプションは seance export --help で確認できます。</translation>
        </message>
        <message>
            <source>Give exactly one output file (or - for standard output).</source>
            <translation>出力ファイルをちょうど 1 つ指定してください (標準出力なら -)。</translation>
        </message>
        <message>
            <source>Exported %1 to %2:</source>
            <translation>%1 を %2 にエクスポートしました:</translation>
        </message>
        <message>
            <source>standard output</source>
            <translation>標準出力</translation>
        </message>
        <message>
            <source>  tokens       %1</source>
            <translation>  トークン       %1</translation>
        </message>
        <message>
            <source>  narratives   %1</source>
            <translation>  ナラティブ     %1</translation>
        </message>
        <message>
            <source>  events       %1</source>
            <translation>  イベント       %1</translation>
        </message>
        <message>
            <source>  posts        %1</source>
            <translation>  投稿           %1</translation>
        </message>
        <message>
            <source>  series       %1 (%2 points)</source>
            <translation>  系列           %1 (%2 ポイント)</translation>
        </message>
        <message>
            <source>  saved views  %1</source>
            <translation>  保存したビュー %1</translation>
        </message>
        <message>
            <source>Cannot export %1: %2</source>
            <translation>%1 をエクスポートできません: %2</translation>
        </message>
    </context>
    <context>
        <name>seance::cli::exportChart</name>
        <message>
            <source>Render the sentiment chart of some tokens to a PNG or SVG file, without a display.
Dates are UTC: ISO 8601 dates or times, or epoch seconds or milliseconds; --to is exclusive.</source>
            <translation>いくつかのトークンのセンチメントのチャートを、ディスプレイなしで PNG または SVG ファイルに描画します。
日付は UTC です: ISO 8601 の日付か時刻、またはエポック秒かミリ秒。--to の時刻は含みません。</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>このヘルプを表示。</translation>
        </message>
        <message>
            <source>Token ids, separated by commas.</source>
            <translation>カンマ区切りのトークン id。</translation>
        </message>
        <message>
            <source>ID,...</source>
            <translation>ID,...</translation>
        </message>
        <message>
            <source>Start (default: the tokens' first post).</source>
            <translation>開始 (既定: トークンの最初の投稿)。</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>End (default: after the tokens' last post).</source>
            <translation>終了 (既定: トークンの最後の投稿の後)。</translation>
        </message>
        <message>
            <source>dark, light or presenter (default: the app's theme).</source>
            <translation>dark、light、presenter のいずれか (既定: アプリのテーマ)。</translation>
        </message>
        <message>
            <source>THEME</source>
            <translation>THEME</translation>
        </message>
        <message>
            <source>Width x height in logical pixels (default 1920x1080).</source>
            <translation>論理ピクセル単位の幅 x 高さ (既定 1920x1080)。</translation>
        </message>
        <message>
            <source>WxH</source>
            <translation>WxH</translation>
        </message>
        <message>
            <source>PNG pixel ratio, 0.5 to 4 (default 1).</source>
            <translation>PNG のピクセル比、0.5 から 4 (既定 1)。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Title (default: the tokens' names).</source>
            <translation>タイトル (既定: トークンの名前)。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>Subtitle (default: metric and dates).</source>
            <translation>サブタイトル (既定: 指標と日付)。</translation>
        </message>
        <message>
            <source>Source caption (default: the workspace).</source>
            <translation>出典のキャプション (既定: ワークスペース)。</translation>
        </message>
        <message>
            <source>Leave out the event markers.</source>
            <translation>イベントマーカーを省く。</translation>
        </message>
        <message>
            <source>Leave out the legend.</source>
            <translation>凡例を省く。</translation>
        </message>
        <message>
            <source>Transparent background.</source>
            <translation>透明な背景。</translation>
        </message>
        <message>
            <source>The file to write: .png or .svg.</source>
            <translation>書き込むファイル: .png または .svg。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Run seance export-chart --help for the options.</source>
            <translation>オプションは seance export-chart --help で確認できます。</translation>
        </message>
        <message>
            <source>Unexpected argument "%1".</source>
            <translation>予期しない引数 "%1"。</translation>
        </message>
        <message>
            <source>--tokens: give the token ids to chart, e.g. --tokens xrpl-ghost-coin,icp-ghost.</source>
            <translation>--tokens: チャートにするトークンの id を指定してください。例: --tokens xrpl-ghost-coin,icp-ghost。</translation>
        </message>
        <message>
            <source>--out: give the file to write, ending in .png or .svg.</source>
            <translation>--out: 書き込むファイルを指定してください。.png または .svg で終わる必要があります。</translation>
        </message>
        <message>
            <source>--tokens: "%1" names no token.</source>
            <translation>--tokens: "%1" に該当するトークンはありません。</translation>
        </message>
        <message>
            <source>--out: "%1" must end in .png or .svg.</source>
            <translation>--out: "%1" は .png または .svg で終わる必要があります。</translation>
        </message>
        <message>
            <source>--metric: unknown metric "%1".</source>
            <translation>--metric: 不明な指標 "%1"。</translation>
        </message>
        <message>
            <source>--granularity: unknown granularity "%1"; use hour, day or week.</source>
            <translation>--granularity: 不明な粒度 "%1"。hour、day、week のいずれかを使ってください。</translation>
        </message>
        <message>
            <source>--theme: unknown theme "%1"; use dark, light or presenter.</source>
            <translation>--theme: 不明なテーマ "%1"。dark、light、presenter のいずれかを使ってください。</translation>
        </message>
        <message>
            <source>--size: "%1" is not a size like 1920x1080 (each side %2 to %3 pixels).</source>
            <translation>--size: "%1" は 1920x1080 のようなサイズではありません (各辺 %2 から %3 ピクセル)。</translation>
        </message>
        <message>
            <source>--scale: "%1" is not a number from 0.5 to %2.</source>
            <translation>--scale: "%1" は 0.5 から %2 の数値ではありません。</translation>
        </message>
        <message>
            <source>--from: "%1" is not a date or time.</source>
            <translation>--from: "%1" は日付でも時刻でもありません。</translation>
        </message>
        <message>
            <source>--to: "%1" is not a date or time.</source>
            <translation>--to: "%1" は日付でも時刻でもありません。</translation>
        </message>
        <message>
            <source>--from and --to go together: give both, or neither for the full range.</source>
            <translation>--from と --to はセットです: 両方指定するか、全期間なら両方省いてください。</translation>
        </message>
        <message>
            <source>--from must come before --to.</source>
            <translation>--from は --to より前である必要があります。</translation>
        </message>
        <message>
            <source>Wrote %1 (%2×%3 at %4×)</source>
            <translation>%1 を書き出しました (%2×%3、%4倍)</translation>
        </message>
        <message>
            <source>What to draw besides the sentiment: "price" adds the tokens' prices on a second axis (default: none).</source>
            <translation>センチメント以外に描画するもの: "price" はトークンの価格を第 2 軸に追加します(既定: なし)。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>linear or log (default linear).</source>
            <translation>linear または log(既定: linear)。</translation>
        </message>
        <message>
            <source>SCALE</source>
            <translation>SCALE</translation>
        </message>
        <message>
            <source>--series: "%1" is not price or sentiment.</source>
            <translation>--series: "%1" は price でも sentiment でもありません。</translation>
        </message>
        <message>
            <source>--price-scale: "%1" is not linear or log.</source>
            <translation>--price-scale: "%1" は linear でも log でもありません。</translation>
        </message>
        <message>
            <source>none, ma:N (an N-day moving average) or ema:N (an N-day EMA), N from 1 to %1 (default none).</source>
            <translation>none、ma:N (N 日移動平均)、ema:N (N 日 EMA) のいずれか。N は 1〜%1 (既定は none)。</translation>
        </message>
        <message>
            <source>SPEC</source>
            <translation>SPEC</translation>
        </message>
        <message>
            <source>Draw the standard error of the smoothed line as a band.</source>
            <translation>平滑化した線の標準誤差をバンドとして描画します。</translation>
        </message>
        <message>
            <source>Draw points resting on fewer posts faded; 0 turns it off (default %1).</source>
            <translation>投稿がこれより少ないポイントを薄く描画します。0 でオフになります (既定は %1)。</translation>
        </message>
        <message>
            <source>--smooth: "%1" is not none, ma:N or ema:N with N from 1 to %2.</source>
            <translation>--smooth: "%1" は none、ma:N、ema:N (N は 1〜%2) のいずれでもありません。</translation>
        </message>
        <message>
            <source>--min-posts: "%1" is not a whole number from 0 to %2.</source>
            <translation>--min-posts: "%1" は 0 から %2 までの整数ではありません。</translation>
        </message>
        <message>
            <source>--band: the band is the smoothed line's standard error; give --smooth too.</source>
            <translation>--band: バンドは平滑化した線の標準誤差です。--smooth も指定してください。</translation>
        </message>
    </context>
    <context>
        <name>seance::cli::import</name>
        <message>
            <source>Imported %1 into %2:</source>
            <translation>%1 を %2 にインポートしました:</translation>
        </message>
        <message>
            <source>  tokens       %1</source>
            <translation>  トークン       %1</translation>
        </message>
        <message>
            <source>  narratives   %1</source>
            <translation>  ナラティブ     %1</translation>
        </message>
        <message>
            <source>  events       %1</source>
            <translation>  イベント       %1</translation>
        </message>
        <message>
            <source>  posts        %1 (%2 duplicates skipped, %3 unscored)</source>
            <translation>  投稿           %1 (重複 %2 件をスキップ、未採点 %3 件)</translation>
        </message>
        <message>
            <source>  series       %1 (%2 points)</source>
            <translation>  系列           %1 (%2 ポイント)</translation>
        </message>
        <message>
            <source>  saved views  %1</source>
            <translation>  保存したビュー %1</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>このヘルプを表示。</translation>
        </message>
        <message>
            <source>The file to import.</source>
            <translation>インポートするファイル。</translation>
        </message>
        <message>
            <source>Run seance import --help for the options.</source>
            <translation>オプションは seance import --help で確認できます。</translation>
        </message>
        <message>
            <source>Give exactly one file to import.</source>
            <translation>インポートするファイルをちょうど 1 つ指定してください。</translation>
        </message>
        <message>
            <source>No file at %1.</source>
            <translation>%1 にファイルがありません。</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>何もインポートされませんでした。</translation>
        </message>
        <message>
            <source>  lines read   %1 in %2 s</source>
            <translation>  読んだ行       %1 (%2 秒)</translation>
        </message>
        <message>
            <source>Add a file to the workspace in one transaction: a Seance dataset (.json) or posts (.jsonl, .csv), or an export of a Telegram chat, a Reddit dump (.zst too), an X archive or a Discord channel, whose posts go to the tokens and narratives they mention. If any record is malformed, nothing is written.</source>
            <translation>ファイルを 1 つのトランザクションでワークスペースに追加します: Seance データセット(.json)、投稿(.jsonl、.csv)、または Telegram チャット、Reddit ダンプ(.zst も可)、X アーカイブ、Discord チャンネルのエクスポート(投稿は言及されているトークンとナラティブに振り分けられます)。不正なレコードが 1 つでもあれば、何も書き込まれません。</translation>
        </message>
        <message>
            <source>What the file is: auto (from its content), seance, telegram, reddit, x or discord.</source>
            <translation>ファイルの種類: auto(内容から判定)、seance、telegram、reddit、x、discord のいずれか。</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>Where an export's posts go: mentions (the tokens and narratives each post names), token:ID or narrative:ID (every post).</source>
            <translation>エクスポートの投稿の振り分け先: mentions(各投稿が名前を挙げているトークンとナラティブ)、token:ID または narrative:ID(すべての投稿)。</translation>
        </message>
        <message>
            <source>ROUTE</source>
            <translation>ROUTE</translation>
        </message>
        <message>
            <source>Keep posts that name nothing under this narrative instead of leaving them out.</source>
            <translation>何も言及していない投稿を、除外せずにこのナラティブに保存します。</translation>
        </message>
        <message>
            <source>NARRATIVE</source>
            <translation>NARRATIVE</translation>
        </message>
        <message>
            <source>Credit a name that several tokens share to one of them, e.g. GHOST=icp-ghost, when the post, its chat and the file name do not decide. May be repeated.</source>
            <translation>複数のトークンが共有する名前を、そのうちの 1 つに計上します(例: GHOST=icp-ghost)。投稿、そのチャット、ファイル名で決まらない場合に使用します。複数回指定できます。</translation>
        </message>
        <message>
            <source>NAME=TOKEN</source>
            <translation>NAME=TOKEN</translation>
        </message>
        <message>
            <source>Leave out messages of Discord bots.</source>
            <translation>Discord のボットのメッセージを除外します。</translation>
        </message>
        <message>
            <source>Print where the posts would go and write nothing.</source>
            <translation>投稿の振り分け先を表示し、何も書き込みません。</translation>
        </message>
        <message>
            <source>For a series file (CoinGecko or CoinMarketCap historical CSV, or a series CSV): the token it belongs to.</source>
            <translation>系列ファイル(CoinGecko または CoinMarketCap の履歴 CSV、または系列 CSV)の場合: 所属するトークン。</translation>
        </message>
        <message>
            <source>For market data: the currency of its prices (default: what the file says, else USD).</source>
            <translation>市場データの場合: 価格の通貨(既定: ファイルの記載、なければ USD)。</translation>
        </message>
        <message>
            <source>Cannot import %1: %2</source>
            <translation>%1 をインポートできません: %2</translation>
        </message>
        <message>
            <source>--ambiguous takes NAME=TOKEN, e.g. GHOST=icp-ghost, not "%1".</source>
            <translation>--ambiguous には NAME=TOKEN を指定してください(例: GHOST=icp-ghost)。"%1" は無効です。</translation>
        </message>
        <message>
            <source>%1 is a %2: --route, --keep-unmatched, --ambiguous, --exclude-bots and --dry-run are for exports of Telegram, Reddit, X and Discord.</source>
            <translation>%1 は %2 です: --route、--keep-unmatched、--ambiguous、--exclude-bots、--dry-run は Telegram、Reddit、X、Discord のエクスポート用です。</translation>
        </message>
    </context>
    <context>
        <name>seance::cli::rescore</name>
        <message>
            <source>Score every post in the workspace again and rebuild the sentiment buckets: after renaming tokens, changing aliases or keywords (they are masked), or with another extra lexicon. All or nothing.</source>
            <translation>ワークスペースのすべての投稿を再採点し、センチメントのバケットを作り直します: トークン名・別名・キーワードを変えた後 (これらはマスクされます)、または別の追加の辞書で。すべてか無か。</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>このヘルプを表示。</translation>
        </message>
        <message>
            <source>Merge an extra lexicon (VADER or AFINN TSV) over the built-in one.</source>
            <translation>組み込みの辞書に追加の辞書 (VADER または AFINN の TSV) をマージ。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>rescore takes no arguments.</source>
            <translation>rescore は引数を取りません。</translation>
        </message>
        <message>
            <source>Nothing was rescored.</source>
            <translation>何も再採点されませんでした。</translation>
        </message>
        <message>
            <source>Rescored %1 posts in %2 s: %3 changed, %4 unscored.</source>
            <translation>%1 件の投稿を %2 秒で再採点しました: %3 件変更、%4 件未採点。</translation>
        </message>
    </context>
    <context>
        <name>seance::cli::score</name>
        <message>
            <source>term</source>
            <translation>語</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>ルール</translation>
        </message>
        <message>
            <source>Score texts, one per line, or TSV lines whose last column is the text. Prints the compound score (-1 to +1, four decimals) of each line, or "unscored" for text in a script the lexicon does not cover. Reads standard input when FILE is - or missing.</source>
            <translation>テキストを 1 行ずつ、または最後の列がテキストの TSV 行を採点します。各行の compound スコア (-1 から +1、小数 4 桁) を出力し、辞書が対応していない文字のテキストには "unscored" を出力します。FILE が - か省略時は標準入力を読みます。</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>このヘルプを表示。</translation>
        </message>
        <message>
            <source>Print the terms and rules behind each score under it.</source>
            <translation>各スコアの下に、その根拠となった語とルールを出力。</translation>
        </message>
        <message>
            <source>Merge an extra lexicon (VADER or AFINN TSV) over the built-in one.</source>
            <translation>組み込みの辞書に追加の辞書 (VADER または AFINN の TSV) をマージ。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>The texts (default: standard input).</source>
            <translation>テキスト (既定: 標準入力)。</translation>
        </message>
        <message>
            <source>Run seance score --help for the options.</source>
            <translation>オプションは seance score --help で確認できます。</translation>
        </message>
        <message>
            <source>Expected at most one input file, got %1.</source>
            <translation>入力ファイルは 1 つまでですが、%1 個指定されました。</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み込めません: %2</translation>
        </message>
        <message>
            <source>Error reading %1: %2</source>
            <translation>%1 の読み込み中にエラー: %2</translation>
        </message>
    </context>
    <context>
        <name>seance::cli::series</name>
        <message>
            <source>Print a token's or narrative's sentiment metric per bucket as CSV: bucket_start_iso,value,n.
Times are UTC; --from and --to take ISO 8601 dates or times, or epoch seconds or milliseconds.</source>
            <translation>トークンまたはナラティブのバケットごとのセンチメント指標を CSV で出力します: bucket_start_iso,value,n。
時刻は UTC です。--from と --to には ISO 8601 の日付か時刻、またはエポック秒かミリ秒を指定します。</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>このヘルプを表示。</translation>
        </message>
        <message>
            <source>The token id.</source>
            <translation>トークンの id。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>The narrative id.</source>
            <translation>ナラティブの id。</translation>
        </message>
        <message>
            <source>First time included (default: the first bucket).</source>
            <translation>含まれる最初の時刻 (既定: 最初のバケット)。</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>First time excluded (default: after the last bucket).</source>
            <translation>除外される最初の時刻 (既定: 最後のバケットの後)。</translation>
        </message>
        <message>
            <source>Run seance series --help for the options.</source>
            <translation>オプションは seance series --help で確認できます。</translation>
        </message>
        <message>
            <source>Unexpected argument "%1".</source>
            <translation>予期しない引数 "%1"。</translation>
        </message>
        <message>
            <source>Give exactly one of --token ID and --narrative ID.</source>
            <translation>--token ID と --narrative ID のどちらか 1 つだけを指定してください。</translation>
        </message>
        <message>
            <source>Unknown metric "%1".</source>
            <translation>不明な指標 "%1"。</translation>
        </message>
        <message>
            <source>Unknown granularity "%1".</source>
            <translation>不明な粒度 "%1"。</translation>
        </message>
        <message>
            <source>--from: "%1" is not a date or time.</source>
            <translation>--from: "%1" は日付でも時刻でもありません。</translation>
        </message>
        <message>
            <source>--to: "%1" is not a date or time.</source>
            <translation>--to: "%1" は日付でも時刻でもありません。</translation>
        </message>
        <message>
            <source>--from must come before --to.</source>
            <translation>--from は --to より前である必要があります。</translation>
        </message>
        <message>
            <source>Unknown token "%1".</source>
            <translation>不明なトークン "%1"。</translation>
        </message>
        <message>
            <source>Unknown narrative "%1".</source>
            <translation>不明なナラティブ "%1"。</translation>
        </message>
    </context>
    <context>
        <name>seance::cli::stats</name>
        <message>
            <source>Print the number of rows in each table of the workspace.</source>
            <translation>ワークスペースの各テーブルの行数を表示します。</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>このヘルプを表示。</translation>
        </message>
        <message>
            <source>stats takes no arguments.</source>
            <translation>stats は引数を取りません。</translation>
        </message>
    </context>
    <context>
        <name>seance::social::DiscordReader</name>
        <message>
            <source>not a valid time: "%1"</source>
            <translation>正しい時刻ではありません: "%1"</translation>
        </message>
        <message>
            <source>message %1</source>
            <translation>メッセージ %1</translation>
        </message>
    </context>
    <context>
        <name>seance::social::JsonRecordStream</name>
        <message>
            <source>a string longer than %1 MiB</source>
            <translation>%1 MiB を超える文字列</translation>
        </message>
        <message>
            <source>invalid JSON: %1</source>
            <translation>不正な JSON: %1</translation>
        </message>
        <message>
            <source>a record with more than %1 values</source>
            <translation>値が %1 個を超えるレコード</translation>
        </message>
        <message>
            <source>nested deeper than %1 levels</source>
            <translation>%1 階層より深く入れ子になっています</translation>
        </message>
    </context>
    <context>
        <name>seance::social::RecordFields</name>
        <message>
            <source>not an integer: "%1"</source>
            <translation>整数ではありません: "%1"</translation>
        </message>
        <message>
            <source>wrong type: expected %1, got %2</source>
            <translation>型が違います: %1 が必要ですが、%2 でした</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>ありません</translation>
        </message>
    </context>
    <context>
        <name>seance::social::RedditReader</name>
        <message>
            <source>invalid JSON at column %1: %2</source>
            <translation>%1 桁目の JSON が不正です: %2</translation>
        </message>
        <message>
            <source>wrong type: expected %1, got %2</source>
            <translation>型が違います: %1 が必要ですが、%2 でした</translation>
        </message>
        <message>
            <source>not a number: "%1"</source>
            <translation>数値ではありません: "%1"</translation>
        </message>
        <message>
            <source>not valid UTF-8</source>
            <translation>正しい UTF-8 ではありません</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>ありません</translation>
        </message>
        <message>
            <source>impossible time: %1 seconds since 1970</source>
            <translation>あり得ない時刻: 1970 年から %1 秒</translation>
        </message>
        <message>
            <source>missing: a comment has "body", a submission "title"</source>
            <translation>ありません: コメントには "body"、投稿には "title" が必要です</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>%1 行目</translation>
        </message>
    </context>
    <context>
        <name>seance::social::SocialFormat</name>
        <message>
            <source>Telegram Desktop export (JSON)</source>
            <translation>Telegram Desktop のエクスポート (JSON)</translation>
        </message>
        <message>
            <source>Reddit dump (NDJSON, plain or .zst)</source>
            <translation>Reddit のダンプ (NDJSON、非圧縮または .zst)</translation>
        </message>
        <message>
            <source>X (Twitter) archive</source>
            <translation>X (Twitter) のアーカイブ</translation>
        </message>
        <message>
            <source>DiscordChatExporter (JSON)</source>
            <translation>DiscordChatExporter (JSON)</translation>
        </message>
        <message>
            <source>%1: a folder that is not an X archive (no data/tweets.js, data/tweet.js or tweets-part*.js)</source>
            <translation>%1: X のアーカイブではないフォルダー (data/tweets.js、data/tweet.js、tweets-part*.js がありません)</translation>
        </message>
        <message>
            <source>%1: the file is empty</source>
            <translation>%1: ファイルが空です</translation>
        </message>
        <message>
            <source>%1: not an export Seance can read. Tried: %2 (needs "messages" or "chats" at the top); %3 (needs one JSON object per line with "subreddit", "created_utc" and "body" or "title"); %4 (needs "window.YTD.tweets.part0 = [" or an array of tweets); %5 (needs "guild" and "channel" at the top)</source>
            <translation>%1: Seance が読めるエクスポートではありません。試した形式: %2 (先頭に "messages" か "chats" が必要)、%3 (1 行に 1 つ、"subreddit"、"created_utc" と "body" か "title" を持つ JSON オブジェクトが必要)、%4 ("window.YTD.tweets.part0 = [" かツイートの配列が必要)、%5 (先頭に "guild" と "channel" が必要)</translation>
        </message>
        <message>
            <source>%1: no data/tweets.js, data/tweet.js or tweets-part*.js in this zip archive: Seance reads an X archive's zip; unpack any other archive first</source>
            <translation>%1: この zip アーカイブには data/tweets.js、data/tweet.js、tweets-part*.js がありません。Seance が読み込むのは X アーカイブの zip です。それ以外のアーカイブは先に展開してください</translation>
        </message>
    </context>
    <context>
        <name>seance::social::TelegramReader</name>
        <message>
            <source>impossible time: %1 seconds since 1970</source>
            <translation>あり得ない時刻: 1970 年から %1 秒</translation>
        </message>
        <message>
            <source>missing, and no "date" either</source>
            <translation>ありません。"date" もありません</translation>
        </message>
        <message>
            <source>not a valid time: "%1"</source>
            <translation>正しい時刻ではありません: "%1"</translation>
        </message>
        <message>
            <source>the chat's "id" must come before its "messages"</source>
            <translation>チャットの "id" は "messages" より前に置く必要があります</translation>
        </message>
        <message>
            <source>Saved Messages</source>
            <translation>保存済みのメッセージ</translation>
        </message>
        <message>
            <source>Telegram chat %1</source>
            <translation>Telegram のチャット %1</translation>
        </message>
        <message>
            <source>chat %1, message %2</source>
            <translation>チャット %1、メッセージ %2</translation>
        </message>
        <message>
            <source>message %1</source>
            <translation>メッセージ %1</translation>
        </message>
        <message>
            <source> (id %1)</source>
            <translation> (id %1)</translation>
        </message>
    </context>
    <context>
        <name>seance::social::XArchiveReader</name>
        <message>
            <source>not a valid time: "%1"</source>
            <translation>正しい時刻ではありません: "%1"</translation>
        </message>
        <message>
            <source>X archive</source>
            <translation>X のアーカイブ</translation>
        </message>
        <message>
            <source>no '=' after the "window.YTD.…" prefix</source>
            <translation>"window.YTD.…" の接頭辞の後に '=' がありません</translation>
        </message>
        <message>
            <source>tweet %1</source>
            <translation>ツイート %1</translation>
        </message>
        <message>
            <source>no data/tweets.js, data/tweet.js or tweets-part*.js in this folder</source>
            <translation>このフォルダーに data/tweets.js、data/tweet.js、tweets-part*.js がありません</translation>
        </message>
        <message>
            <source>no data/tweets.js, data/tweet.js or tweets-part*.js in this zip archive</source>
            <translation>この zip アーカイブには data/tweets.js、data/tweet.js、tweets-part*.js がありません</translation>
        </message>
    </context>
    <context>
        <name>seance::social::ZipArchive</name>
        <message>
            <source>not a complete zip archive (is it truncated?): %1</source>
            <translation>完全な zip アーカイブではありません (途中で切れていませんか?): %1</translation>
        </message>
        <message>
            <source>no %1 in the archive</source>
            <translation>アーカイブに %1 がありません</translation>
        </message>
    </context>
    <context>
        <name>seance::social::ZstdInputDevice</name>
        <message>
            <source>cannot set up zstd decompression</source>
            <translation>zstd の展開を準備できません</translation>
        </message>
        <message>
            <source>truncated zstd data: the file ends inside a compressed frame</source>
            <translation>途切れた zstd データ: 圧縮フレームの途中でファイルが終わっています</translation>
        </message>
        <message>
            <source>corrupt zstd data: %1</source>
            <translation>破損した zstd データ: %1</translation>
        </message>
        <message>
            <source>the zstd data needs a decoding window larger than %1 MiB, the most this reader allows</source>
            <translation>この zstd データには、このリーダーが許す上限 %1 MiB より大きな展開ウィンドウが必要です</translation>
        </message>
    </context>
</TS>
