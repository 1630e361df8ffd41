<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
    <context>
        <name>ComparePainter</name>
        <message>
            <source>%1 — day 0: %2 (%3)</source>
            <translation>%1 — 0일차: %2 (%3)</translation>
        </message>
        <message>
            <source>days since anchor (UTC days)</source>
            <translation>기준 이후 일수(UTC 일)</translation>
        </message>
        <message>
            <source>No events of its own between day %1 and day +%2</source>
            <translation>%1일차부터 +%2일차 사이에 자체 이벤트 없음</translation>
        </message>
    </context>
    <context>
        <name>EventImpactText</name>
        <message>
            <source>no value</source>
            <translation>값 없음</translation>
        </message>
        <message>
            <source>Impact, %1, %2 d before → %2 d after:</source>
            <translation>영향, %1, 이전 %2일 → 이후 %2일:</translation>
        </message>
        <message>
            <source>Posts: %1 → %2</source>
            <translation>게시물: %1 → %2</translation>
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
            <translation>(제목 없는 이벤트)</translation>
        </message>
        <message>
            <source>Other events</source>
            <translation>기타 이벤트</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <source>Narrative: %1 · Kind: %2</source>
            <translation>내러티브: %1 · 종류: %2</translation>
        </message>
        <message>
            <source>Tokens: %1</source>
            <translation>토큰: %1</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>출처:</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>외 %n개</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1을(를) 쓸 수 없습니다: %2</translation>
        </message>
        <message>
            <source>the size %1×%2 is empty</source>
            <translation>크기 %1×%2이(가) 비어 있습니다</translation>
        </message>
        <message>
            <source>%1×%2 at %3× is more than %4 million pixels</source>
            <translation>%3배의 %1×%2는 %4백만 픽셀을 넘습니다</translation>
        </message>
        <message>
            <source>the image could not be encoded</source>
            <translation>이미지를 인코딩할 수 없습니다</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>취소하는 중…</translation>
        </message>
        <message>
            <source>%1
About %2 minutes left</source>
            <translation>%1
약 %2분 남음</translation>
        </message>
        <message>
            <source>%1
About %2 s left</source>
            <translation>%1
약 %2초 남음</translation>
        </message>
    </context>
    <context>
        <name>QWizardPage</name>
        <message>
            <source>Token</source>
            <translation>토큰</translation>
        </message>
        <message>
            <source>Narrative</source>
            <translation>내러티브</translation>
        </message>
    </context>
    <context>
        <name>Smoothing</name>
        <message>
            <source>"smoothing.kind" must be "none", "ma" or "ema".</source>
            <translation>"smoothing.kind"는 "none", "ma", "ema" 중 하나여야 합니다.</translation>
        </message>
        <message>
            <source>"smoothing.days" must be a whole number from 1 to %1.</source>
            <translation>"smoothing.days"는 1에서 %1 사이의 정수여야 합니다.</translation>
        </message>
        <message>
            <source>"smoothing.band" must be true or false.</source>
            <translation>"smoothing.band"는 true 또는 false여야 합니다.</translation>
        </message>
        <message>
            <source>"smoothing.minPosts" must be a whole number from 0 to %1.</source>
            <translation>"smoothing.minPosts"는 0에서 %1 사이의 정수여야 합니다.</translation>
        </message>
        <message>
            <source>%1-day moving average</source>
            <translation>%1일 이동 평균</translation>
        </message>
        <message>
            <source>%1-day EMA</source>
            <translation>%1일 EMA</translation>
        </message>
    </context>
    <context>
        <name>seance</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>Seance cannot start</source>
            <translation>Seance를 시작할 수 없습니다</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: column "%2": %3</source>
            <translation>%1: 열 "%2": %3</translation>
        </message>
        <message>
            <source>cannot open: %1</source>
            <translation>열 수 없음: %1</translation>
        </message>
        <message>
            <source>the file is larger than a market download can be</source>
            <translation>파일이 시장 데이터 다운로드로 가능한 크기보다 큽니다</translation>
        </message>
        <message>
            <source>CoinGecko historical data</source>
            <translation>CoinGecko 과거 데이터</translation>
        </message>
        <message>
            <source>CoinMarketCap historical data</source>
            <translation>CoinMarketCap 과거 데이터</translation>
        </message>
        <message>
            <source>series CSV</source>
            <translation>시계열 CSV</translation>
        </message>
        <message>
            <source>CoinGecko's free API gives at most the last %1 days; a longer history needs a paid plan. For the full history, download the CSV from the coin's page on coingecko.com (Historical Data › Export) and import it with File › Import….</source>
            <translation>CoinGecko 무료 API는 최근 %1일까지만 제공합니다. 더 긴 기록은 유료 요금제가 필요합니다. 전체 기록은 coingecko.com의 코인 페이지(Historical Data › Export)에서 CSV를 다운로드한 뒤 파일 › 가져오기…로 가져오세요.</translation>
        </message>
        <message>
            <source>The CoinGecko address "%1" is not a web address.</source>
            <translation>CoinGecko 주소 "%1"은(는) 웹 주소가 아닙니다.</translation>
        </message>
        <message>
            <source>Asking CoinGecko for %1…</source>
            <translation>CoinGecko에 %1 요청 중…</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was written.</source>
            <translation>취소했습니다. 아무것도 기록하지 않았습니다.</translation>
        </message>
        <message>
            <source>CoinGecko did not answer within %1 seconds. Try again later.</source>
            <translation>CoinGecko가 %1초 안에 응답하지 않았습니다. 나중에 다시 시도하세요.</translation>
        </message>
        <message>
            <source>CoinGecko's rate limit is still reached after %1 tries. Wait a minute and try again, or add a free demo API key in the settings.</source>
            <translation>%1번 시도한 후에도 CoinGecko 요청 한도에 걸려 있습니다. 1분 후 다시 시도하거나 설정에서 무료 데모 API 키를 추가하세요.</translation>
        </message>
        <message>
            <source>CoinGecko's rate limit was reached; waiting %1 s before trying again (try %2 of %3).</source>
            <translation>CoinGecko 요청 한도에 도달했습니다. %1초 기다린 후 다시 시도합니다(%3회 중 %2회째).</translation>
        </message>
        <message>
            <source>CoinGecko knows no coin at %1 (HTTP 404). Check the token's CoinGecko id: it is the last part of the coin's page address.</source>
            <translation>CoinGecko에 %1 코인이 없습니다(HTTP 404). 토큰의 CoinGecko id를 확인하세요. 코인 페이지 주소의 마지막 부분입니다.</translation>
        </message>
        <message>
            <source>CoinGecko answered HTTP %1 for %2. Nothing was written.</source>
            <translation>CoinGecko가 %2에 대해 HTTP %1을(를) 응답했습니다. 아무것도 기록하지 않았습니다.</translation>
        </message>
        <message>
            <source>Cannot reach CoinGecko at %1: %2. Check the connection.</source>
            <translation>%1의 CoinGecko에 연결할 수 없습니다: %2. 연결을 확인하세요.</translation>
        </message>
        <message>
            <source>CoinGecko's answer broke off (%1). Nothing was written.</source>
            <translation>CoinGecko 응답이 중간에 끊겼습니다(%1). 아무것도 기록하지 않았습니다.</translation>
        </message>
        <message>
            <source>Ask for at least one day.</source>
            <translation>최소 하루 이상을 요청하세요.</translation>
        </message>
        <message>
            <source>CoinGecko's answer for %1 is malformed: %2. Nothing was written.</source>
            <translation>%1에 대한 CoinGecko 응답 형식이 잘못되었습니다: %2. 아무것도 기록하지 않았습니다.</translation>
        </message>
        <message>
            <source>the answer is not complete JSON (%1 at byte %2)</source>
            <translation>응답이 완전한 JSON이 아닙니다(바이트 %2에서 %1)</translation>
        </message>
        <message>
            <source>the answer is not a JSON object</source>
            <translation>응답이 JSON 객체가 아닙니다</translation>
        </message>
        <message>
            <source>the answer has no "%1" array</source>
            <translation>응답에 "%1" 배열이 없습니다</translation>
        </message>
        <message>
            <source>%1[%2] is not a [time, value] pair</source>
            <translation>%1[%2]은(는) [시간, 값] 쌍이 아닙니다</translation>
        </message>
        <message>
            <source>CoinGecko has no prices for this coin in that period</source>
            <translation>CoinGecko에 해당 기간의 이 코인 가격이 없습니다</translation>
        </message>
        <message>
            <source>the answer has no coin "id"</source>
            <translation>응답에 코인 "id"가 없습니다</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>웹사이트</translation>
        </message>
        <message>
            <source>Explorer</source>
            <translation>익스플로러</translation>
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
            <translation>소스 코드</translation>
        </message>
        <message>
            <source>Total supply from CoinGecko</source>
            <translation>CoinGecko 기준 총 공급량</translation>
        </message>
        <message>
            <source>%1 (%2), CoinGecko id "%3"</source>
            <translation>%1 (%2), CoinGecko id "%3"</translation>
        </message>
        <message>
            <source>Categories: %1</source>
            <translation>카테고리: %1</translation>
        </message>
        <message>
            <source>Contract on %1: %2</source>
            <translation>%1 컨트랙트: %2</translation>
        </message>
        <message>
            <source>Total supply: %1</source>
            <translation>총 공급량: %1</translation>
        </message>
        <message>
            <source>Max supply: %1</source>
            <translation>최대 공급량: %1</translation>
        </message>
        <message>
            <source>Circulating supply: %1</source>
            <translation>유통 공급량: %1</translation>
        </message>
        <message>
            <source>There is no token "%1".</source>
            <translation>"%1" 토큰이 없습니다.</translation>
        </message>
        <message>
            <source>Token "%1" has no CoinGecko id. Give one (the last part of the coin's page address on coingecko.com, e.g. "dogecoin").</source>
            <translation>"%1" 토큰에 CoinGecko id가 없습니다. id를 입력하세요(coingecko.com의 코인 페이지 주소 마지막 부분, 예: "dogecoin").</translation>
        </message>
        <message>
            <source>The market data could not be stored: %1</source>
            <translation>시장 데이터를 저장할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>unknown token id "%1"</source>
            <translation>알 수 없는 토큰 id "%1"</translation>
        </message>
        <message>
            <source>the data holds no values</source>
            <translation>데이터에 값이 없습니다</translation>
        </message>
        <message>
            <source>%1%2 %</source>
            <translation>%1%2 %</translation>
        </message>
        <message>
            <source>&lt;br&gt;Price of %1: %2 over the %4 days before, %3 over the %4 days after</source>
            <translation>&lt;br&gt;%1 가격: 이전 %4일 동안 %2, 이후 %4일 동안 %3</translation>
        </message>
        <message>
            <source>leave presentation mode</source>
            <translation>프레젠테이션 모드 종료</translation>
        </message>
        <message>
            <source>next event (presentation mode)</source>
            <translation>다음 이벤트(프레젠테이션 모드)</translation>
        </message>
        <message>
            <source>previous event (presentation mode)</source>
            <translation>이전 이벤트(프레젠테이션 모드)</translation>
        </message>
        <message>
            <source>(no description)</source>
            <translation>(설명 없음)</translation>
        </message>
        <message>
            <source>Drag across the chart</source>
            <translation>차트 위에서 드래그</translation>
        </message>
        <message>
            <source>zoom into that span</source>
            <translation>해당 구간 확대</translation>
        </message>
        <message>
            <source>Shift+drag or middle-drag</source>
            <translation>Shift+드래그 또는 가운데 버튼 드래그</translation>
        </message>
        <message>
            <source>pan</source>
            <translation>이동</translation>
        </message>
        <message>
            <source>Wheel</source>
            <translation>휠</translation>
        </message>
        <message>
            <source>zoom about the pointer</source>
            <translation>포인터 위치 기준 확대/축소</translation>
        </message>
        <message>
            <source>+ and −</source>
            <translation>+ 및 −</translation>
        </message>
        <message>
            <source>zoom in and out</source>
            <translation>확대 및 축소</translation>
        </message>
        <message>
            <source>← and →</source>
            <translation>← 및 →</translation>
        </message>
        <message>
            <source>Home or Ctrl+0</source>
            <translation>Home 또는 Ctrl+0</translation>
        </message>
        <message>
            <source>show all the data</source>
            <translation>전체 데이터 표시</translation>
        </message>
        <message>
            <source>Click an event marker</source>
            <translation>이벤트 마커 클릭</translation>
        </message>
        <message>
            <source>focus the event</source>
            <translation>이벤트에 포커스</translation>
        </message>
        <message>
            <source>Click a legend entry</source>
            <translation>범례 항목 클릭</translation>
        </message>
        <message>
            <source>hide or show its series</source>
            <translation>해당 시계열 숨기기 또는 표시</translation>
        </message>
        <message>
            <source>Drag</source>
            <translation>드래그</translation>
        </message>
        <message>
            <source>Click an event</source>
            <translation>이벤트 클릭</translation>
        </message>
        <message>
            <source>focus it</source>
            <translation>포커스</translation>
        </message>
        <message>
            <source>Double-click an event</source>
            <translation>이벤트 더블클릭</translation>
        </message>
        <message>
            <source>edit it</source>
            <translation>편집</translation>
        </message>
        <message>
            <source>focus the previous or next event</source>
            <translation>이전 또는 다음 이벤트에 포커스</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>edit the focused event</source>
            <translation>포커스된 이벤트 편집</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>가져오기 실패</translation>
        </message>
        <message>
            <source>%1 is %2. Which token are these prices for?</source>
            <translation>%1은(는) %2입니다. 어느 토큰의 가격인가요?</translation>
        </message>
        <message>
            <source>Import Market Data</source>
            <translation>시장 데이터 가져오기</translation>
        </message>
        <message>
            <source>Nothing was imported; the workspace is unchanged.

%1</source>
            <translation>아무것도 가져오지 않았습니다. 작업 공간은 변경되지 않았습니다.

%1</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>가져오기 완료</translation>
        </message>
        <message>
            <source>Imported %1 days of market data for %2 (%3 points in %4 series). Points at times already stored were replaced.</source>
            <translation>%2의 시장 데이터 %1일분을 가져왔습니다(시계열 %4개에 포인트 %3개). 이미 저장된 시점의 포인트는 교체되었습니다.</translation>
        </message>
        <message>
            <source>Right-click</source>
            <translation>오른쪽 클릭</translation>
        </message>
        <message>
            <source>What Drove This Move? for the visible range</source>
            <translation>표시 범위에 대한 “이 변동의 원인은?”</translation>
        </message>
        <message>
            <source>%1 is a series CSV (a time column and value columns, as LunarCrush and Santiment export). Which token are these series for?</source>
            <translation>%1은(는) 시계열 CSV입니다(LunarCrush와 Santiment가 내보내는 형식으로, 시간 열과 값 열이 있음). 어느 토큰의 시계열인가요?</translation>
        </message>
        <message>
            <source>Imported %1 rows for %2: %3 points in the series %4. Points at times already stored were replaced.</source>
            <translation>%2의 행 %1개를 가져왔습니다: 시계열 %4에 포인트 %3개. 이미 저장된 시점의 포인트는 교체되었습니다.</translation>
        </message>
        <message>
            <source>%1 holds series for a token, but the workspace has no tokens yet. Add the token first (Edit › New Token…), then import the file again.</source>
            <translation>%1에는 토큰의 시계열이 들어 있지만 워크스페이스에 아직 토큰이 없습니다. 먼저 토큰을 추가한 뒤(편집 › 새 토큰…) 파일을 다시 가져오세요.</translation>
        </message>
    </context>
    <context>
        <name>seance::ChartExport</name>
        <message numerus="yes">
            <source>Sentiment of %n tokens</source>
            <translation>
                <numerusform>토큰 %n개의 감성</numerusform>
            </translation>
        </message>
        <message>
            <source>Sentiment: %1</source>
            <translation>감성: %1</translation>
        </message>
        <message>
            <source> vs </source>
            <translation> 대 </translation>
        </message>
        <message>
            <source>hourly buckets</source>
            <translation>시간별 버킷</translation>
        </message>
        <message>
            <source>daily buckets</source>
            <translation>일별 버킷</translation>
        </message>
        <message>
            <source>weekly buckets</source>
            <translation>주별 버킷</translation>
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
            <translation>출처: %1 — 샘플 데이터: 생성된 게시물이며 실제 소셜 미디어 데이터가 아닙니다 · Seance</translation>
        </message>
        <message>
            <source>Source: %1 · Seance</source>
            <translation>출처: %1 · Seance</translation>
        </message>
        <message>
            <source>tokens: give at least one token id.</source>
            <translation>tokens: 토큰 id를 하나 이상 지정하세요.</translation>
        </message>
        <message>
            <source>The workspace %1 does not exist.</source>
            <translation>워크스페이스 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>tokens: unknown token "%1" in %2.</source>
            <translation>tokens: %2에 알 수 없는 토큰 "%1"이 있습니다.</translation>
        </message>
        <message>
            <source>tokens: %1 have no posts to chart; import posts or give a time range.</source>
            <translation>tokens: %1에는 차트로 그릴 게시물이 없습니다. 게시물을 가져오거나 기간을 지정하세요.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>range: the time range is empty.</source>
            <translation>range: 기간이 비어 있습니다.</translation>
        </message>
        <message>
            <source>No posts in this time range</source>
            <translation>이 기간에는 게시물이 없습니다</translation>
        </message>
        <message>
            <source>out: %1 must end in .png or .svg.</source>
            <translation>out: %1은(는) .png 또는 .svg로 끝나야 합니다.</translation>
        </message>
        <message>
            <source>MMM d yyyy</source>
            <translation>yyyy년 M월 d일</translation>
        </message>
        <message>
            <source>MMM d</source>
            <translation>M월 d일</translation>
        </message>
        <message>
            <source>series price: %1 have no price series; import a CoinGecko or CoinMarketCap download (seance import FILE --token ID) or fetch one (seance fetch-market --token ID).</source>
            <translation>시계열 가격: %1에 가격 시계열이 없습니다. CoinGecko 또는 CoinMarketCap 다운로드를 가져오거나(seance import FILE --token ID) 새로 받아 오세요(seance fetch-market --token ID).</translation>
        </message>
        <message>
            <source>Sentiment and price: %1</source>
            <translation>감성과 가격: %1</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 ± standard error</source>
            <translation>%1 ± 표준 오차</translation>
        </message>
    </context>
    <context>
        <name>seance::ChartExportActions</name>
        <message>
            <source>Export &amp;Chart…</source>
            <translation>차트 내보내기(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Copy Chart</source>
            <translation>차트 복사(&amp;C)</translation>
        </message>
        <message>
            <source>Save the chart as a PNG or SVG picture for a slide or a post</source>
            <translation>슬라이드나 게시물에 쓸 수 있도록 차트를 PNG 또는 SVG 그림으로 저장</translation>
        </message>
        <message>
            <source>Copy the chart as a picture, at the size of the last export</source>
            <translation>마지막으로 내보낸 크기로 차트를 그림으로 복사</translation>
        </message>
        <message>
            <source>Export Chart</source>
            <translation>차트 내보내기</translation>
        </message>
        <message>
            <source>Select one or more tokens to chart first.</source>
            <translation>차트로 표시할 토큰을 먼저 하나 이상 선택하세요.</translation>
        </message>
        <message>
            <source>SVG drawings (*.svg)</source>
            <translation>SVG 드로잉 (*.svg)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 이미지 (*.png)</translation>
        </message>
        <message>
            <source>Chart saved to %1</source>
            <translation>차트를 %1에 저장했습니다</translation>
        </message>
        <message>
            <source>Copy Chart</source>
            <translation>차트 복사</translation>
        </message>
        <message>
            <source>Chart copied (%1 × %2)</source>
            <translation>차트를 복사했습니다(%1 × %2)</translation>
        </message>
    </context>
    <context>
        <name>seance::ChartPriceOverlay</name>
        <message>
            <source>Price change since %1 (%)</source>
            <translation>%1 이후 가격 변화(%)</translation>
        </message>
        <message>
            <source>price</source>
            <translation>가격</translation>
        </message>
        <message>
            <source>Price (%1, log scale)</source>
            <translation>가격(%1, 로그 눈금)</translation>
        </message>
        <message>
            <source>Price (%1)</source>
            <translation>가격(%1)</translation>
        </message>
        <message>
            <source>%1 price</source>
            <translation>%1 가격</translation>
        </message>
        <message>
            <source>%1% since the range's start</source>
            <translation>범위 시작 이후 %1%</translation>
        </message>
    </context>
    <context>
        <name>seance::ChartSeriesSet</name>
        <message>
            <source>Posts per bucket</source>
            <translation>버킷당 게시물</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>게시물</translation>
        </message>
    </context>
    <context>
        <name>seance::ComparePane</name>
        <message>
            <source> d</source>
            <translation> 일</translation>
        </message>
        <message>
            <source>First day of the window, relative to each row's anchor</source>
            <translation>각 행의 기준으로부터 본 기간의 첫날</translation>
        </message>
        <message>
            <source>Last day of the window, relative to each row's anchor</source>
            <translation>각 행의 기준으로부터 본 기간의 마지막 날</translation>
        </message>
        <message>
            <source>The comparison shows the metric chosen in View › Metric</source>
            <translation>비교에는 보기 › 지표에서 고른 지표가 표시됩니다</translation>
        </message>
        <message>
            <source>Window:</source>
            <translation>기간:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>~</translation>
        </message>
        <message>
            <source>Metric: %1</source>
            <translation>지표: %1</translation>
        </message>
        <message>
            <source>Open a workspace to compare narratives.</source>
            <translation>내러티브를 비교하려면 워크스페이스를 여세요.</translation>
        </message>
        <message>
            <source>Nothing to compare yet. Click “Add Row” and pick a narrative or token and the event that is its day 0; add a second row to overlay another one. Each row is shifted so that its anchor event falls on day 0.</source>
            <translation>아직 비교할 것이 없습니다. “행 추가”를 누르고 내러티브나 토큰, 그리고 0일차가 될 이벤트를 고르세요. 두 번째 행을 추가하면 다른 것을 겹쳐 볼 수 있습니다. 각 행은 기준 이벤트가 0일차에 오도록 이동됩니다.</translation>
        </message>
        <message>
            <source>None of the rows names a narrative or token and an anchor event of this workspace. Pick them above.</source>
            <translation>이 워크스페이스의 내러티브나 토큰과 기준 이벤트를 지정한 행이 없습니다. 위에서 고르세요.</translation>
        </message>
        <message>
            <source>No posts between day %1 and day +%2 around these anchors. Widen the window or pick other anchors.</source>
            <translation>이 기준 주변 %1일차부터 +%2일차 사이에 게시물이 없습니다. 기간을 넓히거나 다른 기준을 고르세요.</translation>
        </message>
        <message>
            <source>Could not read the sentiment buckets: %1</source>
            <translation>감성 버킷을 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Day %1 since anchor</source>
            <translation>기준 이후 %1일차</translation>
        </message>
        <message>
            <source>no posts</source>
            <translation>게시물 없음</translation>
        </message>
        <message>
            <source>no value · posts: %1</source>
            <translation>값 없음 · 게시물: %1</translation>
        </message>
        <message>
            <source>%1 · posts: %2</source>
            <translation>%1 · 게시물: %2</translation>
        </message>
        <message>
            <source>No workspace is open.</source>
            <translation>열린 워크스페이스가 없습니다.</translation>
        </message>
        <message>
            <source>Narrative comparison</source>
            <translation>내러티브 비교</translation>
        </message>
        <message>
            <source>%1 — aligned on day 0</source>
            <translation>%1 — 0일차 기준 정렬</translation>
        </message>
        <message>
            <source>%1 per UTC day, days %2 to +%3 around each anchor event. Source: Seance workspace %4.</source>
            <translation>각 기준 이벤트 전후 %2일차부터 +%3일차까지 UTC 일별 %1. 출처: Seance 워크스페이스 %4.</translation>
        </message>
        <message>
            <source>Sample data, not real posts.</source>
            <translation>샘플 데이터이며 실제 게시물이 아닙니다.</translation>
        </message>
        <message>
            <source>Could not write %1: the name must end in .png or .svg</source>
            <translation>%1을(를) 쓸 수 없습니다: 이름은 .png 또는 .svg로 끝나야 합니다</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>내보내기 실패</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>내보내기(&amp;E)</translation>
        </message>
        <message>
            <source>Export the comparison as CSV, Markdown or an image</source>
            <translation>비교를 CSV, Markdown 또는 이미지로 내보내기</translation>
        </message>
        <message>
            <source>Aligned Series as &amp;CSV…</source>
            <translation>정렬된 계열을 CSV로(&amp;C)…</translation>
        </message>
        <message>
            <source>Export Aligned Series</source>
            <translation>정렬된 계열 내보내기</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 파일 (*.csv)</translation>
        </message>
        <message>
            <source>Event Table as &amp;Markdown…</source>
            <translation>이벤트 표를 Markdown으로(&amp;M)…</translation>
        </message>
        <message>
            <source>Export Event Table</source>
            <translation>이벤트 표 내보내기</translation>
        </message>
        <message>
            <source>Markdown files (*.md)</source>
            <translation>Markdown 파일 (*.md)</translation>
        </message>
        <message>
            <source>&amp;Image (PNG 2× or SVG)…</source>
            <translation>이미지(PNG 2× 또는 SVG)(&amp;I)…</translation>
        </message>
        <message>
            <source>Export Comparison Image</source>
            <translation>비교 이미지 내보내기</translation>
        </message>
        <message>
            <source>PNG images (*.png);;SVG drawings (*.svg)</source>
            <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg)</translation>
        </message>
        <message>
            <source>C&amp;opy Image</source>
            <translation>이미지 복사(&amp;O)</translation>
        </message>
        <message>
            <source>Metric: %1 · %2</source>
            <translation>지표: %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>seance::CompareRowsEditor</name>
        <message>
            <source>&amp;Add Row</source>
            <translation>행 추가(&amp;A)</translation>
        </message>
        <message>
            <source>Add a narrative or token to the comparison</source>
            <translation>비교에 내러티브나 토큰 추가</translation>
        </message>
        <message>
            <source>Narrative</source>
            <translation>내러티브</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>토큰</translation>
        </message>
        <message>
            <source>%1 (not in this workspace)</source>
            <translation>%1 (이 워크스페이스에 없음)</translation>
        </message>
        <message>
            <source>The narrative or token whose sentiment this row shows</source>
            <translation>이 행이 감성을 보여 주는 내러티브 또는 토큰</translation>
        </message>
        <message>
            <source>Day 0: the event this row is aligned on</source>
            <translation>0일차: 이 행을 정렬하는 기준 이벤트</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>제거</translation>
        </message>
        <message>
            <source>Remove this row from the comparison</source>
            <translation>이 행을 비교에서 제거</translation>
        </message>
        <message>
            <source>day 0:</source>
            <translation>0일차:</translation>
        </message>
    </context>
    <context>
        <name>seance::CsvReader</name>
        <message>
            <source>unterminated quoted field</source>
            <translation>닫히지 않은 따옴표 필드</translation>
        </message>
        <message>
            <source>unexpected character after a closing quote</source>
            <translation>닫는 따옴표 뒤에 예상치 못한 문자</translation>
        </message>
        <message>
            <source>record longer than %1 bytes</source>
            <translation>%1바이트보다 긴 레코드</translation>
        </message>
    </context>
    <context>
        <name>seance::Database</name>
        <message>
            <source>%1 is a folder, not a database file.</source>
            <translation>%1은(는) 데이터베이스 파일이 아니라 폴더입니다.</translation>
        </message>
        <message>
            <source>Cannot create %1: its folder is read-only.</source>
            <translation>%1을(를) 만들 수 없습니다: 폴더가 읽기 전용입니다.</translation>
        </message>
        <message>
            <source>%1 is read-only, and it was written by an older version of Seance (schema %2): it needs an upgrade to schema %3, which cannot be written. Make the file and its folder writable.</source>
            <translation>%1은(는) 읽기 전용이며 이전 버전의 Seance로 작성되었습니다(스키마 %2). 스키마 %3(으)로 업그레이드해야 하지만 쓸 수 없습니다. 파일과 폴더를 쓰기 가능하게 하세요.</translation>
        </message>
        <message>
            <source>%1 was not closed cleanly and its folder is read-only, so its last changes cannot be read. Open it once from a writable folder.</source>
            <translation>%1이(가) 정상적으로 닫히지 않았고 폴더가 읽기 전용이라 마지막 변경 내용을 읽을 수 없습니다. 쓰기 가능한 폴더에서 한 번 여세요.</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1을(를) 열 수 없습니다: %2</translation>
        </message>
        <message>
            <source>The Qt SQLite driver did not expose its handle.</source>
            <translation>Qt SQLite 드라이버가 핸들을 제공하지 않았습니다.</translation>
        </message>
        <message>
            <source>Cannot configure %1: %2</source>
            <translation>%1을(를) 설정할 수 없습니다: %2</translation>
        </message>
        <message>
            <source>Cannot prepare %1: %2</source>
            <translation>%1을(를) 준비할 수 없습니다: %2</translation>
        </message>
        <message>
            <source>%1 is not a Seance database (%2).</source>
            <translation>%1은(는) Seance 데이터베이스가 아닙니다(%2).</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of Seance (schema %2; this version reads up to %3). It has not been opened or changed.</source>
            <translation>%1은(는) 더 새로운 버전의 Seance로 작성되었습니다(스키마 %2, 이 버전은 %3까지 읽습니다). 열거나 변경하지 않았습니다.</translation>
        </message>
        <message>
            <source>%1 failed its integrity check: %2</source>
            <translation>%1이(가) 무결성 검사를 통과하지 못했습니다: %2</translation>
        </message>
        <message>
            <source>the workspace is not open</source>
            <translation>워크스페이스가 열려 있지 않습니다</translation>
        </message>
        <message>
            <source>the workspace is busy (another Seance is writing to it)</source>
            <translation>워크스페이스가 사용 중입니다(다른 Seance가 쓰는 중)</translation>
        </message>
        <message>
            <source>the disk is full (%1)</source>
            <translation>디스크가 가득 찼습니다(%1)</translation>
        </message>
        <message>
            <source>the workspace is read-only (%1)</source>
            <translation>워크스페이스가 읽기 전용입니다(%1)</translation>
        </message>
        <message>
            <source>the workspace file is damaged (%1); "seance check FILE" checks every page</source>
            <translation>워크스페이스 파일이 손상되었습니다(%1). "seance check FILE"로 모든 페이지를 검사할 수 있습니다</translation>
        </message>
        <message>
            <source>the workspace file could not be read or written (%1)</source>
            <translation>워크스페이스 파일을 읽거나 쓸 수 없습니다(%1)</translation>
        </message>
        <message>
            <source>the workspace could not be written; is the disk full? (%1)</source>
            <translation>작업 공간을 기록할 수 없습니다. 디스크가 가득 찼나요? (%1)</translation>
        </message>
    </context>
    <context>
        <name>seance::DatabaseCheck</name>
        <message>
            <source>%1 does not exist or is not a file.</source>
            <translation>%1이(가) 없거나 파일이 아닙니다.</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1을(를) 열 수 없습니다: %2</translation>
        </message>
        <message>
            <source>%1 is not a Seance workspace: %2</source>
            <translation>%1은(는) Seance 워크스페이스가 아닙니다: %2</translation>
        </message>
    </context>
    <context>
        <name>seance::DatasetFileActions</name>
        <message>
            <source>Imported %1 posts.
Skipped %2 duplicates.
%3 posts are in a script the lexicon does not cover and stay unscored.</source>
            <translation>게시물 %1개를 가져왔습니다.
중복 %2개를 건너뛰었습니다.
게시물 %3개는 어휘 사전이 다루지 않는 문자로 쓰여 점수가 없습니다.</translation>
        </message>
        <message>
            <source>Imported %1 tokens, %2 narratives, %3 events, %4 series and %5 saved views.
Imported %6 posts; skipped %7 duplicates; %8 are unscored.</source>
            <translation>토큰 %1개, 내러티브 %2개, 이벤트 %3개, 계열 %4개, 저장된 보기 %5개를 가져왔습니다.
게시물 %6개를 가져왔고 중복 %7개를 건너뛰었으며 %8개는 점수가 없습니다.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>가져오기</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>%1 가져오는 중…</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>가져오기 취소됨</translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was written to the workspace.</source>
            <translation>가져오기가 취소되었습니다. 워크스페이스에는 아무것도 쓰지 않았습니다.</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>가져오기 실패</translation>
        </message>
        <message>
            <source>Nothing was imported; the workspace is unchanged.

%1</source>
            <translation>아무것도 가져오지 않았으며 워크스페이스는 그대로입니다.

%1</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>가져오기 완료</translation>
        </message>
        <message>
            <source>Export Dataset</source>
            <translation>데이터셋 내보내기</translation>
        </message>
        <message>
            <source>Dataset JSON (*.json)</source>
            <translation>데이터셋 JSON (*.json)</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>%1(으)로 내보내는 중…</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>내보내기 실패</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>내보내기 완료</translation>
        </message>
        <message>
            <source>Wrote %1 tokens, %2 narratives, %3 events and %4 posts to %5.</source>
            <translation>토큰 %1개, 내러티브 %2개, 이벤트 %3개, 게시물 %4개를 %5에 썼습니다.</translation>
        </message>
        <message>
            <source>Cannot import this file</source>
            <translation>이 파일을 가져올 수 없습니다</translation>
        </message>
        <message>
            <source>Everything Seance reads (*.json *.jsonl *.ndjson *.csv *.zst *.js *.zip);;Seance dataset or posts (*.json *.jsonl *.ndjson *.csv);;Telegram or Discord export (*.json);;Reddit dump (*.zst *.jsonl *.ndjson *.json);;X archive (*.zip *.js);;Market data: CoinGecko or CoinMarketCap (*.csv);;Series CSV: LunarCrush or Santiment (*.csv);;All files (*)</source>
            <translation>Seance가 읽는 모든 파일 (*.json *.jsonl *.ndjson *.csv *.zst *.js *.zip);;Seance 데이터셋 또는 게시물 (*.json *.jsonl *.ndjson *.csv);;Telegram 또는 Discord 내보내기 (*.json);;Reddit 덤프 (*.zst *.jsonl *.ndjson *.json);;X 아카이브 (*.zip *.js);;시장 데이터: CoinGecko 또는 CoinMarketCap (*.csv);;시계열 CSV: LunarCrush 또는 Santiment (*.csv);;모든 파일 (*)</translation>
        </message>
    </context>
    <context>
        <name>seance::DatasetImport</name>
        <message>
            <source>%1 is already used by %2[%3]</source>
            <translation>%1은(는) 이미 %2[%3]에서 사용 중입니다</translation>
        </message>
        <message>
            <source>%1 already exists in the database</source>
            <translation>%1이(가) 데이터베이스에 이미 있습니다</translation>
        </message>
        <message>
            <source>%1 on chain %2 is already used by tokens[%3]</source>
            <translation>체인 %2의 %1은(는) 이미 tokens[%3]에서 사용 중입니다</translation>
        </message>
        <message>
            <source>%1 on chain %2 already belongs to token %3 in the database</source>
            <translation>체인 %2의 %1은(는) 이미 데이터베이스의 토큰 %3에 속합니다</translation>
        </message>
        <message>
            <source>%1 %2 is neither in the file nor in the database</source>
            <translation>%1 %2이(가) 파일에도 데이터베이스에도 없습니다</translation>
        </message>
        <message>
            <source>token</source>
            <translation>토큰</translation>
        </message>
        <message>
            <source>narrative</source>
            <translation>내러티브</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>열린 데이터베이스가 없습니다.</translation>
        </message>
        <message>
            <source>Cannot start writing to %1; is another program using it? %2</source>
            <translation>%1에 쓰기를 시작할 수 없습니다. 다른 프로그램이 사용 중인가요? %2</translation>
        </message>
        <message>
            <source>Import of %1 cancelled; nothing was written.</source>
            <translation>%1 가져오기가 취소되어 아무것도 쓰지 않았습니다.</translation>
        </message>
        <message>
            <source>Cannot save the import of %1: %2</source>
            <translation>%1 가져오기를 저장할 수 없습니다: %2</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1을(를) 열 수 없습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>seance::DatasetReader</name>
        <message>
            <source>%1: reading was cancelled.</source>
            <translation>%1: 읽기가 취소되었습니다.</translation>
        </message>
        <message>
            <source>expected an object, got %1</source>
            <translation>객체가 필요하지만 %1입니다</translation>
        </message>
        <message>
            <source>the file holds %1, not a dataset object</source>
            <translation>파일에 데이터셋 객체가 아닌 %1이(가) 있습니다</translation>
        </message>
        <message>
            <source>unknown member (allowed: format, version, tokens, narratives, events, posts, series, saved_views)</source>
            <translation>알 수 없는 멤버(허용: format, version, tokens, narratives, events, posts, series, saved_views)</translation>
        </message>
        <message>
            <source>appears twice</source>
            <translation>두 번 나옵니다</translation>
        </message>
        <message>
            <source>expected the string "%1", got %2</source>
            <translation>문자열 "%1"이(가) 필요하지만 %2입니다</translation>
        </message>
        <message>
            <source>%1 is not a Seance dataset (expected "%2")</source>
            <translation>%1은(는) Seance 데이터셋이 아닙니다("%2" 필요)</translation>
        </message>
        <message>
            <source>expected an integer, got %1</source>
            <translation>정수가 필요하지만 %1입니다</translation>
        </message>
        <message>
            <source>%1 is not supported; this version of Seance reads dataset version %2</source>
            <translation>%1은(는) 지원되지 않습니다. 이 버전의 Seance는 데이터셋 버전 %2을(를) 읽습니다</translation>
        </message>
        <message>
            <source>expected an array, got %1</source>
            <translation>배열이 필요하지만 %1입니다</translation>
        </message>
        <message>
            <source>the record holds more than %1 values</source>
            <translation>레코드의 값이 %1개를 넘습니다</translation>
        </message>
        <message>
            <source>nested deeper than %1 levels</source>
            <translation>%1단계보다 깊게 중첩되었습니다</translation>
        </message>
        <message>
            <source>the file holds an array, not a dataset object</source>
            <translation>파일에 데이터셋 객체가 아닌 배열이 있습니다</translation>
        </message>
        <message>
            <source>expected %1, got %2</source>
            <translation>%1이(가) 필요하지만 %2입니다</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>문자열</translation>
        </message>
        <message>
            <source>an integer</source>
            <translation>정수</translation>
        </message>
        <message>
            <source>expected an array, got an object</source>
            <translation>배열이 필요하지만 객체입니다</translation>
        </message>
        <message>
            <source>"format": "%1" and "version": %2 must come before the record arrays</source>
            <translation>"format": "%1"과 "version": %2는 레코드 배열보다 앞에 와야 합니다</translation>
        </message>
        <message>
            <source>expected an object, got an array</source>
            <translation>객체가 필요하지만 배열입니다</translation>
        </message>
        <message>
            <source>field %1 appears twice</source>
            <translation>필드 %1이(가) 두 번 나옵니다</translation>
        </message>
        <message>
            <source>required member is missing; this is not a Seance dataset</source>
            <translation>필수 멤버가 없습니다. Seance 데이터셋이 아닙니다</translation>
        </message>
        <message>
            <source>required member is missing</source>
            <translation>필수 멤버가 없습니다</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>파일을 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <source>a string is longer than %1 MiB (at byte %2); the format caps every string</source>
            <translation>문자열이 %1 MiB보다 깁니다(바이트 %2). 이 형식은 모든 문자열의 길이를 제한합니다</translation>
        </message>
        <message>
            <source>a number is longer than %1 characters (at byte %2)</source>
            <translation>숫자가 %1자보다 깁니다(바이트 %2)</translation>
        </message>
        <message>
            <source>text is not valid UTF-8 (at byte %1)</source>
            <translation>텍스트가 올바른 UTF-8이 아닙니다(바이트 %1)</translation>
        </message>
        <message>
            <source>invalid JSON at line %1, byte %2: %3</source>
            <translation>%1번째 줄 바이트 %2에 잘못된 JSON: %3</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>숫자</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true 또는 false</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>객체</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>배열</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>unknown field (allowed: %1)</source>
            <translation>알 수 없는 필드(허용: %1)</translation>
        </message>
        <message>
            <source>required field is missing</source>
            <translation>필수 필드가 없습니다</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>비어 있으면 안 됩니다</translation>
        </message>
        <message>
            <source>%1 is not one of %2</source>
            <translation>%1은(는) %2 중 하나가 아닙니다</translation>
        </message>
        <message>
            <source>an array of strings</source>
            <translation>문자열 배열</translation>
        </message>
        <message>
            <source>%1 is listed twice</source>
            <translation>%1이(가) 두 번 나열되었습니다</translation>
        </message>
        <message>
            <source>an array of {"label", "url"} objects</source>
            <translation>{"label", "url"} 객체의 배열</translation>
        </message>
        <message>
            <source>needs a label, a url or both</source>
            <translation>label, url 또는 둘 다 필요합니다</translation>
        </message>
        <message>
            <source>%1 milliseconds is outside the years 0000 to 9999</source>
            <translation>%1밀리초는 0000년에서 9999년 범위를 벗어납니다</translation>
        </message>
        <message>
            <source>expected a date string YYYY-MM-DD, got %1</source>
            <translation>YYYY-MM-DD 형식의 날짜 문자열이 필요하지만 %1입니다</translation>
        </message>
        <message>
            <source>expected an ISO 8601 string or integer milliseconds, got %1</source>
            <translation>ISO 8601 문자열이나 정수 밀리초가 필요하지만 %1입니다</translation>
        </message>
        <message>
            <source>%1 is not a date YYYY-MM-DD (use "time" for a date and time)</source>
            <translation>%1은(는) YYYY-MM-DD 날짜가 아닙니다(날짜와 시각은 "time"을 사용하세요)</translation>
        </message>
        <message>
            <source>%1 is not a valid date</source>
            <translation>%1은(는) 올바른 날짜가 아닙니다</translation>
        </message>
        <message>
            <source>%1 is not a valid ISO 8601 time</source>
            <translation>%1은(는) 올바른 ISO 8601 시각이 아닙니다</translation>
        </message>
        <message>
            <source>%1 is outside %2 to %3</source>
            <translation>%1은(는) %2~%3 범위를 벗어납니다</translation>
        </message>
        <message>
            <source>expected a decimal string such as "10000000000" (a JSON number would lose digits), got %1</source>
            <translation>"10000000000" 같은 십진수 문자열이 필요하지만(JSON 숫자는 자릿수를 잃습니다) %1입니다</translation>
        </message>
        <message>
            <source>%1 is not a decimal number</source>
            <translation>%1은(는) 십진수가 아닙니다</translation>
        </message>
        <message>
            <source>%1 is not a color #rrggbb</source>
            <translation>%1은(는) #rrggbb 색상이 아닙니다</translation>
        </message>
        <message>
            <source>give either date or time, not both</source>
            <translation>date와 time 중 하나만 지정하세요</translation>
        </message>
        <message>
            <source>required field is missing (give date or time)</source>
            <translation>필수 필드가 없습니다(date 또는 time을 지정하세요)</translation>
        </message>
        <message>
            <source>a post needs a token, a narrative or both</source>
            <translation>게시물에는 토큰, 내러티브 또는 둘 다가 필요합니다</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>음수이면 안 됩니다</translation>
        </message>
        <message>
            <source>is longer than %1 KiB</source>
            <translation>%1 KiB보다 깁니다</translation>
        </message>
        <message>
            <source>required when compound is given</source>
            <translation>compound가 있으면 필수입니다</translation>
        </message>
        <message>
            <source>required when pos, neu or neg is given</source>
            <translation>pos, neu 또는 neg가 있으면 필수입니다</translation>
        </message>
        <message>
            <source>an array of [time, value] pairs</source>
            <translation>[time, value] 쌍의 배열</translation>
        </message>
        <message>
            <source>expected a [time, value] pair, got %1</source>
            <translation>[time, value] 쌍이 필요하지만 %1입니다</translation>
        </message>
        <message>
            <source>expected a number, got %1</source>
            <translation>숫자가 필요하지만 %1입니다</translation>
        </message>
        <message>
            <source>time %1 is already given by points[%2]</source>
            <translation>시각 %1은(는) 이미 points[%2]에 있습니다</translation>
        </message>
        <message>
            <source>the first %1 bad records (reading stopped there):</source>
            <translation>처음 %1개의 잘못된 레코드(여기서 읽기를 중단함):</translation>
        </message>
        <message>
            <source>%1 problems:</source>
            <translation>문제 %1개:</translation>
        </message>
        <message>
            <source>expected %1, got %2 (%3)</source>
            <translation>%1이(가) 필요하지만 %2을(를) 받았습니다(%3)</translation>
        </message>
        <message>
            <source>expected a string, got %1 (%2)</source>
            <translation>문자열이 필요하지만 %1을(를) 받았습니다(%2)</translation>
        </message>
        <message>
            <source>must not be empty; leave it out instead</source>
            <translation>비어 있으면 안 됩니다. 대신 생략하세요</translation>
        </message>
        <message>
            <source>must start with the %1 given in "%2" (%3)</source>
            <translation>"%2"에 지정된 %1(으)로 시작해야 합니다(%3)</translation>
        </message>
    </context>
    <context>
        <name>seance::DatasetWriter</name>
        <message>
            <source>The saved view "%1" holds a state that is not a JSON object.</source>
            <translation>저장된 보기 "%1"의 상태가 JSON 객체가 아닙니다.</translation>
        </message>
        <message>
            <source>Cannot write the dataset: %1</source>
            <translation>데이터셋을 쓸 수 없습니다: %1</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>열린 데이터베이스가 없습니다.</translation>
        </message>
        <message>
            <source>The database holds text that is not valid UTF-8: %1</source>
            <translation>데이터베이스에 올바른 UTF-8이 아닌 텍스트가 있습니다: %1</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>내보내기가 취소되었습니다.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1을(를) 쓸 수 없습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>seance::DriverPostModel</name>
        <message>
            <source>unscored</source>
            <translation>점수 없음</translation>
        </message>
        <message>
            <source>The post's compound sentiment as stored, from −1 to +1</source>
            <translation>저장된 게시물의 compound 감성(−1에서 +1까지)</translation>
        </message>
        <message>
            <source>Date (UTC)</source>
            <translation>날짜(UTC)</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>참여도</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>점수</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>작성자</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>게시물</translation>
        </message>
    </context>
    <context>
        <name>seance::DriverTermModel</name>
        <message>
            <source>“%1”, written “%2” in a post of these ranges</source>
            <translation>“%1”, 이 범위의 게시물에서 “%2”(으)로 쓰임</translation>
        </message>
        <message>
            <source>%1 adds %2 to the mean sentiment after, against %3 before: an approximate share of the change</source>
            <translation>%1이(가) 평균 감성에 더하는 값: 이후 %2, 이전 %3. 변화에 대한 근사 기여분입니다</translation>
        </message>
        <message>
            <source>The lexicon entry, as “Why this score?” names it</source>
            <translation>“이 점수의 이유”에 표시되는 어휘 사전 항목</translation>
        </message>
        <message>
            <source>The term's approximate share of the change in mean sentiment: what it adds per post after, minus what it added before. Each post's score is split over its terms in proportion to their contributions, so the shares add up to the change, but the split is approximate: the score is not a plain sum of its terms.</source>
            <translation>평균 감성 변화에 대한 이 용어의 근사 기여분으로, 이후 게시물당 더하는 값에서 이전에 더한 값을 뺀 것입니다. 각 게시물의 점수를 용어별 기여에 비례해 나누므로 기여분의 합은 변화와 같지만, 점수는 용어의 단순 합이 아니므로 이 분할은 근사치입니다.</translation>
        </message>
        <message>
            <source>What the term adds to the mean sentiment of the range before (per scored post)</source>
            <translation>이전 범위의 평균 감성에 이 용어가 더하는 값(점수가 있는 게시물당)</translation>
        </message>
        <message>
            <source>What the term adds to the mean sentiment of the chosen range (per scored post)</source>
            <translation>선택한 범위의 평균 감성에 이 용어가 더하는 값(점수가 있는 게시물당)</translation>
        </message>
        <message>
            <source>Posts of the range before that contain the term</source>
            <translation>이 용어가 포함된 이전 범위의 게시물</translation>
        </message>
        <message>
            <source>Posts of the chosen range that contain the term</source>
            <translation>이 용어가 포함된 선택한 범위의 게시물</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>용어</translation>
        </message>
        <message>
            <source>Approx. share</source>
            <translation>근사 기여분</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>이전</translation>
        </message>
        <message>
            <source>After</source>
            <translation>이후</translation>
        </message>
        <message>
            <source>Posts before</source>
            <translation>이전 게시물</translation>
        </message>
        <message>
            <source>Posts after</source>
            <translation>이후 게시물</translation>
        </message>
    </context>
    <context>
        <name>seance::EditActions</name>
        <message>
            <source>New &amp;Token…</source>
            <translation>새 토큰(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Edit Token…</source>
            <translation>토큰 편집(&amp;E)…</translation>
        </message>
        <message>
            <source>Edit the token selected in the table</source>
            <translation>표에서 선택한 토큰 편집</translation>
        </message>
        <message>
            <source>Remove Token</source>
            <translation>토큰 제거</translation>
        </message>
        <message>
            <source>Remove the token selected in the table (undoable)</source>
            <translation>표에서 선택한 토큰 제거(실행 취소 가능)</translation>
        </message>
        <message>
            <source>New &amp;Narrative…</source>
            <translation>새 내러티브(&amp;N)…</translation>
        </message>
        <message>
            <source>Edit Narrati&amp;ve…</source>
            <translation>내러티브 편집(&amp;V)…</translation>
        </message>
        <message>
            <source>Edit Narrative</source>
            <translation>내러티브 편집</translation>
        </message>
        <message>
            <source>Remove Narrative…</source>
            <translation>내러티브 제거…</translation>
        </message>
        <message>
            <source>Remove Narrative</source>
            <translation>내러티브 제거</translation>
        </message>
        <message>
            <source>Edit Focused Event…</source>
            <translation>포커스된 이벤트 편집…</translation>
        </message>
        <message>
            <source>Edit the event focused in the chart or timeline (double-click an event to edit it)</source>
            <translation>차트나 타임라인에서 포커스된 이벤트 편집(이벤트를 더블클릭해도 편집할 수 있음)</translation>
        </message>
        <message>
            <source>Remove Focused Event</source>
            <translation>포커스된 이벤트 제거</translation>
        </message>
        <message>
            <source>Cannot remove the token</source>
            <translation>토큰을 제거할 수 없습니다</translation>
        </message>
        <message>
            <source>Cannot remove the narrative</source>
            <translation>내러티브를 제거할 수 없습니다</translation>
        </message>
        <message>
            <source>Cannot remove the event</source>
            <translation>이벤트를 제거할 수 없습니다</translation>
        </message>
        <message>
            <source>Narrative:</source>
            <translation>내러티브:</translation>
        </message>
        <message>
            <source>Cannot edit</source>
            <translation>편집할 수 없음</translation>
        </message>
        <message>
            <source>Ne&amp;w Event…</source>
            <translation>새 이벤트(&amp;W)…</translation>
        </message>
    </context>
    <context>
        <name>seance::EditCommand</name>
        <message>
            <source>Undo of %1 failed: %2</source>
            <translation>%1 실행 취소 실패: %2</translation>
        </message>
        <message>
            <source>Redo of %1 failed: %2</source>
            <translation>%1 다시 실행 실패: %2</translation>
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
            <translation>한 줄에 링크 하나씩 "레이블 | https://주소" 형식으로 입력하세요. http와 https 주소만 허용됩니다. 레이블이나 주소만 적어도 됩니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::EventEditDialog</name>
        <message>
            <source>New Event</source>
            <translation>새 이벤트</translation>
        </message>
        <message>
            <source>Edit Event</source>
            <translation>이벤트 편집</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>제목(&amp;T):</translation>
        </message>
        <message>
            <source>What happened, in one line, e.g. "Karpathy: summoning ghosts". Required.</source>
            <translation>무슨 일이 있었는지 한 줄로, 예: "Karpathy: summoning ghosts". 필수.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>&amp;Narrative:</source>
            <translation>내러티브(&amp;N):</translation>
        </message>
        <message>
            <source>The narrative whose timeline shows the event, if any.</source>
            <translation>이 이벤트를 타임라인에 표시하는 내러티브(있는 경우).</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>종류(&amp;K):</translation>
        </message>
        <message>
            <source>What sort of event it is: podcast, post, article, launch, … Free text.</source>
            <translation>이벤트의 종류: 팟캐스트, 게시물, 기사, 출시, … 자유 입력.</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>설정 안 됨</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>날짜(&amp;D):</translation>
        </message>
        <message>
            <source>When the event happened, in UTC. Required.</source>
            <translation>이벤트가 일어난 때(UTC). 필수.</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>설명(&amp;E):</translation>
        </message>
        <message>
            <source>What happened, shown as plain text.</source>
            <translation>무슨 일이 있었는지, 일반 텍스트로 표시됩니다.</translation>
        </message>
        <message>
            <source>T&amp;okens:</source>
            <translation>토큰(&amp;O):</translation>
        </message>
        <message>
            <source>Check the tokens that the event concerns.</source>
            <translation>이벤트와 관련된 토큰을 체크하세요.</translation>
        </message>
        <message>
            <source>Sou&amp;rces:</source>
            <translation>출처(&amp;R):</translation>
        </message>
        <message>
            <source>Where the event is documented.</source>
            <translation>이벤트가 기록된 곳.</translation>
        </message>
        <message>
            <source>label | https://…</source>
            <translation>레이블 | https://…</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <source>The title is required.</source>
            <translation>제목은 필수입니다.</translation>
        </message>
        <message>
            <source>The date is required.</source>
            <translation>날짜는 필수입니다.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>출처</translation>
        </message>
    </context>
    <context>
        <name>seance::EventImpactModel</name>
        <message>
            <source>Measured on the token %1: the event has no narrative</source>
            <translation>토큰 %1 기준으로 측정: 이벤트에 내러티브가 없습니다</translation>
        </message>
        <message>
            <source>%1 UTC. Before: days −%2 to −1; after: day 0 (the event's UTC day) to day +%3</source>
            <translation>%1 UTC. 이전: −%2일차부터 −1일차까지, 이후: 0일차(이벤트의 UTC 날짜)부터 +%3일차까지</translation>
        </message>
        <message>
            <source>Posts over %1 d</source>
            <translation>%1일간 게시물</translation>
        </message>
        <message>
            <source>%1: after minus before</source>
            <translation>%1: 이후 빼기 이전</translation>
        </message>
        <message>
            <source>%1 over %2 d</source>
            <translation>%2일간 %1</translation>
        </message>
        <message>
            <source>Date (UTC)</source>
            <translation>날짜(UTC)</translation>
        </message>
        <message>
            <source>Narrative</source>
            <translation>내러티브</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>이벤트</translation>
        </message>
        <message>
            <source>Before (%1 d)</source>
            <translation>이전(%1일)</translation>
        </message>
        <message>
            <source>After (%1 d)</source>
            <translation>이후(%1일)</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>변화</translation>
        </message>
        <message>
            <source>Posts before</source>
            <translation>이전 게시물</translation>
        </message>
        <message>
            <source>Posts after</source>
            <translation>이후 게시물</translation>
        </message>
        <message>
            <source>The price of %1</source>
            <translation>%1의 가격</translation>
        </message>
        <message>
            <source>How the price of the event's token moved over the %1 days up to the event</source>
            <translation>이벤트 전 %1일 동안 이벤트 토큰의 가격 변동</translation>
        </message>
        <message>
            <source>How the price of the event's token moved over the %1 days after the event</source>
            <translation>이벤트 후 %1일 동안 이벤트 토큰의 가격 변동</translation>
        </message>
        <message>
            <source>Price before (%1 d)</source>
            <translation>이전 가격(%1일)</translation>
        </message>
        <message>
            <source>Price after (%1 d)</source>
            <translation>이후 가격(%1일)</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>토큰</translation>
        </message>
    </context>
    <context>
        <name>seance::EventKind</name>
        <message>
            <source>Add event “%1”</source>
            <translation>이벤트 “%1” 추가</translation>
        </message>
        <message>
            <source>Edit event “%1”</source>
            <translation>이벤트 “%1” 편집</translation>
        </message>
        <message>
            <source>Remove event “%1”</source>
            <translation>이벤트 “%1” 제거</translation>
        </message>
        <message>
            <source>There is already an event "%1".</source>
            <translation>이벤트 "%1"이(가) 이미 있습니다.</translation>
        </message>
        <message>
            <source>There is no event "%1".</source>
            <translation>이벤트 "%1"이(가) 없습니다.</translation>
        </message>
        <message>
            <source>There is no narrative "%1".</source>
            <translation>내러티브 "%1"이(가) 없습니다.</translation>
        </message>
        <message>
            <source>There is no token "%1".</source>
            <translation>토큰 "%1"이(가) 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::EventStore</name>
        <message>
            <source>There is no event "%1".</source>
            <translation>이벤트 "%1"이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Event "%1" has a sources column that is not a JSON array.</source>
            <translation>이벤트 "%1"의 sources 열이 JSON 배열이 아닙니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::ExportChartDialog</name>
        <message>
            <source>%1 — slide, Full HD</source>
            <translation>%1 — 슬라이드, Full HD</translation>
        </message>
        <message>
            <source>%1 — slide, HD</source>
            <translation>%1 — 슬라이드, HD</translation>
        </message>
        <message>
            <source>%1 — square post</source>
            <translation>%1 — 정사각형 게시물</translation>
        </message>
        <message>
            <source>%1 — link preview</source>
            <translation>%1 — 링크 미리보기</translation>
        </message>
        <message>
            <source>Event &amp;markers</source>
            <translation>이벤트 표시(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Legend</source>
            <translation>범례(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Transparent background</source>
            <translation>투명 배경(&amp;T)</translation>
        </message>
        <message>
            <source>Export Chart</source>
            <translation>차트 내보내기</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG 이미지</translation>
        </message>
        <message>
            <source>SVG vector drawing</source>
            <translation>SVG 벡터 그림</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>사용자 지정</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>1× (as laid out)</source>
            <translation>1×(배치된 그대로)</translation>
        </message>
        <message>
            <source>2× (sharp on high-density screens)</source>
            <translation>2×(고밀도 화면에서 선명)</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>형식(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Size:</source>
            <translation>크기(&amp;S):</translation>
        </message>
        <message>
            <source>S&amp;cale:</source>
            <translation>배율(&amp;C):</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>테마(&amp;H):</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>제목(&amp;I):</translation>
        </message>
        <message>
            <source>Ca&amp;ption:</source>
            <translation>캡션(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>내보내기(&amp;E)…</translation>
        </message>
        <message>
            <source>Cannot draw the chart:
%1</source>
            <translation>차트를 그릴 수 없습니다:
%1</translation>
        </message>
        <message>
            <source>± standard error &amp;band</source>
            <translation>± 표준 오차 밴드(&amp;B)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>없음</translation>
        </message>
        <message numerus="yes">
            <source>%n-day moving average</source>
            <translation>
                <numerusform>%n일 이동 평균</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n-day EMA</source>
            <translation>
                <numerusform>%n일 EMA</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>As View › Smoothing: days are pooled by their posts. Points resting on fewer than %n posts are drawn faded.</source>
            <translation>
                <numerusform>보기 › 스무딩과 같습니다: 여러 날은 게시물을 합쳐 계산합니다. 게시물이 %n개 미만인 포인트는 흐리게 그립니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>The standard error of the smoothed line, from the spread of the days in its window</source>
            <translation>기간 내 날짜들의 편차로 구한, 스무딩된 선의 표준 오차</translation>
        </message>
        <message>
            <source>Sm&amp;oothing:</source>
            <translation>스무딩(&amp;O):</translation>
        </message>
        <message>
            <source>S&amp;ubtitle:</source>
            <translation>부제(&amp;U):</translation>
        </message>
    </context>
    <context>
        <name>seance::FetchMarketDialog</name>
        <message>
            <source>Offer the coin's links, categories, contract and supply for the token</source>
            <translation>토큰에 코인의 링크, 카테고리, 컨트랙트, 공급량 정보 제안</translation>
        </message>
        <message>
            <source>Fetch Market Data</source>
            <translation>시장 데이터 가져오기</translation>
        </message>
        <message>
            <source>Daily price, market cap and volume in USD for %1, from CoinGecko's public API.</source>
            <translation>CoinGecko 공개 API에서 받은 %1의 USD 기준 일별 가격, 시가총액, 거래량입니다.</translation>
        </message>
        <message>
            <source>e.g. dogecoin</source>
            <translation>예: dogecoin</translation>
        </message>
        <message>
            <source>The last part of the coin's page address on coingecko.com.</source>
            <translation>coingecko.com의 코인 페이지 주소 마지막 부분입니다.</translation>
        </message>
        <message>
            <source>CoinGecko &amp;id:</source>
            <translation>CoinGecko id(&amp;I):</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 일</translation>
        </message>
        <message>
            <source>The free API gives at most %1 days; a longer history needs a paid plan. For the full history, download the CSV on the coin's page and use File › Import….</source>
            <translation>무료 API는 최대 %1일까지만 제공합니다. 더 긴 기록은 유료 요금제가 필요합니다. 전체 기록은 코인 페이지에서 CSV를 다운로드한 뒤 파일 › 가져오기…를 사용하세요.</translation>
        </message>
        <message>
            <source>&amp;History:</source>
            <translation>기록 기간(&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Fetch</source>
            <translation>가져오기(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>seance::FieldSyntax</name>
        <message>
            <source>Line %1: “%2” is not an http or https address.</source>
            <translation>%1번째 줄: “%2”은(는) http 또는 https 주소가 아닙니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::ImpactPane</name>
        <message>
            <source> days</source>
            <translation> 일</translation>
        </message>
        <message>
            <source>Compare the metric over this many days before each event with the event's day and the days after it (UTC days)</source>
            <translation>각 이벤트 전 이만큼의 일수 동안의 지표를 이벤트 당일 및 이후 일수와 비교합니다(UTC 일)</translation>
        </message>
        <message>
            <source>Days before and after:</source>
            <translation>전후 일수:</translation>
        </message>
        <message>
            <source>No events in this workspace. Add one with Edit › New Event, or import a dataset.</source>
            <translation>이 워크스페이스에 이벤트가 없습니다. 편집 › 새 이벤트로 추가하거나 데이터셋을 가져오세요.</translation>
        </message>
        <message>
            <source>Measure on:</source>
            <translation>측정 대상:</translation>
        </message>
        <message>
            <source>Choose Tokens…</source>
            <translation>토큰 선택…</translation>
        </message>
        <message>
            <source>Tokens: %1</source>
            <translation>토큰: %1</translation>
        </message>
        <message>
            <source>No tokens in this workspace</source>
            <translation>이 워크스페이스에 토큰이 없습니다</translation>
        </message>
        <message>
            <source>The event impacts could not be computed: %1</source>
            <translation>이벤트 영향을 계산할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Each event's narrative</source>
            <translation>각 이벤트의 내러티브</translation>
        </message>
        <message>
            <source>Selected tokens</source>
            <translation>선택한 토큰</translation>
        </message>
        <message>
            <source>Chosen tokens</source>
            <translation>지정한 토큰</translation>
        </message>
        <message>
            <source>Whose posts each event is measured on: the event's own narrative, the tokens selected in the token table, or tokens you choose here (one row per event and token)</source>
            <translation>각 이벤트를 측정할 게시물: 이벤트 자체의 내러티브, 토큰 표에서 선택한 토큰, 또는 여기서 지정한 토큰(이벤트와 토큰마다 한 행)</translation>
        </message>
        <message>
            <source>Choose the tokens every event is measured on</source>
            <translation>모든 이벤트를 측정할 토큰을 지정합니다</translation>
        </message>
        <message>
            <source>Select one or more tokens in the token table: every event is then measured on each of them.</source>
            <translation>토큰 표에서 토큰을 하나 이상 선택하세요. 그러면 모든 이벤트를 각 토큰에 대해 측정합니다.</translation>
        </message>
        <message>
            <source>Choose tokens with the button above: every event is then measured on each of them.</source>
            <translation>위 버튼으로 토큰을 지정하세요. 그러면 모든 이벤트를 각 토큰에 대해 측정합니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::ImportFileKind</name>
        <message>
            <source>%1: a Seance file is a dataset (.json) or posts (.jsonl, .ndjson, .csv)</source>
            <translation>%1: Seance 파일은 데이터 세트(.json) 또는 게시물(.jsonl, .ndjson, .csv)입니다</translation>
        </message>
        <message>
            <source>unknown format "%1": expected auto, seance, telegram, reddit, x or discord</source>
            <translation>알 수 없는 형식 "%1": auto, seance, telegram, reddit, x 또는 discord 중 하나여야 합니다</translation>
        </message>
        <message>
            <source>%1
Nor is it a Seance dataset (.json with "format": "seance-dataset") or Seance posts (.jsonl or .csv with a token or narrative field).</source>
            <translation>%1
Seance 데이터 세트("format": "seance-dataset"이 있는 .json)나 Seance 게시물(token 또는 narrative 필드가 있는 .jsonl 또는 .csv)도 아닙니다.</translation>
        </message>
        <message>
            <source>Seance dataset</source>
            <translation>Seance 데이터 세트</translation>
        </message>
        <message>
            <source>Seance posts</source>
            <translation>Seance 게시물</translation>
        </message>
    </context>
    <context>
        <name>seance::ImportPreviewPage</name>
        <message>
            <source>Preview</source>
            <translation>미리 보기</translation>
        </message>
        <message numerus="yes">
            <source>The first %n posts, where each would go and its score.</source>
            <translation>
                <numerusform>처음 게시물 %n개와 각 게시물이 들어갈 위치 및 점수입니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seance::ImportRoutingPage</name>
        <message>
            <source>Keep posts that name nothing under</source>
            <translation>아무것도 언급하지 않은 게시물 보관 위치:</translation>
        </message>
        <message>
            <source>Where the posts go</source>
            <translation>게시물이 들어갈 위치</translation>
        </message>
        <message>
            <source>By default each post goes to every token it names (a $CASHTAG, the symbol, the name or an alias) and every narrative whose keywords it contains.</source>
            <translation>기본적으로 각 게시물은 언급한 모든 토큰($CASHTAG, 심볼, 이름 또는 별칭)과 키워드가 포함된 모든 내러티브에 들어갑니다.</translation>
        </message>
        <message>
            <source>By what each post &amp;mentions</source>
            <translation>각 게시물이 언급한 대상 기준(&amp;M)</translation>
        </message>
        <message>
            <source>Every post to the &amp;token</source>
            <translation>모든 게시물을 토큰에(&amp;T)</translation>
        </message>
        <message>
            <source>A name several tokens share is credited to none of them unless the post, its chat or subreddit, the file's name or your choice below decides.</source>
            <translation>여러 토큰이 공유하는 이름은 게시물, 해당 채팅방이나 서브레딧, 파일 이름 또는 아래 선택으로 결정되지 않으면 어느 토큰에도 반영되지 않습니다.</translation>
        </message>
        <message>
            <source>For the export of one token's own community</source>
            <translation>한 토큰의 자체 커뮤니티를 내보낸 파일용</translation>
        </message>
        <message>
            <source>Names several tokens share</source>
            <translation>여러 토큰이 공유하는 이름</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>대상</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>게시물</translation>
        </message>
        <message>
            <source>credit none of them</source>
            <translation>어디에도 반영 안 함</translation>
        </message>
        <message>
            <source>%1 (undecided in %2):</source>
            <translation>%1(%2에서 미결정):</translation>
        </message>
        <message>
            <source>None in this file, or the chats and posts decide them all.</source>
            <translation>이 파일에는 없거나, 채팅방과 게시물로 모두 결정됩니다.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>세는 중…</translation>
        </message>
        <message>
            <source>%1 of %2 posts will be imported. Unmatched: %3 (%4 %). Ambiguous: %5 (%6 %).</source>
            <translation>게시물 %2개 중 %1개를 가져옵니다. 일치 없음: %3개(%4 %). 모호함: %5개(%6 %).</translation>
        </message>
        <message>
            <source>Every post to the na&amp;rrative</source>
            <translation>모든 게시물을 내러티브에(&amp;R)</translation>
        </message>
        <message>
            <source>No post names a token or narrative of this workspace: send every post to one above, or keep them under a narrative.</source>
            <translation>이 워크스페이스의 토큰이나 내러티브를 언급한 게시물이 없습니다: 위에서 모든 게시물을 하나의 대상에 보내거나, 내러티브 아래에 보관하세요.</translation>
        </message>
        <message>
            <source>This workspace has no tokens or narratives for the posts to go to: add a token (Edit › New Token…) or import a dataset that has them first.</source>
            <translation>이 워크스페이스에는 게시물이 들어갈 토큰이나 내러티브가 없습니다: 먼저 토큰을 추가하거나(편집 › 새 토큰…) 토큰이 있는 데이터셋을 가져오세요.</translation>
        </message>
    </context>
    <context>
        <name>seance::ImportRunPage</name>
        <message>
            <source>Cancel Import</source>
            <translation>가져오기 취소</translation>
        </message>
        <message>
            <source>Show in Chart</source>
            <translation>차트에 표시</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>가져오기</translation>
        </message>
        <message>
            <source>The posts are written in one transaction: if anything goes wrong, or you cancel, the workspace stays as it was.</source>
            <translation>게시물은 하나의 트랜잭션으로 기록됩니다. 문제가 생기거나 취소하면 작업 공간은 그대로 유지됩니다.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>가져오기(&amp;I)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>대상</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>게시물</translation>
        </message>
        <message>
            <source>Select the tokens that got posts and frame their time span</source>
            <translation>게시물을 받은 토큰을 선택하고 해당 기간에 맞춰 표시</translation>
        </message>
        <message>
            <source>Stop and write nothing</source>
            <translation>중지하고 아무것도 기록하지 않기</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>가져오는 중…</translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was written; the workspace is unchanged.</source>
            <translation>가져오기를 취소했습니다. 아무것도 기록하지 않았으며 작업 공간은 변경되지 않았습니다.</translation>
        </message>
        <message>
            <source>Nothing was imported; the workspace is unchanged.

%1</source>
            <translation>아무것도 가져오지 않았습니다. 작업 공간은 변경되지 않았습니다.

%1</translation>
        </message>
        <message>
            <source>Imported %1 posts.</source>
            <translation>게시물 %1개를 가져왔습니다.</translation>
        </message>
        <message>
            <source>Duplicates skipped (already in the workspace): %1</source>
            <translation>건너뛴 중복 항목(이미 작업 공간에 있음): %1</translation>
        </message>
        <message>
            <source>Posts about more than one subject (stored once, counted in each): %1</source>
            <translation>둘 이상의 대상에 관한 게시물(한 번 저장, 각각에 집계): %1</translation>
        </message>
        <message>
            <source>Ambiguous names nothing decided (not credited): %1</source>
            <translation>결정되지 않은 모호한 이름(반영 안 됨): %1</translation>
        </message>
        <message>
            <source>Unmatched (named nothing): %1%2</source>
            <translation>일치 없음(아무것도 언급하지 않음): %1%2</translation>
        </message>
        <message>
            <source>, %1 kept</source>
            <translation>, %1개 보관</translation>
        </message>
        <message>
            <source>Skipped: %1 service, %2 deleted, %3 without text, %4 from bots</source>
            <translation>건너뜀: 서비스 %1개, 삭제됨 %2개, 텍스트 없음 %3개, 봇 %4개</translation>
        </message>
        <message>
            <source>Unscored (a script the lexicon does not cover): %1</source>
            <translation>점수 없음(어휘 사전이 지원하지 않는 문자): %1</translation>
        </message>
        <message>
            <source>Repaired: %1 invalid escapes, %2 repeated keys</source>
            <translation>복구됨: 잘못된 이스케이프 %1개, 중복 키 %2개</translation>
        </message>
        <message>
            <source>Time zone: %1 posts give only the exporting machine's local time and were read as UTC.</source>
            <translation>시간대: 게시물 %1개는 내보낸 컴퓨터의 현지 시간만 제공하므로 UTC로 읽었습니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::ImportSourcePage</name>
        <message>
            <source>What the file holds</source>
            <translation>파일 내용</translation>
        </message>
        <message>
            <source>Seance reads the whole file once to find its source, its time span and where its posts go. Nothing is written yet.</source>
            <translation>Seance는 파일 전체를 한 번 읽어 출처, 기간, 게시물이 들어갈 위치를 파악합니다. 아직 아무것도 기록하지 않습니다.</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 읽는 중…</translation>
        </message>
        <message>
            <source>This file cannot be imported. Nothing was written; the workspace is unchanged.

%1</source>
            <translation>이 파일은 가져올 수 없습니다. 아무것도 기록하지 않았으며 작업 공간은 변경되지 않았습니다.

%1</translation>
        </message>
        <message>
            <source>Detected format: %1.</source>
            <translation>감지된 형식: %1.</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>파일:</translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> 외 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>출처:</translation>
        </message>
        <message>
            <source>not named in the file</source>
            <translation>파일에 이름이 없음</translation>
        </message>
        <message>
            <source>Time span:</source>
            <translation>기간:</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 ~ %2</translation>
        </message>
        <message>
            <source>no posts</source>
            <translation>게시물 없음</translation>
        </message>
        <message>
            <source>Posts:</source>
            <translation>게시물:</translation>
        </message>
        <message>
            <source>Skipped:</source>
            <translation>건너뜀:</translation>
        </message>
        <message>
            <source>%1 service messages, %2 deleted, %3 without text, %4 from bots</source>
            <translation>서비스 메시지 %1개, 삭제됨 %2개, 텍스트 없음 %3개, 봇 %4개</translation>
        </message>
        <message>
            <source>Repaired:</source>
            <translation>복구됨:</translation>
        </message>
        <message>
            <source>%1 invalid escapes, %2 repeated keys</source>
            <translation>잘못된 이스케이프 %1개, 중복 키 %2개</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>시간대:</translation>
        </message>
        <message>
            <source>%1 posts give only the exporting machine's local time; they are read as UTC.</source>
            <translation>게시물 %1개는 내보낸 컴퓨터의 현지 시간만 제공하므로 UTC로 읽습니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::ImportWizard</name>
        <message>
            <source>Import %1</source>
            <translation>%1 가져오기</translation>
        </message>
    </context>
    <context>
        <name>seance::KeyboardMouseHelpDialog</name>
        <message>
            <source>Keyboard and Mouse</source>
            <translation>키보드와 마우스</translation>
        </message>
        <message>
            <source>Key or gesture</source>
            <translation>키 또는 동작</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>기능</translation>
        </message>
        <message>
            <source>Presentation mode and other keys</source>
            <translation>프레젠테이션 모드 및 기타 키</translation>
        </message>
        <message>
            <source> or </source>
            <translation> 또는 </translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>차트</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>타임라인</translation>
        </message>
    </context>
    <context>
        <name>seance::Language</name>
        <message>
            <source>System</source>
            <translation>시스템</translation>
        </message>
    </context>
    <context>
        <name>seance::LanguageBuckets</name>
        <message>
            <source>Cannot read the posts of one language: %1</source>
            <translation>한 언어의 게시물을 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Cannot filter posts by language on this connection.</source>
            <translation>이 연결에서는 언어별로 게시물을 필터링할 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>언어(&amp;L)</translation>
        </message>
        <message>
            <source>Follow the system's language (LANG); English when it is neither Korean nor Japanese</source>
            <translation>시스템 언어(LANG)를 따릅니다. 한국어나 일본어가 아니면 영어로 표시합니다</translation>
        </message>
    </context>
    <context>
        <name>seance::LeadLagPane</name>
        <message>
            <source>Select one token to see how its daily sentiment and its price returns correlate.</source>
            <translation>토큰을 하나 선택하면 일별 감성과 가격 수익률의 상관관계를 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>No workspace is open.</source>
            <translation>열린 작업 공간이 없습니다.</translation>
        </message>
        <message>
            <source>%1 has no price series. Import a CoinGecko or CoinMarketCap download (File › Import…) or use Token › Fetch Market Data….</source>
            <translation>%1에 가격 시계열이 없습니다. CoinGecko 또는 CoinMarketCap 다운로드를 가져오거나(파일 › 가져오기…) 토큰 › 시장 데이터 가져오기…를 사용하세요.</translation>
        </message>
        <message>
            <source>Correlation of %1's daily mean sentiment with its price return k days later (n = %2 day pairs at k = 0). A correlation, not a forecast.</source>
            <translation>%1의 일별 평균 감성과 k일 후 가격 수익률 간의 상관관계입니다(k = 0에서 n = %2 일 쌍). 예측이 아닌 상관관계입니다.</translation>
        </message>
        <message>
            <source>⚠ The sentiment and the price barely overlap: %1 shared days of %2 with posts and %3 with returns.</source>
            <translation>⚠ 감성과 가격이 거의 겹치지 않습니다: 게시물이 있는 %2일과 수익률이 있는 %3일 중 공통 일수 %1일.</translation>
        </message>
        <message>
            <source>⚠ Fewer than %1 day pairs at some lags: read those bars as noise.</source>
            <translation>⚠ 일부 시차에서 일 쌍이 %1개 미만입니다. 해당 막대는 노이즈로 보세요.</translation>
        </message>
        <message>
            <source>← earlier returns</source>
            <translation>← 이전 수익률</translation>
        </message>
        <message>
            <source>later returns →</source>
            <translation>이후 수익률 →</translation>
        </message>
        <message>
            <source>the same day's price return</source>
            <translation>당일 가격 수익률</translation>
        </message>
        <message>
            <source>the price return %1 days later</source>
            <translation>%1일 후 가격 수익률</translation>
        </message>
        <message>
            <source>the price return %1 days earlier</source>
            <translation>%1일 전 가격 수익률</translation>
        </message>
        <message>
            <source>Lag %1: correlation %2 between a day's sentiment and %3 (n = %4 day pairs)</source>
            <translation>시차 %1: 하루의 감성과 %3 간 상관관계 %2(n = %4 일 쌍)</translation>
        </message>
    </context>
    <context>
        <name>seance::Lexicon</name>
        <message>
            <source>the file could not be read</source>
            <translation>파일을 읽을 수 없습니다</translation>
        </message>
        <message>
            <source>the line is longer than 64 KiB</source>
            <translation>줄이 64 KiB보다 깁니다</translation>
        </message>
        <message>
            <source>expected a term and a valence separated by a tab</source>
            <translation>용어와 감성값이 탭으로 구분되어야 합니다</translation>
        </message>
        <message>
            <source>the term is empty</source>
            <translation>용어가 비어 있습니다</translation>
        </message>
        <message>
            <source>the term “%1” has no word, emoji or emoticon to match</source>
            <translation>용어 “%1”에 일치시킬 단어, 이모지 또는 이모티콘이 없습니다</translation>
        </message>
        <message>
            <source>the phrase “%1” has more than %2 words</source>
            <translation>구 “%1”은(는) %2단어를 넘습니다</translation>
        </message>
        <message>
            <source>expected a term, a mean valence and a standard deviation separated by tabs (VADER format), found %1 field(s)</source>
            <translation>용어, 평균 감성값, 표준 편차가 탭으로 구분되어야 하지만(VADER 형식) 필드가 %1개입니다</translation>
        </message>
        <message>
            <source>the mean valence “%1” is not a number</source>
            <translation>평균 감성값 “%1”은(는) 숫자가 아닙니다</translation>
        </message>
        <message>
            <source>the mean valence %1 is outside −4..+4</source>
            <translation>평균 감성값 %1은(는) −4..+4 범위를 벗어납니다</translation>
        </message>
        <message>
            <source>the standard deviation “%1” is not a non-negative number</source>
            <translation>표준 편차 “%1”은(는) 음이 아닌 숫자가 아닙니다</translation>
        </message>
        <message>
            <source>expected a term and a whole-number valence separated by a tab (AFINN format), found %1 fields</source>
            <translation>용어와 정수 감성값이 탭으로 구분되어야 하지만(AFINN 형식) 필드가 %1개입니다</translation>
        </message>
        <message>
            <source>the valence “%1” is not a whole number from −5 to +5 (AFINN format)</source>
            <translation>감성값 “%1”은(는) −5에서 +5 사이의 정수가 아닙니다(AFINN 형식)</translation>
        </message>
        <message>
            <source>expected a term and a valence separated by one tab, found %1 fields</source>
            <translation>용어와 감성값이 탭 하나로 구분되어야 하지만 필드가 %1개입니다</translation>
        </message>
        <message>
            <source>the valence “%1” is not a number</source>
            <translation>감성값 “%1”은(는) 숫자가 아닙니다</translation>
        </message>
        <message>
            <source>the valence %1 is outside −4..+4</source>
            <translation>감성값 %1은(는) −4..+4 범위를 벗어납니다</translation>
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
            <translation>%1바이트보다 긴 줄</translation>
        </message>
    </context>
    <context>
        <name>seance::MainWindow</name>
        <message>
            <source>SAMPLE DATA</source>
            <translation>샘플 데이터</translation>
        </message>
        <message>
            <source>The posts in this workspace were generated by Seance's deterministic sample generator. They are not real social-media data.</source>
            <translation>이 워크스페이스의 게시물은 Seance의 결정적 샘플 생성기로 만든 것입니다. 실제 소셜 미디어 데이터가 아닙니다.</translation>
        </message>
        <message>
            <source>Cannot open workspace</source>
            <translation>워크스페이스를 열 수 없음</translation>
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
            <translation>열린 워크스페이스 없음</translation>
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation>워크스페이스: %1</translation>
        </message>
        <message>
            <source>Compare Narratives</source>
            <translation>내러티브 비교</translation>
        </message>
        <message>
            <source>Event Impact</source>
            <translation>이벤트 영향</translation>
        </message>
        <message>
            <source>The event impacts could not be computed: %1</source>
            <translation>이벤트 영향을 계산할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Undo failed</source>
            <translation>실행 취소 실패</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>가져오기(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export Dataset…</source>
            <translation>데이터셋 내보내기(&amp;E)…</translation>
        </message>
        <message>
            <source>Write the whole workspace as a Seance dataset JSON file</source>
            <translation>워크스페이스 전체를 Seance 데이터셋 JSON 파일로 쓰기</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>실행 취소(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>다시 실행(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Seance</source>
            <translation>Seance 정보(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Qt 정보(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>Show &amp;All Data</source>
            <translation>전체 데이터 보기(&amp;A)</translation>
        </message>
        <message>
            <source>Times in &amp;UTC</source>
            <translation>UTC 시각(&amp;U)</translation>
        </message>
        <message>
            <source>Show post times in UTC instead of local time (buckets are always UTC days)</source>
            <translation>게시물 시각을 현지 시각 대신 UTC로 표시(버킷은 항상 UTC 날짜)</translation>
        </message>
        <message>
            <source>&amp;Reset Layout</source>
            <translation>레이아웃 초기화(&amp;R)</translation>
        </message>
        <message>
            <source>About Seance</source>
            <translation>Seance 정보</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Seance %1&lt;/h3&gt;&lt;p&gt;A desktop explorer for meme-token narratives and the sentiment of the posts about them.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Seance %1&lt;/h3&gt;&lt;p&gt;밈 토큰 내러티브와 그에 관한 게시물의 감성을 탐색하는 데스크톱 도구입니다.&lt;/p&gt;&lt;p&gt;GNU 일반 공중 사용 허가서 버전 3 이상에 따라 배포됩니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>토큰 목록</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>토큰 정보</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>게시물</translation>
        </message>
        <message>
            <source>&amp;Keyboard and Mouse…</source>
            <translation>키보드와 마우스(&amp;K)…</translation>
        </message>
        <message>
            <source>&amp;Metric</source>
            <translation>지표(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Hourly</source>
            <translation>시간별(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Daily</source>
            <translation>일별(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Weekly</source>
            <translation>주별(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Granularity</source>
            <translation>단위(&amp;G)</translation>
        </message>
        <message>
            <source>Language &amp;Filter</source>
            <translation>언어 필터(&amp;F)</translation>
        </message>
        <message>
            <source>What Drove This</source>
            <translation>변동 원인</translation>
        </message>
        <message>
            <source>What Drove This Move?</source>
            <translation>이 변동의 원인은?</translation>
        </message>
        <message>
            <source>List the terms and posts behind the change in sentiment of the visible range</source>
            <translation>표시 범위의 감성 변화를 이끈 용어와 게시물을 나열합니다</translation>
        </message>
        <message>
            <source>&amp;None</source>
            <translation>없음(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Moving Average</source>
            <translation>이동 평균(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Exponential Moving Average (EMA)</source>
            <translation>지수 이동 평균(EMA)(&amp;E)</translation>
        </message>
        <message>
            <source>Smooth the chart's lines, its exports and the comparison. Days are pooled by their posts: a 7-day average of the mean is the mean of the week's posts.</source>
            <translation>차트의 선, 내보내기, 비교를 스무딩합니다. 여러 날은 게시물을 합쳐 계산합니다: 평균의 7일 평균은 그 주 게시물의 평균입니다.</translation>
        </message>
        <message numerus="yes">
            <source>%n-day window</source>
            <translation>
                <numerusform>%n일 기간</numerusform>
            </translation>
        </message>
        <message>
            <source>N: the moving average's window, or the EMA's span (a day of age weighs 1 − 2/(N+1) less)</source>
            <translation>N: 이동 평균의 기간 또는 EMA의 스팬(하루 오래될수록 가중치가 1 − 2/(N+1)배가 됨)</translation>
        </message>
        <message>
            <source>Standard Error &amp;Band</source>
            <translation>표준 오차 밴드(&amp;B)</translation>
        </message>
        <message>
            <source>A band of ± one standard error around the smoothed line, from the spread of the days in its window; it needs smoothing and two days with posts.</source>
            <translation>스무딩된 선 주위에 ± 표준 오차 1만큼의 밴드를 그립니다. 기간 내 날짜들의 편차로 구하며, 스무딩과 게시물이 있는 날이 이틀 이상 필요합니다.</translation>
        </message>
        <message>
            <source>&amp;Fade Points With Few Posts</source>
            <translation>게시물이 적은 포인트 흐리게(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Off</source>
            <translation>끄기(&amp;O)</translation>
        </message>
        <message numerus="yes">
            <source>Under %n posts</source>
            <translation>
                <numerusform>게시물 %n개 미만</numerusform>
            </translation>
        </message>
        <message>
            <source>A point resting on fewer posts is drawn faded, not hidden: its value is there, but too few posts stand behind it. With smoothing, the posts of the N days up to the point count.</source>
            <translation>이보다 게시물이 적은 포인트는 숨기지 않고 흐리게 그립니다: 값은 있지만 뒷받침하는 게시물이 너무 적습니다. 스무딩을 사용하면 해당 포인트까지 N일간의 게시물을 셉니다.</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>가져올 수 없음</translation>
        </message>
        <message>
            <source>Add a Telegram, Reddit, X or Discord export, posts (JSON Lines or CSV), prices (CoinGecko or CoinMarketCap CSV) or a Seance dataset to the workspace</source>
            <translation>Telegram·Reddit·X·Discord 내보내기, 게시물(JSON Lines 또는 CSV), 가격(CoinGecko 또는 CoinMarketCap CSV)이나 Seance 데이터셋을 워크스페이스에 추가</translation>
        </message>
        <message>
            <source>&amp;Smoothing</source>
            <translation>스무딩(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>seance::MarketActions</name>
        <message>
            <source>&amp;Token</source>
            <translation>토큰(&amp;T)</translation>
        </message>
        <message>
            <source>Fetch &amp;Market Data…</source>
            <translation>시장 데이터 가져오기(&amp;M)…</translation>
        </message>
        <message>
            <source>Fetch the selected token's price, market cap and volume from CoinGecko</source>
            <translation>선택한 토큰의 가격, 시가총액, 거래량을 CoinGecko에서 가져오기</translation>
        </message>
        <message>
            <source>CoinGecko API &amp;Key…</source>
            <translation>CoinGecko API 키(&amp;K)…</translation>
        </message>
        <message>
            <source>An optional free demo key; kept in Seance's settings, never in a workspace or an export</source>
            <translation>선택 사항인 무료 데모 키입니다. 작업 공간이나 내보내기가 아닌 Seance 설정에만 보관됩니다</translation>
        </message>
        <message>
            <source>Sentiment and Price: Lead/Lag</source>
            <translation>감성과 가격: 선행/후행</translation>
        </message>
        <message>
            <source>Sentiment and Price &amp;Lead/Lag</source>
            <translation>감성과 가격 선행/후행(&amp;L)</translation>
        </message>
        <message>
            <source>How the selected token's daily sentiment correlates with its price returns days before and after</source>
            <translation>선택한 토큰의 일별 감성이 며칠 전후의 가격 수익률과 어떻게 상관되는지 표시</translation>
        </message>
        <message>
            <source>Fetch Market Data</source>
            <translation>시장 데이터 가져오기</translation>
        </message>
        <message>
            <source>The workspace has no tokens yet. Add one first.</source>
            <translation>작업 공간에 아직 토큰이 없습니다. 먼저 토큰을 추가하세요.</translation>
        </message>
        <message>
            <source>Which token?</source>
            <translation>어느 토큰인가요?</translation>
        </message>
        <message>
            <source>Fetching market data for %1 from CoinGecko…</source>
            <translation>CoinGecko에서 %1의 시장 데이터를 가져오는 중…</translation>
        </message>
        <message>
            <source>

CoinGecko's rate limit was reached (%1 times); Seance waited and tried again.</source>
            <translation>

CoinGecko 요청 한도에 도달했습니다(%1회). Seance가 기다렸다가 다시 시도했습니다.</translation>
        </message>
        <message>
            <source>Stored %1 points of %2's price, market cap and volume from CoinGecko.</source>
            <translation>CoinGecko에서 %2의 가격, 시가총액, 거래량 포인트 %1개를 저장했습니다.</translation>
        </message>
        <message>
            <source>%1

CoinGecko says about this coin:

%2

Add these links, categories (as tags), contract and supply to the token where it has none?</source>
            <translation>%1

CoinGecko에 나와 있는 이 코인 정보:

%2

토큰에 없는 링크, 카테고리(태그로), 컨트랙트, 공급량을 추가할까요?</translation>
        </message>
        <message>
            <source>Accept Coin Details</source>
            <translation>코인 세부 정보 수락</translation>
        </message>
        <message>
            <source>

The coin's details were not fetched: %1</source>
            <translation>

코인 세부 정보를 가져오지 못했습니다: %1</translation>
        </message>
        <message>
            <source>CoinGecko API Key</source>
            <translation>CoinGecko API 키</translation>
        </message>
        <message>
            <source>An optional free demo key from coingecko.com (sent as x-cg-demo-api-key). It stays in Seance's settings on this computer and is never written to a workspace or an export. Enter a single space to remove it.</source>
            <translation>coingecko.com에서 발급받는 선택 사항인 무료 데모 키입니다(x-cg-demo-api-key로 전송됨). 이 컴퓨터의 Seance 설정에만 저장되며 워크스페이스나 내보낸 파일에는 절대 기록되지 않습니다. 삭제하려면 공백 하나만 입력하세요.</translation>
        </message>
    </context>
    <context>
        <name>seance::MarketCsvParser</name>
        <message>
            <source>the file is empty; expected a header row</source>
            <translation>파일이 비어 있습니다. 헤더 행이 필요합니다</translation>
        </message>
        <message>
            <source>the header has no time column "%1"</source>
            <translation>헤더에 시간 열 "%1"이(가) 없습니다</translation>
        </message>
        <message>
            <source>the header has no price column "%1"</source>
            <translation>헤더에 가격 열 "%1"이(가) 없습니다</translation>
        </message>
        <message>
            <source>expected %1 fields as in the header, found %2</source>
            <translation>헤더와 같이 필드 %1개가 필요한데 %2개가 있습니다</translation>
        </message>
        <message>
            <source>not an ISO 8601 time or an epoch number</source>
            <translation>ISO 8601 시간이나 epoch 숫자가 아닙니다</translation>
        </message>
        <message>
            <source>a second row for the same time</source>
            <translation>같은 시간에 대한 두 번째 행입니다</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>숫자가 아닙니다</translation>
        </message>
        <message>
            <source>a negative value</source>
            <translation>음수 값입니다</translation>
        </message>
        <message>
            <source>the file has a header but no rows</source>
            <translation>파일에 헤더는 있지만 행이 없습니다</translation>
        </message>
    </context>
    <context>
        <name>seance::Metric</name>
        <message>
            <source>Mean sentiment</source>
            <translation>평균 감성</translation>
        </message>
        <message>
            <source>Engagement-weighted sentiment</source>
            <translation>참여도 가중 감성</translation>
        </message>
        <message>
            <source>Positive share (%)</source>
            <translation>긍정 비율(%)</translation>
        </message>
        <message>
            <source>Volume (posts)</source>
            <translation>양(게시물 수)</translation>
        </message>
        <message>
            <source>Share of voice (%)</source>
            <translation>점유율(%)</translation>
        </message>
        <message>
            <source>Unscored posts</source>
            <translation>점수 없는 게시물</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1 pts</source>
            <translation>%1점</translation>
        </message>
    </context>
    <context>
        <name>seance::MoveDriversLoader</name>
        <message>
            <source>no scorer to explain the posts with</source>
            <translation>게시물을 설명할 채점기가 없습니다</translation>
        </message>
    </context>
    <context>
        <name>seance::MoveDriversPane</name>
        <message>
            <source>Explaining posts: %1 of %2</source>
            <translation>게시물 설명 중: %2개 중 %1개</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Posts explained so far</source>
            <translation>지금까지 설명한 게시물</translation>
        </message>
        <message>
            <source>Stop explaining the posts of this range</source>
            <translation>이 범위의 게시물 설명을 중지합니다</translation>
        </message>
        <message>
            <source>The terms whose contributions to the mean sentiment changed most between the range before and the chosen range</source>
            <translation>이전 범위와 선택한 범위 사이에 평균 감성에 대한 기여가 가장 많이 바뀐 용어</translation>
        </message>
        <message>
            <source>The posts of the chosen range with the most engagement</source>
            <translation>선택한 범위에서 참여도가 가장 높은 게시물</translation>
        </message>
        <message>
            <source>Terms that moved the mean (approximate share)</source>
            <translation>평균을 움직인 용어(근사 기여분)</translation>
        </message>
        <message>
            <source>Most engaged posts of the range</source>
            <translation>범위 내 참여도가 가장 높은 게시물</translation>
        </message>
        <message>
            <source>Select a token and a range: zoom the chart to the days you want explained. They are compared with the days of the same length just before.</source>
            <translation>토큰과 범위를 선택하세요. 설명하려는 날짜로 차트를 확대하면 그 직전의 같은 길이 기간과 비교합니다.</translation>
        </message>
        <message>
            <source>Preparing the scorer…</source>
            <translation>채점기를 준비하는 중…</translation>
        </message>
        <message>
            <source>%1: explaining %2 against %3…</source>
            <translation>%1: %3 대비 %2 설명 중…</translation>
        </message>
        <message>
            <source>Counting posts…</source>
            <translation>게시물 세는 중…</translation>
        </message>
        <message>
            <source>Cancelled. Change the range or the token, or choose What Drove This Move? again, to start over.</source>
            <translation>취소했습니다. 다시 시작하려면 범위나 토큰을 바꾸거나 “이 변동의 원인은?”을 다시 선택하세요.</translation>
        </message>
        <message>
            <source>The drivers could not be computed: %1</source>
            <translation>변동 원인을 계산할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>%1 has no posts in %2 or in the days before it (%3). Choose a range with posts.</source>
            <translation>%1에는 %2에도, 그 이전 기간(%3)에도 게시물이 없습니다. 게시물이 있는 범위를 선택하세요.</translation>
        </message>
        <message>
            <source>no scored posts</source>
            <translation>점수가 있는 게시물 없음</translation>
        </message>
        <message>
            <source>%1, mean sentiment %2 (%3, %4 scored posts) → %5 (%6, %7 scored posts)</source>
            <translation>%1, 평균 감성 %2(%3, 점수가 있는 게시물 %4개) → %5(%6, 점수가 있는 게시물 %7개)</translation>
        </message>
        <message>
            <source>: a change of %1.</source>
            <translation>: 변화량 %1.</translation>
        </message>
        <message>
            <source>Approximate share: each post's score is split over its terms in proportion to their contributions (as “Why this score?” shows them). The score is not a plain sum of its terms, so the split is an approximation; the shares add up to the change. The terms listed account for %1, the others for %2.</source>
            <translation>근사 기여분: 각 게시물의 점수를 용어별 기여(“이 점수의 이유”에 표시되는 값)에 비례해 나눕니다. 점수는 용어의 단순 합이 아니므로 이 분할은 근사치이며, 기여분의 합은 변화와 같습니다. 나열된 용어가 %1, 나머지 용어가 %2을(를) 차지합니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::NarrativeEditDialog</name>
        <message>
            <source>Narrative Colour</source>
            <translation>내러티브 색상</translation>
        </message>
        <message>
            <source>New Narrative</source>
            <translation>새 내러티브</translation>
        </message>
        <message>
            <source>Edit Narrative</source>
            <translation>내러티브 편집</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>제목(&amp;T):</translation>
        </message>
        <message>
            <source>The narrative's name, e.g. "Summoning ghosts". Required.</source>
            <translation>내러티브의 이름, 예: "Summoning ghosts". 필수.</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation>요약(&amp;S):</translation>
        </message>
        <message>
            <source>What the narrative is about, shown as plain text.</source>
            <translation>이 내러티브가 무엇에 관한 것인지, 일반 텍스트로 표시됩니다.</translation>
        </message>
        <message>
            <source>Choose the colour of the narrative's lane and series</source>
            <translation>내러티브의 레인과 계열 색상 선택</translation>
        </message>
        <message>
            <source>No colour</source>
            <translation>색상 없음</translation>
        </message>
        <message>
            <source>Let the theme pick the narrative's colour</source>
            <translation>테마가 내러티브 색상을 고르게 하기</translation>
        </message>
        <message>
            <source>&amp;Colour:</source>
            <translation>색상(&amp;C):</translation>
        </message>
        <message>
            <source>The colour of the narrative's lane and series; none lets the theme choose.</source>
            <translation>내러티브의 레인과 계열 색상. 없음이면 테마가 고릅니다.</translation>
        </message>
        <message>
            <source>&amp;Keywords:</source>
            <translation>키워드(&amp;K):</translation>
        </message>
        <message>
            <source>Comma-separated words that name the narrative. Sentiment scoring treats them as names, not words.</source>
            <translation>내러티브를 가리키는 쉼표로 구분된 단어. 감성 채점에서는 단어가 아니라 이름으로 취급합니다.</translation>
        </message>
        <message>
            <source>Sou&amp;rces:</source>
            <translation>출처(&amp;R):</translation>
        </message>
        <message>
            <source>Where the narrative is documented.</source>
            <translation>내러티브가 기록된 곳.</translation>
        </message>
        <message>
            <source>label | https://…</source>
            <translation>레이블 | https://…</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>None — choose…</source>
            <translation>없음 — 선택…</translation>
        </message>
    </context>
    <context>
        <name>seance::NarrativeKind</name>
        <message>
            <source>Add narrative “%1”</source>
            <translation>내러티브 “%1” 추가</translation>
        </message>
        <message>
            <source>Edit narrative “%1”</source>
            <translation>내러티브 “%1” 편집</translation>
        </message>
        <message>
            <source>Remove narrative “%1”</source>
            <translation>내러티브 “%1” 제거</translation>
        </message>
        <message>
            <source>There is already a narrative "%1".</source>
            <translation>내러티브 "%1"이(가) 이미 있습니다.</translation>
        </message>
        <message>
            <source>There is no narrative "%1".</source>
            <translation>내러티브 "%1"이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Cannot start a write on the workspace.</source>
            <translation>워크스페이스에 쓰기를 시작할 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::NarrativeStore</name>
        <message>
            <source>There is no narrative "%1".</source>
            <translation>내러티브 "%1"이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Narrative "%1" still has %2 posts; remove them first.</source>
            <translation>내러티브 "%1"에 아직 게시물 %2개가 있습니다. 먼저 제거하세요.</translation>
        </message>
        <message>
            <source>Narrative "%1" has a list column that is not a JSON array.</source>
            <translation>내러티브 "%1"의 목록 열이 JSON 배열이 아닙니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::NarrativeTimelinePane</name>
        <message>
            <source>Narrative timeline</source>
            <translation>내러티브 타임라인</translation>
        </message>
        <message>
            <source>Other events</source>
            <translation>기타 이벤트</translation>
        </message>
        <message>
            <source>UTC</source>
            <translation>UTC</translation>
        </message>
        <message>
            <source>MMM d</source>
            <translation>M월 d일</translation>
        </message>
        <message>
            <source>HH:mm</source>
            <translation>HH:mm</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <translation>yyyy년 M월</translation>
        </message>
        <message>
            <source>yyyy</source>
            <translation>yyyy년</translation>
        </message>
        <message>
            <source>Outside the visible range: %1 earlier, %2 later.</source>
            <translation>표시 범위 밖: 이전 %1개, 이후 %2개.</translation>
        </message>
        <message>
            <source>No narratives yet — File › Import… adds narratives and their events</source>
            <translation>아직 내러티브가 없습니다 — 파일 › 가져오기…로 내러티브와 이벤트를 추가하세요</translation>
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
            <translation>날짜와 시각은 현지 시간대와 관계없이 UTC로 저장됩니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::PostLanguage</name>
        <message>
            <source>All Languages</source>
            <translation>모든 언어</translation>
        </message>
        <message>
            <source>English</source>
            <translation>영어</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>한국어</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>일본어</translation>
        </message>
        <message>
            <source>Unscored and Other</source>
            <translation>점수 없음 및 기타</translation>
        </message>
    </context>
    <context>
        <name>seance::PostListModel</name>
        <message>
            <source>unscored</source>
            <translation>점수 없음</translation>
        </message>
        <message>
            <source>Written in a script the lexicon does not cover, so it is not scored (not the same as neutral).</source>
            <translation>어휘 사전이 다루지 않는 문자로 쓰여 채점하지 않았습니다(중립과는 다릅니다).</translation>
        </message>
        <message>
            <source>Narrative: %1</source>
            <translation>내러티브: %1</translation>
        </message>
        <message>
            <source>Token: %1</source>
            <translation>토큰: %1</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>시각(UTC)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>시각</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>대상</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>점수</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>작성자</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>게시물</translation>
        </message>
    </context>
    <context>
        <name>seance::PostParser</name>
        <message>
            <source>invalid JSON</source>
            <translation>잘못된 JSON</translation>
        </message>
        <message>
            <source>missing (expected time, posted_at, timestamp or date)</source>
            <translation>없음(time, posted_at, timestamp 또는 date 필요)</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>invalid UTF-8</source>
            <translation>잘못된 UTF-8</translation>
        </message>
        <message>
            <source>must be a non-negative integer</source>
            <translation>음이 아닌 정수여야 합니다</translation>
        </message>
        <message>
            <source>longer than %1 bytes</source>
            <translation>%1바이트보다 깁니다</translation>
        </message>
        <message>
            <source>missing: a post needs a token or a narrative</source>
            <translation>없음: 게시물에는 토큰이나 내러티브가 필요합니다</translation>
        </message>
        <message>
            <source>unknown token id "%1"</source>
            <translation>알 수 없는 토큰 id "%1"</translation>
        </message>
        <message>
            <source>unknown narrative id "%1"</source>
            <translation>알 수 없는 내러티브 id "%1"</translation>
        </message>
        <message>
            <source>not an ISO 8601 time or an epoch number in seconds or milliseconds</source>
            <translation>ISO 8601 시각이나 초 또는 밀리초 단위의 에포크 숫자가 아닙니다</translation>
        </message>
        <message>
            <source>invalid JSON at byte %1: %2</source>
            <translation>바이트 %1에 잘못된 JSON: %2</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>음수이면 안 됩니다</translation>
        </message>
        <message>
            <source>wrong type: expected %1</source>
            <translation>잘못된 형식: %1이(가) 필요합니다</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>JSON 객체가 아닙니다</translation>
        </message>
        <message>
            <source>time column (time, posted_at, timestamp or date)</source>
            <translation>시각 열(time, posted_at, timestamp 또는 date)</translation>
        </message>
        <message>
            <source>text column</source>
            <translation>텍스트 열</translation>
        </message>
        <message>
            <source>token or narrative column</source>
            <translation>토큰 또는 내러티브 열</translation>
        </message>
        <message>
            <source>the header has no %1</source>
            <translation>헤더에 %1이(가) 없습니다</translation>
        </message>
        <message>
            <source>expected %1 fields as in the header, found %2</source>
            <translation>헤더처럼 필드 %1개가 필요하지만 %2개입니다</translation>
        </message>
    </context>
    <context>
        <name>seance::PostRescoring</name>
        <message>
            <source>no scorer was given</source>
            <translation>채점기가 주어지지 않았습니다</translation>
        </message>
        <message>
            <source>could not start a transaction: %1</source>
            <translation>트랜잭션을 시작할 수 없었습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>seance::PostRouter</name>
        <message>
            <source>there is no token "%1" in the workspace</source>
            <translation>워크스페이스에 토큰 "%1"이(가) 없습니다</translation>
        </message>
        <message>
            <source>there is no narrative "%1" in the workspace</source>
            <translation>워크스페이스에 내러티브 "%1"이(가) 없습니다</translation>
        </message>
        <message>
            <source>there is no narrative "%1" to keep unmatched posts in</source>
            <translation>매칭되지 않은 게시물을 보관할 내러티브 "%1"이(가) 없습니다</translation>
        </message>
        <message>
            <source>"%1" is not a name that several tokens share</source>
            <translation>"%1"은(는) 여러 토큰이 공유하는 이름이 아닙니다</translation>
        </message>
        <message>
            <source>"%1" is not one of the tokens called "%2"</source>
            <translation>"%1"은(는) "%2"(이)라는 이름의 토큰 중 하나가 아닙니다</translation>
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
            <translation>%1: 필드 "%2": %3</translation>
        </message>
        <message>
            <source>the database is not open</source>
            <translation>데이터베이스가 열려 있지 않습니다</translation>
        </message>
        <message>
            <source>the batch size must be positive</source>
            <translation>배치 크기는 양수여야 합니다</translation>
        </message>
        <message>
            <source>the file is empty; a CSV file needs a header row</source>
            <translation>파일이 비어 있습니다. CSV 파일에는 헤더 행이 필요합니다</translation>
        </message>
        <message>
            <source>cannot start a transaction: %1</source>
            <translation>트랜잭션을 시작할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>취소됨</translation>
        </message>
        <message>
            <source>cannot store the post: %1</source>
            <translation>게시물을 저장할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>cannot store the sentiment buckets: %1</source>
            <translation>감성 버킷을 저장할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>cannot commit: %1</source>
            <translation>커밋할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1: 열 수 없습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>seance::PostsPane</name>
        <message>
            <source>Filter posts by text</source>
            <translation>텍스트로 게시물 필터</translation>
        </message>
        <message>
            <source>No post in this range contains “%1”.</source>
            <translation>이 기간에는 “%1”을(를) 포함한 게시물이 없습니다.</translation>
        </message>
        <message>
            <source>Show only posts in this language: the one a post was scored as, from its language tag or else its script (also View › Language Filter)</source>
            <translation>이 언어의 게시물만 표시합니다. 언어는 게시물이 채점된 언어로, 언어 태그가 있으면 태그로, 없으면 문자로 판단합니다(보기 › 언어 필터에서도 가능)</translation>
        </message>
        <message>
            <source>No posts in %1 for this selection and range.
Choose All Languages to see the others.</source>
            <translation>이 선택과 기간에 해당하는 %1 게시물이 없습니다.
다른 게시물을 보려면 모든 언어를 선택하세요.</translation>
        </message>
        <message>
            <source>No posts for this selection and range.
Select tokens, widen the range, or use File › Import… to add a Telegram, Reddit, X or Discord export.</source>
            <translation>이 선택과 기간에 해당하는 게시물이 없습니다.
토큰을 선택하거나, 기간을 넓히거나, 파일 › 가져오기…로 Telegram·Reddit·X·Discord 내보내기를 추가하세요.</translation>
        </message>
    </context>
    <context>
        <name>seance::PresentationMode</name>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>프레젠테이션 모드(&amp;P)</translation>
        </message>
        <message>
            <source>Show only the chart, full screen; ← and → step through the events, Esc leaves</source>
            <translation>차트만 전체 화면으로 표시합니다. ←와 →로 이벤트를 이동하고 Esc로 나갑니다</translation>
        </message>
        <message>
            <source>No event concerns what is charted.</source>
            <translation>차트에 표시된 항목과 관련된 이벤트가 없습니다.</translation>
        </message>
        <message>
            <source>Event %1 of %2</source>
            <translation>이벤트 %1/%2</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) concern what is charted: ← and → step through them.</source>
            <translation>
                <numerusform>차트에 표시된 항목과 관련된 이벤트 %n개: ←와 →로 이동합니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>that was the last one; ← goes back, Esc leaves.</source>
            <translation>마지막 이벤트였습니다. ←로 돌아가고 Esc로 나갑니다.</translation>
        </message>
        <message>
            <source>that was the first one; → goes on, Esc leaves.</source>
            <translation>첫 번째 이벤트였습니다. →로 계속하고 Esc로 나갑니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::PriceAxis</name>
        <message>
            <source>imported file</source>
            <translation>가져온 파일</translation>
        </message>
        <message>
            <source>Price: %1</source>
            <translation>가격: %1</translation>
        </message>
        <message>
            <source>sample data</source>
            <translation>샘플 데이터</translation>
        </message>
    </context>
    <context>
        <name>seance::ReadOnlyActions</name>
        <message>
            <source>The workspace is read-only (the file or its folder cannot be written): it can be viewed and exported, but not changed.</source>
            <translation>작업 공간이 읽기 전용입니다(파일 또는 폴더에 쓸 수 없습니다). 보기와 내보내기는 할 수 있지만 변경할 수는 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::RecordCheck</name>
        <message>
            <source>The id is required.</source>
            <translation>id는 필수입니다.</translation>
        </message>
        <message>
            <source>The id may contain only lowercase letters, digits, '-', '_' and ':'.</source>
            <translation>id에는 소문자, 숫자, '-', '_', ':'만 쓸 수 있습니다.</translation>
        </message>
        <message>
            <source>%1: “%2” is not an http or https address.</source>
            <translation>%1: “%2”은(는) http 또는 https 주소가 아닙니다.</translation>
        </message>
        <message>
            <source>The name is required.</source>
            <translation>이름은 필수입니다.</translation>
        </message>
        <message>
            <source>The symbol is required.</source>
            <translation>심볼은 필수입니다.</translation>
        </message>
        <message>
            <source>The chain is required.</source>
            <translation>체인은 필수입니다.</translation>
        </message>
        <message>
            <source>The status must be live, hypothetical, defunct or unknown.</source>
            <translation>상태는 live, hypothetical, defunct, unknown 중 하나여야 합니다.</translation>
        </message>
        <message>
            <source>The address kind must be issuer, contract, canister, native or unknown.</source>
            <translation>주소 종류는 issuer, contract, canister, native, unknown 중 하나여야 합니다.</translation>
        </message>
        <message>
            <source>The total supply must be a non-negative decimal number such as 1000000 or 420.69, or empty when unknown.</source>
            <translation>총 공급량은 1000000이나 420.69 같은 음이 아닌 십진수여야 하며, 모르면 비워 두세요.</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>링크</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>The title is required.</source>
            <translation>제목은 필수입니다.</translation>
        </message>
        <message>
            <source>The colour must look like #rrggbb.</source>
            <translation>색상은 #rrggbb 형식이어야 합니다.</translation>
        </message>
        <message>
            <source>The narrative id may contain only lowercase letters, digits, '-', '_' and ':'.</source>
            <translation>내러티브 id에는 소문자, 숫자, '-', '_', ':'만 쓸 수 있습니다.</translation>
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
            <translation>레코드의 영구 키입니다. 바꿀 수 없습니다.</translation>
        </message>
        <message>
            <source>The record's permanent key: lowercase letters, digits, '-', '_' and ':', e.g. "xrpl-ghost-coin". It cannot be changed later.</source>
            <translation>레코드의 영구 키: 소문자, 숫자, '-', '_', ':'. 예: "xrpl-ghost-coin". 나중에 바꿀 수 없습니다.</translation>
        </message>
        <message>
            <source>Why the record cannot be saved yet</source>
            <translation>레코드를 아직 저장할 수 없는 이유</translation>
        </message>
        <message>
            <source>The record could not be saved.</source>
            <translation>레코드를 저장할 수 없었습니다.</translation>
        </message>
        <message>
            <source>The id is required.</source>
            <translation>id는 필수입니다.</translation>
        </message>
        <message>
            <source>The id may contain only lowercase letters, digits, '-', '_' and ':'.</source>
            <translation>id에는 소문자, 숫자, '-', '_', ':'만 쓸 수 있습니다.</translation>
        </message>
        <message>
            <source>The id “%1” is already taken.</source>
            <translation>id “%1”은(는) 이미 사용 중입니다.</translation>
        </message>
        <message>
            <source>made from the %1 as you type</source>
            <translation>입력하는 동안 %1에서 자동 생성</translation>
        </message>
        <message>
            <source>name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>title</source>
            <translation>제목</translation>
        </message>
    </context>
    <context>
        <name>seance::RescoreActions</name>
        <message>
            <source>Rescoring posts…</source>
            <translation>게시물 다시 채점하는 중…</translation>
        </message>
        <message>
            <source>Rescoring cancelled</source>
            <translation>다시 채점 취소됨</translation>
        </message>
        <message>
            <source>Rescoring was cancelled. The stored scores are unchanged.</source>
            <translation>다시 채점이 취소되었습니다. 저장된 점수는 그대로입니다.</translation>
        </message>
        <message>
            <source>Rescoring failed</source>
            <translation>다시 채점 실패</translation>
        </message>
        <message>
            <source>The stored scores are unchanged.

%1</source>
            <translation>저장된 점수는 그대로입니다.

%1</translation>
        </message>
        <message>
            <source>Rescoring finished</source>
            <translation>다시 채점 완료</translation>
        </message>
        <message>
            <source>Scored %1 posts again: %2 changed their score, %3 are in a script the lexicon does not cover and stay unscored.</source>
            <translation>게시물 %1개를 다시 채점했습니다: %2개의 점수가 바뀌었고 %3개는 어휘 사전이 다루지 않는 문자로 쓰여 점수가 없습니다.</translation>
        </message>
        <message>
            <source>Extra Lexicon</source>
            <translation>추가 어휘 사전</translation>
        </message>
        <message>
            <source>Lexicon (*.tsv *.txt);;All files (*)</source>
            <translation>어휘 사전 (*.tsv *.txt);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Lexicon refused</source>
            <translation>어휘 사전을 사용할 수 없음</translation>
        </message>
        <message>
            <source>The file is not a lexicon Seance can read (VADER: term, mean, deviation, ratings; AFINN: term and a whole number from -5 to +5, tab-separated).

%1</source>
            <translation>Seance가 읽을 수 있는 어휘 사전 파일이 아닙니다(VADER: 용어, 평균, 편차, 평가값, AFINN: 용어와 -5에서 +5 사이의 정수, 탭 구분).

%1</translation>
        </message>
    </context>
    <context>
        <name>seance::RouteSpec</name>
        <message>
            <source>unknown route "%1": expected mentions, token:ID or narrative:ID</source>
            <translation>알 수 없는 경로 "%1": mentions, token:ID 또는 narrative:ID가 필요합니다</translation>
        </message>
    </context>
    <context>
        <name>seance::RowCounts</name>
        <message>
            <source>Cannot count %1: %2</source>
            <translation>%1을(를) 셀 수 없습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>seance::SampleDatabase</name>
        <message>
            <source>Cannot read the bundled sample dataset: %1</source>
            <translation>내장 샘플 데이터셋을 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Cannot start a transaction.</source>
            <translation>트랜잭션을 시작할 수 없습니다.</translation>
        </message>
        <message>
            <source>Sample post %1 was not inserted.</source>
            <translation>샘플 게시물 %1을(를) 넣지 못했습니다.</translation>
        </message>
        <message>
            <source>%1 already exists; the sample is only written to a new file.</source>
            <translation>%1이(가) 이미 있습니다. 샘플은 새 파일에만 씁니다.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>Cannot create a temporary file next to %1: %2</source>
            <translation>%1 옆에 임시 파일을 만들 수 없습니다: %2</translation>
        </message>
        <message>
            <source>Cannot build the sample database: %1</source>
            <translation>샘플 데이터베이스를 만들 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Cannot build the sample database: its write-ahead log was not checkpointed.</source>
            <translation>샘플 데이터베이스를 만들 수 없습니다: 미리 쓰기 로그가 체크포인트되지 않았습니다.</translation>
        </message>
        <message>
            <source>Cannot move the sample database into place at %1.</source>
            <translation>샘플 데이터베이스를 %1(으)로 옮길 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::SavedViewStore</name>
        <message>
            <source>There is no saved view "%1".</source>
            <translation>저장된 보기 "%1"이(가) 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::SavedViewsMenu</name>
        <message>
            <source>&amp;Save Current View…</source>
            <translation>현재 보기 저장(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Delete Saved View…</source>
            <translation>저장된 보기 삭제(&amp;D)…</translation>
        </message>
        <message>
            <source>Keep the selected tokens, time range, metric, granularity, theme and comparison under a name</source>
            <translation>선택한 토큰, 기간, 지표, 단위, 테마, 비교 설정을 이름을 붙여 보관합니다</translation>
        </message>
        <message>
            <source>Saved &amp;Views</source>
            <translation>저장된 보기(&amp;V)</translation>
        </message>
        <message>
            <source>No saved views in this workspace</source>
            <translation>이 워크스페이스에 저장된 보기가 없습니다</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 저장됨</translation>
        </message>
        <message>
            <source>Save View</source>
            <translation>보기 저장</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>보기 이름:</translation>
        </message>
        <message>
            <source>Replace Saved View</source>
            <translation>저장된 보기 바꾸기</translation>
        </message>
        <message>
            <source>A view named "%1" already exists. Replace it with the current view?</source>
            <translation>"%1"(이)라는 보기가 이미 있습니다. 현재 보기로 바꿀까요?</translation>
        </message>
        <message>
            <source>The view "%1" could not be saved: %2</source>
            <translation>보기 "%1"을(를) 저장할 수 없습니다: %2</translation>
        </message>
        <message>
            <source>Saved the view "%1"</source>
            <translation>보기 "%1"을(를) 저장했습니다</translation>
        </message>
        <message>
            <source>Open Saved View</source>
            <translation>저장된 보기 열기</translation>
        </message>
        <message>
            <source>The view "%1" cannot be opened: %2</source>
            <translation>보기 "%1"을(를) 열 수 없습니다: %2</translation>
        </message>
        <message>
            <source>there is no view with that name</source>
            <translation>그런 이름의 보기가 없습니다</translation>
        </message>
        <message>
            <source>its state is not a JSON object (%1)</source>
            <translation>상태가 JSON 객체가 아닙니다(%1)</translation>
        </message>
        <message>
            <source>theme: unknown theme "%1"</source>
            <translation>테마: 알 수 없는 테마 "%1"</translation>
        </message>
        <message>
            <source>comparison: %1</source>
            <translation>비교: %1</translation>
        </message>
        <message>
            <source>Opened the view "%1"</source>
            <translation>보기 "%1"을(를) 열었습니다</translation>
        </message>
        <message>
            <source>Delete Saved View</source>
            <translation>저장된 보기 삭제</translation>
        </message>
        <message>
            <source>View to delete:</source>
            <translation>삭제할 보기:</translation>
        </message>
        <message>
            <source>Delete the saved view "%1"? This cannot be undone.</source>
            <translation>저장된 보기 "%1"을(를) 삭제할까요? 이 작업은 되돌릴 수 없습니다.</translation>
        </message>
        <message>
            <source>"%1" could not be deleted: %2</source>
            <translation>"%1"을(를) 삭제할 수 없습니다: %2</translation>
        </message>
        <message>
            <source>Deleted the view "%1"</source>
            <translation>보기 "%1"을(를) 삭제했습니다</translation>
        </message>
    </context>
    <context>
        <name>seance::ScoreExplanationView</name>
        <message>
            <source>Select a post to see why it got its score: the words that counted, the rules that changed them, and the names that were masked.</source>
            <translation>게시물을 선택하면 점수가 나온 이유를 볼 수 있습니다: 반영된 단어, 그 단어를 바꾼 규칙, 가려진 이름.</translation>
        </message>
        <message>
            <source>Preparing the explanation…</source>
            <translation>설명을 준비하는 중…</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Unscored.&lt;/b&gt; The text is mostly in a script the lexicon does not cover (such as Hangul, Kana or Han), so Seance does not guess: it is counted as unscored, not as neutral.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;점수 없음.&lt;/b&gt; 텍스트가 주로 어휘 사전이 다루지 않는 문자(한글, 가나, 한자 등)로 쓰여 있어 Seance는 추측하지 않습니다. 중립이 아니라 점수 없음으로 셉니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>compound (positive %1%, neutral %2%, negative %3%)</source>
            <translation>compound(긍정 %1%, 중립 %2%, 부정 %3%)</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;i&gt;Stored score %1: the post was scored with a different lexicon or settings.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;저장된 점수 %1: 다른 어휘 사전이나 설정으로 채점된 게시물입니다.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;No word in the text is in the lexicon, so the score is neutral.&lt;/p&gt;</source>
            <translation>&lt;p&gt;텍스트의 어떤 단어도 어휘 사전에 없어서 점수는 중립입니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>용어</translation>
        </message>
        <message>
            <source>Valence</source>
            <translation>감성값</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>반영</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>규칙</translation>
        </message>
        <message>
            <source>Rules that fired</source>
            <translation>적용된 규칙</translation>
        </message>
        <message>
            <source>Masked as names:</source>
            <translation>이름으로 가려짐:</translation>
        </message>
    </context>
    <context>
        <name>seance::Scorer</name>
        <message>
            <source>ALL CAPS (%1)</source>
            <translation>모두 대문자(%1)</translation>
        </message>
        <message>
            <source>booster “%1” (%2)</source>
            <translation>강조어 “%1”(%2)</translation>
        </message>
        <message>
            <source>dampener “%1” (%2)</source>
            <translation>완화어 “%1”(%2)</translation>
        </message>
        <message>
            <source>booster “%1”, %2 words back (%3)</source>
            <translation>강조어 “%1”, %2단어 앞(%3)</translation>
        </message>
        <message>
            <source>dampener “%1”, %2 words back (%3)</source>
            <translation>완화어 “%1”, %2단어 앞(%3)</translation>
        </message>
        <message>
            <source>negated by “%1” (×%2)</source>
            <translation>“%1”에 의해 부정됨(×%2)</translation>
        </message>
        <message>
            <source>intensified by “%1” (×%2)</source>
            <translation>“%1”에 의해 강조됨(×%2)</translation>
        </message>
        <message>
            <source>“%1” does not negate</source>
            <translation>“%1”은(는) 부정하지 않음</translation>
        </message>
        <message>
            <source>after “least” (×%1)</source>
            <translation>“least” 뒤(×%1)</translation>
        </message>
        <message>
            <source>before “but” (×%1)</source>
            <translation>“but” 앞(×%1)</translation>
        </message>
        <message>
            <source>after “but” (×%1)</source>
            <translation>“but” 뒤(×%1)</translation>
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
            <translation>늘여 쓴 “%1”을(를) “%2”(으)로 읽음</translation>
        </message>
        <message>
            <source>masked “%1”</source>
            <translation>“%1” 가림</translation>
        </message>
        <message>
            <source>ignored “%1”</source>
            <translation>“%1” 무시</translation>
        </message>
        <message>
            <source>unscored: mostly %1 text</source>
            <translation>점수 없음: 주로 %1 텍스트</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>“%1”: %2</translation>
        </message>
        <message>
            <source>read as %1</source>
            <translation>%1(으)로 읽음</translation>
        </message>
        <message>
            <source>laughter mark, not counted</source>
            <translation>웃음 표시, 집계하지 않음</translation>
        </message>
        <message>
            <source>unscored: language “%1”</source>
            <translation>점수 없음: 언어 “%1”</translation>
        </message>
        <message>
            <source>English</source>
            <translation>영어</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>한국어</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>일본어</translation>
        </message>
        <message>
            <source>unscored</source>
            <translation>점수 없음</translation>
        </message>
    </context>
    <context>
        <name>seance::ScoringActions</name>
        <message>
            <source>Resc&amp;ore All Posts…</source>
            <translation>모든 게시물 다시 채점(&amp;O)…</translation>
        </message>
        <message>
            <source>Score every stored post again with the current token names, aliases and keywords masked and the current lexicon, and redraw the charts</source>
            <translation>저장된 모든 게시물을 현재 토큰 이름, 별칭, 키워드를 가리고 현재 어휘 사전으로 다시 채점한 뒤 차트를 다시 그립니다</translation>
        </message>
        <message>
            <source>Extra &amp;Lexicon…</source>
            <translation>추가 어휘 사전(&amp;L)…</translation>
        </message>
        <message>
            <source>Load a lexicon file (VADER or AFINN format) whose words add to or override the built-in ones</source>
            <translation>내장 어휘에 단어를 추가하거나 덮어쓰는 어휘 사전 파일(VADER 또는 AFINN 형식)을 불러옵니다</translation>
        </message>
        <message>
            <source>Remove Extra Lexicon</source>
            <translation>추가 어휘 사전 제거</translation>
        </message>
        <message>
            <source>No extra lexicon is loaded</source>
            <translation>불러온 추가 어휘 사전이 없습니다</translation>
        </message>
        <message>
            <source>Stop using %1</source>
            <translation>%1 사용 중지</translation>
        </message>
        <message>
            <source>Posts rescored</source>
            <translation>게시물을 다시 채점했습니다</translation>
        </message>
        <message>
            <source>New imports use %1 from now on. Score the posts already stored again with it?</source>
            <translation>이제부터 새로 가져오는 항목에는 %1을(를) 사용합니다. 이미 저장된 게시물도 이것으로 다시 채점할까요?</translation>
        </message>
        <message>
            <source>New imports use the built-in lexicon alone from now on. Score the posts already stored again with it?</source>
            <translation>이제부터 새로 가져오는 항목에는 내장 어휘 사전만 사용합니다. 이미 저장된 게시물도 이것으로 다시 채점할까요?</translation>
        </message>
        <message>
            <source>Rescore Posts</source>
            <translation>게시물 다시 채점</translation>
        </message>
        <message>
            <source>Names, aliases or keywords changed: Edit › Rescore All Posts applies them to the posts already stored.</source>
            <translation>이름, 별칭 또는 키워드가 변경되었습니다. 편집 › 모든 게시물 다시 채점으로 이미 저장된 게시물에 적용하세요.</translation>
        </message>
    </context>
    <context>
        <name>seance::Script</name>
        <message>
            <source>no script</source>
            <translation>문자 없음</translation>
        </message>
        <message>
            <source>Latin</source>
            <translation>라틴 문자</translation>
        </message>
        <message>
            <source>Greek</source>
            <translation>그리스 문자</translation>
        </message>
        <message>
            <source>Cyrillic</source>
            <translation>키릴 문자</translation>
        </message>
        <message>
            <source>Armenian</source>
            <translation>아르메니아 문자</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>히브리 문자</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>아랍 문자</translation>
        </message>
        <message>
            <source>Indic</source>
            <translation>인도계 문자</translation>
        </message>
        <message>
            <source>Thai</source>
            <translation>타이 문자</translation>
        </message>
        <message>
            <source>Southeast Asian</source>
            <translation>동남아시아 문자</translation>
        </message>
        <message>
            <source>Georgian</source>
            <translation>조지아 문자</translation>
        </message>
        <message>
            <source>Ethiopic</source>
            <translation>에티오피아 문자</translation>
        </message>
        <message>
            <source>Hangul</source>
            <translation>한글</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>가나</translation>
        </message>
        <message>
            <source>Han</source>
            <translation>한자</translation>
        </message>
        <message>
            <source>fullwidth Latin</source>
            <translation>전각 라틴 문자</translation>
        </message>
        <message>
            <source>another script</source>
            <translation>다른 문자</translation>
        </message>
    </context>
    <context>
        <name>seance::SentimentChartPane</name>
        <message>
            <source>The workspace file %1 was not found.</source>
            <translation>워크스페이스 파일 %1을(를) 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>Reset zoom</source>
            <translation>확대 초기화</translation>
        </message>
        <message>
            <source>Show all the data (Home)</source>
            <translation>전체 데이터 보기(Home)</translation>
        </message>
        <message>
            <source>Select one or more tokens to chart their sentiment</source>
            <translation>감성을 차트로 볼 토큰을 하나 이상 선택하세요</translation>
        </message>
        <message>
            <source>Select several tokens to compare them.</source>
            <translation>비교하려면 토큰을 여러 개 선택하세요.</translation>
        </message>
        <message>
            <source>The sentiment data could not be loaded</source>
            <translation>감성 데이터를 불러올 수 없습니다</translation>
        </message>
        <message>
            <source>No posts for these tokens yet — File › Import… to add posts</source>
            <translation>이 토큰들에는 아직 게시물이 없습니다 — 파일 › 가져오기…로 게시물을 추가하세요</translation>
        </message>
        <message>
            <source>No posts in this time range</source>
            <translation>이 기간에는 게시물이 없습니다</translation>
        </message>
        <message>
            <source>Press Home or Reset zoom to see all of them.</source>
            <translation>모두 보려면 Home을 누르거나 확대 초기화를 누르세요.</translation>
        </message>
        <message>
            <source>Hourly buckets</source>
            <translation>시간별 버킷</translation>
        </message>
        <message>
            <source>Daily buckets</source>
            <translation>일별 버킷</translation>
        </message>
        <message>
            <source>Weekly buckets</source>
            <translation>주별 버킷</translation>
        </message>
        <message>
            <source>%1 · UTC</source>
            <translation>%1 · UTC</translation>
        </message>
        <message>
            <source>%1 · loading…</source>
            <translation>%1 · 불러오는 중…</translation>
        </message>
        <message>
            <source>UTC</source>
            <translation>UTC</translation>
        </message>
        <message>
            <source>SAMPLE DATA</source>
            <translation>샘플 데이터</translation>
        </message>
        <message>
            <source>HH:mm</source>
            <translation>HH:mm</translation>
        </message>
        <message>
            <source>MMM d</source>
            <translation>M월 d일</translation>
        </message>
        <message>
            <source>MMM</source>
            <translation>MMM</translation>
        </message>
        <message>
            <source>yyyy</source>
            <translation>yyyy년</translation>
        </message>
        <message>
            <source>ddd, MMM d yyyy</source>
            <translation>yyyy년 M월 d일 (ddd)</translation>
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
            <translation>%1 주 (UTC)</translation>
        </message>
        <message>
            <source>MMM d yyyy</source>
            <translation>yyyy년 M월 d일</translation>
        </message>
        <message>
            <source>MMM d yyyy HH:mm</source>
            <translation>yyyy년 M월 d일 HH:mm</translation>
        </message>
        <message>
            <source>at this time</source>
            <translation>이 시각</translation>
        </message>
        <message numerus="yes">
            <source>%n hour before</source>
            <translation>
                <numerusform>%n시간 전</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours before</source>
            <translation>
                <numerusform>%n시간 전</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour after</source>
            <translation>
                <numerusform>%n시간 후</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours after</source>
            <translation>
                <numerusform>%n시간 후</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days before</source>
            <translation>
                <numerusform>%n일 전</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days after</source>
            <translation>
                <numerusform>%n일 후</numerusform>
            </translation>
        </message>
        <message>
            <source>

Click for every key and gesture.</source>
            <translation>

클릭하면 모든 키와 제스처를 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>가격</translation>
        </message>
        <message>
            <source>Draw the selected tokens' prices on a second axis at the right (one token: its price; several: each one's change from the start of the visible range)</source>
            <translation>선택한 토큰의 가격을 오른쪽 보조 축에 그립니다(토큰 하나: 해당 가격, 여러 개: 표시 범위 시작 대비 각 토큰의 변동)</translation>
        </message>
        <message>
            <source>&amp;Log Scale</source>
            <translation>로그 스케일(&amp;L)</translation>
        </message>
        <message>
            <source>%1 ± standard error</source>
            <translation>%1 ± 표준 오차</translation>
        </message>
        <message numerus="yes">
            <source>%1 · faded: under %n posts</source>
            <translation>
                <numerusform>%1 · 흐림: 게시물 %n개 미만</numerusform>
            </translation>
        </message>
        <message>
            <source>Points resting on fewer posts than the threshold (View › Smoothing) are drawn faded rather than hidden: the value is there, but too few posts stand behind it to trust. With smoothing, the posts of the N days up to a point count. The band is the standard error of the smoothed value, from the spread of the days in its window.</source>
            <translation>기준값(보기 › 스무딩)보다 게시물이 적은 포인트는 숨기지 않고 흐리게 그립니다: 값은 있지만 믿을 만큼 뒷받침하는 게시물이 부족합니다. 스무딩을 사용하면 해당 포인트까지 N일간의 게시물을 셉니다. 밴드는 기간 내 날짜들의 편차로 구한 스무딩 값의 표준 오차입니다.</translation>
        </message>
        <message>
            <source>%1 · %2 posts only</source>
            <translation>%1 · %2 게시물만</translation>
        </message>
        <message>
            <source>This workspace has no tokens yet</source>
            <translation>이 워크스페이스에는 아직 토큰이 없습니다</translation>
        </message>
        <message>
            <source>Add some with File › Import… or Edit › New Token…</source>
            <translation>파일 › 가져오기… 또는 편집 › 새 토큰…으로 추가하세요</translation>
        </message>
    </context>
    <context>
        <name>seance::SentimentChartView</name>
        <message>
            <source>The posts in this workspace were made up by Seance's deterministic sample generator. They are not real social-media data.</source>
            <translation>이 워크스페이스의 게시물은 Seance의 결정적 샘플 생성기가 지어낸 것입니다. 실제 소셜 미디어 데이터가 아닙니다.</translation>
        </message>
        <message numerus="yes">
            <source>%n post</source>
            <translation>
                <numerusform>게시물 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n posts</source>
            <translation>
                <numerusform>게시물 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>◆ %1 — click to focus this event</source>
            <translation>◆ %1 — 클릭하면 이 이벤트를 선택합니다</translation>
        </message>
        <message>
            <source>Nearest event: %1 · %2</source>
            <translation>가장 가까운 이벤트: %1 · %2</translation>
        </message>
        <message>
            <source>%1 ± %2</source>
            <translation>%1 ± %2</translation>
        </message>
        <message>
            <source>%1 · raw %2, %3</source>
            <translation>%1 · 원래 값 %2, %3</translation>
        </message>
        <message numerus="yes">
            <source> · faded: %n posts in %1 days</source>
            <translation>
                <numerusform> · 흐림: %1일간 게시물 %n개</numerusform>
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
            <translation>%1: 열 "%2": %3</translation>
        </message>
        <message>
            <source>the file is empty; a series CSV needs a header row</source>
            <translation>파일이 비어 있습니다. 계열 CSV에는 헤더 행이 필요합니다</translation>
        </message>
        <message>
            <source>the header is not valid UTF-8</source>
            <translation>헤더가 올바른 UTF-8이 아닙니다</translation>
        </message>
        <message>
            <source>a value column needs a name</source>
            <translation>값 열에는 이름이 필요합니다</translation>
        </message>
        <message>
            <source>two columns would both be the series "%1"</source>
            <translation>두 열이 모두 계열 "%1"이(가) 됩니다</translation>
        </message>
        <message>
            <source>the header has no time column (time, date, datetime or timestamp)</source>
            <translation>헤더에 시각 열(time, date, datetime 또는 timestamp)이 없습니다</translation>
        </message>
        <message>
            <source>the header has no value column</source>
            <translation>헤더에 값 열이 없습니다</translation>
        </message>
        <message>
            <source>the database is not open</source>
            <translation>데이터베이스가 열려 있지 않습니다</translation>
        </message>
        <message>
            <source>unknown token id "%1"</source>
            <translation>알 수 없는 토큰 id "%1"</translation>
        </message>
        <message>
            <source>unknown narrative id "%1"</source>
            <translation>알 수 없는 내러티브 id "%1"</translation>
        </message>
        <message>
            <source>expected %1 fields as in the header, found %2</source>
            <translation>헤더처럼 필드 %1개가 필요하지만 %2개입니다</translation>
        </message>
        <message>
            <source>not an ISO 8601 time or an epoch number</source>
            <translation>ISO 8601 시각이나 에포크 숫자가 아닙니다</translation>
        </message>
        <message>
            <source>a second row for the same time</source>
            <translation>같은 시각의 두 번째 행</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>숫자가 아닙니다</translation>
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1: 열 수 없습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>seance::SeriesStore</name>
        <message>
            <source>There is no series "%1".</source>
            <translation>계열 "%1"이(가) 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::SocialImporter</name>
        <message>
            <source>the database is not open</source>
            <translation>데이터베이스가 열려 있지 않습니다</translation>
        </message>
        <message>
            <source>the batch size must be positive</source>
            <translation>배치 크기는 양수여야 합니다</translation>
        </message>
        <message>
            <source>cannot start a transaction: %1</source>
            <translation>트랜잭션을 시작할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>취소됨</translation>
        </message>
        <message>
            <source>%1: cannot store the post: %2</source>
            <translation>%1: 게시물을 저장할 수 없습니다: %2</translation>
        </message>
        <message>
            <source>cannot store the sentiment buckets: %1</source>
            <translation>감성 버킷을 저장할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>%1: the file could not be read</source>
            <translation>%1: 파일을 읽을 수 없습니다</translation>
        </message>
        <message>
            <source>cannot commit: %1</source>
            <translation>커밋할 수 없습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>seance::SocialPreviewModel</name>
        <message>
            <source>Ambiguous, not credited: %1</source>
            <translation>모호함, 반영되지 않음: %1</translation>
        </message>
        <message>
            <source>In %1</source>
            <translation>%1에 포함</translation>
        </message>
        <message>
            <source>not imported (names nothing)</source>
            <translation>가져오지 않음(언급된 항목 없음)</translation>
        </message>
        <message>
            <source>not imported (ambiguous: %1)</source>
            <translation>가져오지 않음(모호함: %1)</translation>
        </message>
        <message>
            <source>unscored</source>
            <translation>점수 없음</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>작성자</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>텍스트</translation>
        </message>
        <message>
            <source>Routed to</source>
            <translation>라우팅 대상</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>점수</translation>
        </message>
    </context>
    <context>
        <name>seance::Theme</name>
        <message>
            <source>Dark (ghostly)</source>
            <translation>다크(유령)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>라이트</translation>
        </message>
        <message>
            <source>Presenter (high contrast)</source>
            <translation>발표용(고대비)</translation>
        </message>
    </context>
    <context>
        <name>seance::ThemeSwitcher</name>
        <message>
            <source>&amp;Theme</source>
            <translation>테마(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>seance::TokenBrowser</name>
        <message>
            <source>Search name, symbol, chain or tag</source>
            <translation>이름, 심볼, 체인, 태그 검색</translation>
        </message>
        <message>
            <source>Every word must match. Example: "ghost icp"</source>
            <translation>모든 단어가 일치해야 합니다. 예: "ghost icp"</translation>
        </message>
        <message>
            <source>Show only tokens on this chain</source>
            <translation>이 체인의 토큰만 보기</translation>
        </message>
        <message>
            <source>Live tokens exist on chain; hypothetical ones were only imagined in commentary</source>
            <translation>활성 토큰은 체인에 실제로 있고, 가상 토큰은 논평에서 상상된 것일 뿐입니다</translation>
        </message>
        <message>
            <source>Show only tokens with this tag</source>
            <translation>이 태그가 있는 토큰만 보기</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>모든 상태</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>활성</translation>
        </message>
        <message>
            <source>Hypothetical</source>
            <translation>가상</translation>
        </message>
        <message>
            <source>Defunct</source>
            <translation>중단</translation>
        </message>
        <message>
            <source>Default Columns</source>
            <translation>기본 열</translation>
        </message>
        <message>
            <source>Any chain</source>
            <translation>모든 체인</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>모든 태그</translation>
        </message>
        <message>
            <source>No token matches the search and filters.
Clear the search box or pick "Any chain", "Any status" and "Any tag".</source>
            <translation>검색과 필터에 맞는 토큰이 없습니다.
검색창을 비우거나 "모든 체인", "모든 상태", "모든 태그"를 고르세요.</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s)</source>
            <translation>
                <numerusform>토큰 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n token(s) shown</source>
            <translation>
                <numerusform>토큰 %n개 중 %1개 표시</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown chain</source>
            <translation>알 수 없는 체인</translation>
        </message>
        <message>
            <source>Line Colour…</source>
            <translation>선 색상…</translation>
        </message>
        <message>
            <source>Line Colour of %1</source>
            <translation>%1의 선 색상</translation>
        </message>
        <message>
            <source>Use the Palette's Colour</source>
            <translation>팔레트 색상 사용</translation>
        </message>
        <message>
            <source>No tokens in this database yet.
Use File › Import… to load tokens, narratives and events.</source>
            <translation>이 데이터베이스에 아직 토큰이 없습니다.
파일 › 가져오기…로 토큰, 내러티브, 이벤트를 불러오세요.</translation>
        </message>
        <message>
            <source>Show them</source>
            <translation>표시하기</translation>
        </message>
        <message>
            <source>Deselect</source>
            <translation>선택 해제</translation>
        </message>
        <message>
            <source>Selected tokens stay selected while a filter hides them: the chart and the posts list still show them.</source>
            <translation>필터로 숨겨져도 선택한 토큰은 선택 상태로 유지되며, 차트와 게시물 목록에는 계속 표시됩니다.</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n개 선택됨</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n selected, %1 hidden by the filter</source>
            <translation>
                <numerusform>%n개 선택됨, 필터로 %1개 숨겨짐</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>seance::TokenDetailPane</name>
        <message>
            <source>Select a token in the table to see its identity, supply, links and events.</source>
            <translation>표에서 토큰을 선택하면 정체, 공급량, 링크, 이벤트를 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>Chain</source>
            <translation>체인</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>주소</translation>
        </message>
        <message>
            <source>Tagline</source>
            <translation>태그라인</translation>
        </message>
        <message>
            <source>Launched</source>
            <translation>출시일</translation>
        </message>
        <message>
            <source>Supply</source>
            <translation>공급량</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>About</source>
            <translation>정보</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>링크</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>Double-click an event to focus it in the chart and timeline</source>
            <translation>이벤트를 더블클릭하면 차트와 타임라인에서 선택됩니다</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>이벤트</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <source>HYPOTHETICAL — imagined in commentary; no such token is known on chain.</source>
            <translation>가상 — 논평에서 상상된 것이며, 체인에 그런 토큰은 알려져 있지 않습니다.</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>상태: %1</translation>
        </message>
        <message>
            <source>unknown — identified by chain, symbol and the id “%1”</source>
            <translation>알 수 없음 — 체인, 심볼, id “%1”로 식별</translation>
        </message>
        <message>
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>No events are linked to this token.</source>
            <translation>이 토큰에 연결된 이벤트가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::TokenEditDialog</name>
        <message>
            <source>New Token</source>
            <translation>새 토큰</translation>
        </message>
        <message>
            <source>Edit Token</source>
            <translation>토큰 편집</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>이름(&amp;N):</translation>
        </message>
        <message>
            <source>The token's name, e.g. "Ghost Coin". Required.</source>
            <translation>토큰의 이름, 예: "Ghost Coin". 필수.</translation>
        </message>
        <message>
            <source>&amp;Symbol:</source>
            <translation>심볼(&amp;S):</translation>
        </message>
        <message>
            <source>The ticker, e.g. "GHOST". Required. Many unrelated tokens share a ticker, so it does not identify the token.</source>
            <translation>티커, 예: "GHOST". 필수. 관련 없는 많은 토큰이 같은 티커를 쓰므로 티커로는 토큰을 식별할 수 없습니다.</translation>
        </message>
        <message>
            <source>&amp;Chain:</source>
            <translation>체인(&amp;C):</translation>
        </message>
        <message>
            <source>The blockchain, e.g. "xrpl", "icp", "ethereum" or "solana". Required.</source>
            <translation>블록체인, 예: "xrpl", "icp", "ethereum", "solana". 필수.</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>주소(&amp;A):</translation>
        </message>
        <message>
            <source>The issuer, contract or canister that identifies the token on its chain. Leave empty when unknown.</source>
            <translation>체인에서 토큰을 식별하는 발행자, 컨트랙트 또는 캐니스터. 모르면 비워 두세요.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <source>issuer</source>
            <translation>발행자</translation>
        </message>
        <message>
            <source>contract</source>
            <translation>컨트랙트</translation>
        </message>
        <message>
            <source>canister</source>
            <translation>캐니스터</translation>
        </message>
        <message>
            <source>native coin</source>
            <translation>네이티브 코인</translation>
        </message>
        <message>
            <source>What the address is: an XRPL issuer, a contract, an ICP canister, or the chain's native coin.</source>
            <translation>주소가 무엇인지: XRPL 발행자, 컨트랙트, ICP 캐니스터 또는 체인의 네이티브 코인.</translation>
        </message>
        <message>
            <source>live</source>
            <translation>활성</translation>
        </message>
        <message>
            <source>hypothetical</source>
            <translation>가상</translation>
        </message>
        <message>
            <source>defunct</source>
            <translation>중단</translation>
        </message>
        <message>
            <source>Live: trading. Hypothetical: only imagined, e.g. by an article. Defunct: no longer trading.</source>
            <translation>활성: 거래 중. 가상: 기사 등에서 상상된 것일 뿐. 중단: 더 이상 거래되지 않음.</translation>
        </message>
        <message>
            <source>Ta&amp;gline:</source>
            <translation>태그라인(&amp;G):</translation>
        </message>
        <message>
            <source>How the token describes itself, in one line.</source>
            <translation>토큰이 스스로를 소개하는 한 줄.</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>설명(&amp;D):</translation>
        </message>
        <message>
            <source>A longer description, shown as plain text.</source>
            <translation>더 긴 설명, 일반 텍스트로 표시됩니다.</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <source>The launch date, at 00:00 UTC. Check "Unknown" when no source gives it; never guess.</source>
            <translation>출시일, UTC 00:00 기준. 출처가 없으면 "알 수 없음"을 체크하세요. 절대 추측하지 마세요.</translation>
        </message>
        <message>
            <source>The exact total supply as a plain decimal number, e.g. 10000000000 or 420.69. Leave empty when unknown.</source>
            <translation>정확한 총 공급량을 일반 십진수로, 예: 10000000000 또는 420.69. 모르면 비워 두세요.</translation>
        </message>
        <message>
            <source>Where the supply figure comes from, or how it is split.</source>
            <translation>공급량 수치의 출처나 배분 방식.</translation>
        </message>
        <message>
            <source>Comma-separated tags, e.g. "ghost, dao".</source>
            <translation>쉼표로 구분된 태그, 예: "ghost, dao".</translation>
        </message>
        <message>
            <source>A&amp;liases:</source>
            <translation>별칭(&amp;L):</translation>
        </message>
        <message>
            <source>Comma-separated other names. Sentiment scoring treats them as names, not words.</source>
            <translation>쉼표로 구분된 다른 이름. 감성 채점에서는 단어가 아니라 이름으로 취급합니다.</translation>
        </message>
        <message>
            <source>Lin&amp;ks:</source>
            <translation>링크(&amp;K):</translation>
        </message>
        <message>
            <source>label | https://…</source>
            <translation>레이블 | https://…</translation>
        </message>
        <message>
            <source>Sou&amp;rces:</source>
            <translation>출처(&amp;R):</translation>
        </message>
        <message>
            <source>Where the facts above come from.</source>
            <translation>위 사실의 출처.</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>링크</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>출처</translation>
        </message>
        <message>
            <source>The coin's id in CoinGecko (the last part of its page address, e.g. "dogecoin"), for Token › Fetch Market Data…. Leave empty when it is not listed.</source>
            <translation>CoinGecko에서의 코인 ID(페이지 주소의 마지막 부분, 예: "dogecoin")로, 토큰 › 시장 데이터 받기…에 사용됩니다. 목록에 없으면 비워 두세요.</translation>
        </message>
        <message>
            <source>Addr&amp;ess kind:</source>
            <translation>주소 종류(&amp;E):</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>상태(&amp;U):</translation>
        </message>
        <message>
            <source>Launc&amp;hed:</source>
            <translation>출시일(&amp;H):</translation>
        </message>
        <message>
            <source>Total su&amp;pply:</source>
            <translation>총 공급량(&amp;P):</translation>
        </message>
        <message>
            <source>Suppl&amp;y note:</source>
            <translation>공급량 메모(&amp;Y):</translation>
        </message>
        <message>
            <source>C&amp;oinGecko id:</source>
            <translation>CoinGecko id(&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Tags:</source>
            <translation>태그(&amp;T):</translation>
        </message>
    </context>
    <context>
        <name>seance::TokenImpactRows</name>
        <message>
            <source>days: the event window must span at least one day</source>
            <translation>days: 이벤트 기간은 하루 이상이어야 합니다</translation>
        </message>
    </context>
    <context>
        <name>seance::TokenKind</name>
        <message>
            <source>Add token “%1”</source>
            <translation>토큰 “%1” 추가</translation>
        </message>
        <message>
            <source>Edit token “%1”</source>
            <translation>토큰 “%1” 편집</translation>
        </message>
        <message>
            <source>Remove token “%1”</source>
            <translation>토큰 “%1” 제거</translation>
        </message>
        <message>
            <source>There is already a token "%1".</source>
            <translation>토큰 "%1"이(가) 이미 있습니다.</translation>
        </message>
        <message>
            <source>There is no token "%1".</source>
            <translation>토큰 "%1"이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Cannot start a write on the workspace.</source>
            <translation>워크스페이스에 쓰기를 시작할 수 없습니다.</translation>
        </message>
        <message>
            <source>Event "%1" no longer exists.</source>
            <translation>이벤트 "%1"이(가) 더 이상 없습니다.</translation>
        </message>
        <message>
            <source>Token "%1" already has the address %2 on %3.</source>
            <translation>토큰 "%1"은(는) 이미 %3에서 주소 %2을(를) 갖고 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::TokenStore</name>
        <message>
            <source>There is no token "%1".</source>
            <translation>토큰 "%1"이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Token "%1" still has %2 posts; remove them first.</source>
            <translation>토큰 "%1"에 아직 게시물 %2개가 있습니다. 먼저 제거하세요.</translation>
        </message>
        <message>
            <source>Token "%1" has a list column that is not a JSON array.</source>
            <translation>토큰 "%1"의 목록 열이 JSON 배열이 아닙니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::TokenTableModel</name>
        <message>
            <source>No posts for this token yet</source>
            <translation>이 토큰에는 아직 게시물이 없습니다</translation>
        </message>
        <message>
            <source>Latest day with posts: %1 (UTC)</source>
            <translation>게시물이 있는 가장 최근 날짜: %1 (UTC)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <source>Hypothetical: imagined in commentary, not a token that exists on chain.</source>
            <translation>가상: 논평에서 상상된 것이며 체인에 실제로 있는 토큰이 아닙니다.</translation>
        </message>
        <message>
            <source>No source gives a launch date.</source>
            <translation>출시일을 알려 주는 출처가 없습니다.</translation>
        </message>
        <message>
            <source>%1 on the token's latest day with posts (UTC)</source>
            <translation>토큰의 게시물이 있는 가장 최근 날짜의 %1 (UTC)</translation>
        </message>
        <message>
            <source>%1 over the last 7 days with the latest day, minus the 7 days before</source>
            <translation>최근 날짜를 포함한 지난 7일간의 %1에서 그 이전 7일을 뺀 값</translation>
        </message>
        <message>
            <source>Posts in the last 7 days, ending with the token's latest day with posts</source>
            <translation>토큰의 게시물이 있는 가장 최근 날짜까지 지난 7일간의 게시물</translation>
        </message>
        <message numerus="yes">
            <source>%1 per day over the last %n days; gaps are days without posts</source>
            <translation>
                <numerusform>지난 %n일간 일별 %1. 빈 곳은 게시물이 없는 날입니다</numerusform>
            </translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>심볼</translation>
        </message>
        <message>
            <source>Chain</source>
            <translation>체인</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>Launched</source>
            <translation>출시일</translation>
        </message>
        <message>
            <source>Supply</source>
            <translation>공급량</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>최근</translation>
        </message>
        <message>
            <source>7-day Δ</source>
            <translation>7일 Δ</translation>
        </message>
        <message>
            <source>Posts (7d)</source>
            <translation>게시물(7일)</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>추세</translation>
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
            <translation>가격 시계열 없음: CoinGecko 또는 CoinMarketCap 다운로드 파일을 가져오거나 토큰 › 시장 데이터 받기…를 사용하세요</translation>
        </message>
        <message>
            <source>Price on %1 (UTC), from %2</source>
            <translation>%1(UTC) 가격, 출처: %2</translation>
        </message>
        <message>
            <source>The token's latest price in its series</source>
            <translation>시계열에 있는 토큰의 최신 가격</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>가격</translation>
        </message>
        <message>
            <source>7-day price change: the latest price against the price 7 days before it</source>
            <translation>7일 가격 변화: 최신 가격을 7일 전 가격과 비교한 값</translation>
        </message>
        <message>
            <source>Price 7d Δ</source>
            <translation>가격 7일 Δ</translation>
        </message>
    </context>
    <context>
        <name>seance::ViewState</name>
        <message>
            <source>The view was saved by a newer version of Seance (format %1).</source>
            <translation>이 보기는 더 새로운 버전의 Seance로 저장되었습니다(형식 %1).</translation>
        </message>
        <message>
            <source>The view has no valid "version".</source>
            <translation>보기에 올바른 "version"이 없습니다.</translation>
        </message>
        <message>
            <source>"selectedTokens" must be an array of strings.</source>
            <translation>"selectedTokens"는 문자열 배열이어야 합니다.</translation>
        </message>
        <message>
            <source>"selectedNarratives" must be an array of strings.</source>
            <translation>"selectedNarratives"는 문자열 배열이어야 합니다.</translation>
        </message>
        <message>
            <source>"focusedEvent" must be a string.</source>
            <translation>"focusedEvent"는 문자열이어야 합니다.</translation>
        </message>
        <message>
            <source>"visibleRange" must hold integer milliseconds "from" and "to".</source>
            <translation>"visibleRange"에는 정수 밀리초 "from"과 "to"가 있어야 합니다.</translation>
        </message>
        <message>
            <source>"granularity" must be "hour", "day" or "week".</source>
            <translation>"granularity"는 "hour", "day", "week" 중 하나여야 합니다.</translation>
        </message>
        <message>
            <source>"metric" names no known metric.</source>
            <translation>"metric"이 알려진 지표를 가리키지 않습니다.</translation>
        </message>
        <message>
            <source>"smoothing" must be an object.</source>
            <translation>"smoothing"은 객체여야 합니다.</translation>
        </message>
        <message>
            <source>"language" must be "all", "en", "ko", "ja" or "other".</source>
            <translation>"language"는 "all", "en", "ko", "ja", "other" 중 하나여야 합니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::WorkspaceFileActions</name>
        <message>
            <source>Seance workspaces (*.seance *.db *.sqlite);;All files (*)</source>
            <translation>Seance 워크스페이스 (*.seance *.db *.sqlite);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>&amp;New Workspace…</source>
            <translation>새 워크스페이스(&amp;N)…</translation>
        </message>
        <message>
            <source>Create an empty workspace database</source>
            <translation>빈 워크스페이스 데이터베이스를 만듭니다</translation>
        </message>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation>워크스페이스 열기(&amp;O)…</translation>
        </message>
        <message>
            <source>Open another workspace database</source>
            <translation>다른 워크스페이스 데이터베이스를 엽니다</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>최근 항목 열기(&amp;R)</translation>
        </message>
        <message>
            <source>No recent workspaces</source>
            <translation>최근 워크스페이스 없음</translation>
        </message>
        <message>
            <source>Clear List</source>
            <translation>목록 지우기</translation>
        </message>
        <message>
            <source>New Workspace</source>
            <translation>새 워크스페이스</translation>
        </message>
        <message>
            <source>Cannot create workspace</source>
            <translation>워크스페이스를 만들 수 없습니다</translation>
        </message>
        <message>
            <source>%1 exists and cannot be replaced.</source>
            <translation>%1이(가) 이미 있으며 바꿀 수 없습니다.</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>워크스페이스 열기</translation>
        </message>
    </context>
    <context>
        <name>seance::WorkspaceNotice</name>
        <message>
            <source>Read-only</source>
            <translation>읽기 전용</translation>
        </message>
        <message>
            <source>Changed by another Seance</source>
            <translation>다른 Seance가 변경함</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>다시 불러오기(&amp;R)</translation>
        </message>
        <message>
            <source>The workspace file or its folder cannot be written: it is shown, but edits and imports are refused.</source>
            <translation>워크스페이스 파일이나 폴더에 쓸 수 없습니다. 표시는 되지만 편집과 가져오기는 거부됩니다.</translation>
        </message>
        <message>
            <source>Another Seance window or the command line has written to this workspace since it was read. Reload to see the changes.</source>
            <translation>이 워크스페이스를 읽은 뒤 다른 Seance 창이나 명령줄이 여기에 썼습니다. 변경 내용을 보려면 다시 불러오세요.</translation>
        </message>
        <message>
            <source>Read the workspace again</source>
            <translation>워크스페이스를 다시 읽기</translation>
        </message>
    </context>
    <context>
        <name>seance::WorkspaceWorker</name>
        <message>
            <source>The workspace file %1 was not found.</source>
            <translation>워크스페이스 파일 %1을(를) 찾을 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::cli</name>
        <message>
            <source>--lang takes en, ko, ja or system, not "%1"</source>
            <translation>--lang에는 en, ko, ja 또는 system을 지정하세요("%1"은(는) 안 됩니다)</translation>
        </message>
        <message>
            <source>%1 needs a file name</source>
            <translation>%1에는 파일 이름이 필요합니다</translation>
        </message>
        <message>
            <source>Unknown command "%1". Run seance --help for the list.</source>
            <translation>알 수 없는 명령 "%1". 목록은 seance --help로 보세요.</translation>
        </message>
        <message>
            <source>
Default database: %1
</source>
            <translation>
기본 데이터베이스: %1
</translation>
        </message>
        <message>
            <source>The command "%1" is not available in this build.</source>
            <translation>명령 "%1"은(는) 이 빌드에서 사용할 수 없습니다.</translation>
        </message>
        <message>
            <source>The workspace database.</source>
            <translation>워크스페이스 데이터베이스.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>No database given: use --db FILE.</source>
            <translation>데이터베이스가 지정되지 않았습니다: --db FILE을 사용하세요.</translation>
        </message>
        <message>
            <source>No database at %1.</source>
            <translation>%1에 데이터베이스가 없습니다.</translation>
        </message>
        <message>
            <source>mean, weighted, positive_share, volume, share_of_voice or unscored (default mean).</source>
            <translation>mean, weighted, positive_share, volume, share_of_voice 또는 unscored(기본 mean).</translation>
        </message>
        <message>
            <source>METRIC</source>
            <translation>METRIC</translation>
        </message>
        <message>
            <source>hour, day or week (default day).</source>
            <translation>hour, day 또는 week(기본 day).</translation>
        </message>
        <message>
            <source>G</source>
            <translation>G</translation>
        </message>
        <message>
            <source>Write the whole workspace as a dataset (.json)</source>
            <translation>워크스페이스 전체를 데이터셋(.json)으로 쓰기</translation>
        </message>
        <message>
            <source>Print the number of rows in each table</source>
            <translation>각 테이블의 행 수 출력</translation>
        </message>
        <message>
            <source>Score every stored post again and rebuild the buckets (after renames, alias or lexicon changes)</source>
            <translation>저장된 모든 게시물을 다시 채점하고 버킷을 다시 만들기(이름, 별칭, 어휘 사전 변경 후)</translation>
        </message>
        <message>
            <source>Score texts, one per line (or TSV whose last column is the text)</source>
            <translation>텍스트를 한 줄에 하나씩 채점(또는 마지막 열이 텍스트인 TSV)</translation>
        </message>
        <message>
            <source>Print a token's or narrative's sentiment metric per bucket as CSV</source>
            <translation>토큰이나 내러티브의 버킷별 감성 지표를 CSV로 출력</translation>
        </message>
        <message>
            <source>Render the sentiment chart to PNG or SVG, without a display</source>
            <translation>디스플레이 없이 감성 차트를 PNG 또는 SVG로 그리기</translation>
        </message>
        <message>
            <source>Check every page of a workspace file (full integrity check, with progress)</source>
            <translation>워크스페이스 파일의 모든 페이지 검사(전체 무결성 검사, 진행 표시)</translation>
        </message>
        <message>
            <source>Give one workspace: %1 and %2 were both named.</source>
            <translation>워크스페이스는 하나만 지정하세요: %1과(와) %2가 모두 지정되었습니다.</translation>
        </message>
        <message>
            <source>%1 needs a value</source>
            <translation>%1에는 값이 필요합니다</translation>
        </message>
        <message>
            <source>Unknown option "%1". Run seance --help for the options.</source>
            <translation>알 수 없는 옵션 "%1". 옵션을 보려면 seance --help를 실행하세요.</translation>
        </message>
        <message>
            <source>A workspace file before a command goes after --db: seance --db %1 %2 …</source>
            <translation>명령 앞의 워크스페이스 파일은 --db 뒤에 지정합니다: seance --db %1 %2 …</translation>
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
            <translation>사용법: seance [--db FILE] [--lexicon FILE] [--lang LANG] [COMMAND [ARGS...]]
        seance [--lexicon FILE] [--lang LANG] [Qt 옵션] [FILE.seance]

Seance는 밈 토큰 내러티브와 그에 관한 게시물의 감성을 탐색합니다.
명령 없이 실행하면 메인 창을 열며, FILE을 지정하면 그 파일을 엽니다.

옵션:
  --db FILE        기본 워크스페이스 대신 이 워크스페이스 데이터베이스를 사용합니다
  --lexicon FILE   내장 어휘 사전 위에 추가 어휘 사전(VADER 또는 AFINN TSV)을 불러옵니다
  --lang LANG      en, ko 또는 ja로 표시합니다(기본값: 시스템 로캘, LANG)
  -h, --help       이 도움말을 표시합니다
  -v, --version    버전을 표시합니다
  Qt 자체 옵션도 사용할 수 있습니다: -platform NAME, -style NAME, -reverse, ...

명령(자세한 내용은 seance COMMAND --help 실행):
</translation>
        </message>
        <message>
            <source>Add a dataset, posts, or a Telegram, Reddit, X or Discord export (routed by mentions), all or nothing</source>
            <translation>데이터셋, 게시물 또는 Telegram, Reddit, X, Discord 내보내기 파일(언급에 따라 라우팅)을 추가합니다. 전부 추가되거나 하나도 추가되지 않습니다</translation>
        </message>
        <message>
            <source>Fetch a token's price, market cap and volume from CoinGecko (--token ID [--days N])</source>
            <translation>CoinGecko에서 토큰의 가격, 시가총액, 거래량을 가져옵니다(--token ID [--days N])</translation>
        </message>
        <message>
            <source>The prices were stored, but the coin's details were not: %1</source>
            <translation>가격은 저장되었지만 코인 세부 정보는 저장되지 않았습니다: %1</translation>
        </message>
        <message>
            <source>The coin's details could not be stored: %1</source>
            <translation>코인 세부 정보를 저장할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Accepted into token %1:</source>
            <translation>토큰 %1에 반영됨:</translation>
        </message>
        <message>
            <source>Fetch a token's daily price, market cap and volume in USD from CoinGecko's public API and store them as its series (points at times already stored are replaced). The free API gives at most %1 days; for a longer history import CoinGecko's CSV download with seance import FILE --token ID. On any failure nothing is written.</source>
            <translation>CoinGecko 공개 API에서 토큰의 일별 USD 가격, 시가총액, 거래량을 가져와 시계열로 저장합니다(이미 저장된 시점의 데이터는 교체됨). 무료 API는 최대 %1일까지 제공합니다. 더 긴 기간은 CoinGecko의 CSV 다운로드 파일을 seance import FILE --token ID로 가져오세요. 실패하면 아무것도 기록되지 않습니다.</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>이 도움말을 표시합니다.</translation>
        </message>
        <message>
            <source>The token to fetch for (required).</source>
            <translation>가져올 대상 토큰(필수).</translation>
        </message>
        <message>
            <source>Days of history, 1–%1 (default 90).</source>
            <translation>기록 일수, 1–%1(기본값 90).</translation>
        </message>
        <message>
            <source>The coin's CoinGecko id, when the token has none yet (it is then stored).</source>
            <translation>토큰에 아직 ID가 없을 때 사용할 코인의 CoinGecko ID(지정하면 저장됨).</translation>
        </message>
        <message>
            <source>The API root (default: the setting, else https://api.coingecko.com/api/v3).</source>
            <translation>API 루트(기본값: 설정값, 없으면 https://api.coingecko.com/api/v3).</translation>
        </message>
        <message>
            <source>Also accept the coin's links, categories, contract address and supply into the token.</source>
            <translation>코인의 링크, 카테고리, 컨트랙트 주소, 공급량도 토큰에 반영합니다.</translation>
        </message>
        <message>
            <source>Run seance fetch-market --help for the options.</source>
            <translation>옵션을 보려면 seance fetch-market --help를 실행하세요.</translation>
        </message>
        <message>
            <source>fetch-market takes no file; give --token ID.</source>
            <translation>fetch-market에는 파일을 지정하지 않습니다. --token ID를 지정하세요.</translation>
        </message>
        <message>
            <source>Give the token with --token ID.</source>
            <translation>--token ID로 토큰을 지정하세요.</translation>
        </message>
        <message>
            <source>--days takes a whole number of days, 1 or more.</source>
            <translation>--days에는 1 이상의 정수 일수를 지정합니다.</translation>
        </message>
        <message>
            <source>Fetched %1 points in time of %2 from CoinGecko for token %3:</source>
            <translation>CoinGecko에서 토큰 %3의 %2 데이터 시점 %1개를 가져왔습니다:</translation>
        </message>
        <message>
            <source>  series  %1</source>
            <translation>  시계열  %1</translation>
        </message>
        <message>
            <source>  points  %1</source>
            <translation>  시점    %1</translation>
        </message>
        <message>
            <source>%1 is market data: say which token it belongs to with --token ID.</source>
            <translation>%1은(는) 시장 데이터입니다. --token ID로 어느 토큰의 데이터인지 지정하세요.</translation>
        </message>
        <message>
            <source>The file name suggests --token %1.</source>
            <translation>파일 이름으로 보아 --token %1인 것 같습니다.</translation>
        </message>
        <message>
            <source>Imported %1 (%2) for token %3 into %4:</source>
            <translation>%1(%2)을(를) 토큰 %3용으로 %4에 가져왔습니다:</translation>
        </message>
        <message>
            <source>  rows    %1</source>
            <translation>  행      %1</translation>
        </message>
        <message>
            <source>  points  %1 (points at times already stored were replaced)</source>
            <translation>  시점    %1 (이미 저장된 시점의 데이터는 교체됨)</translation>
        </message>
        <message>
            <source>  posts read   %1</source>
            <translation>  읽은 게시물  %1</translation>
        </message>
        <message>
            <source> (routed ones from %1 to %2)</source>
            <translation> (라우팅된 게시물: %1 ~ %2)</translation>
        </message>
        <message>
            <source>  sources      %1</source>
            <translation>  출처         %1</translation>
        </message>
        <message>
            <source>  routed       %1 (%2 to more than one subject)</source>
            <translation>  라우팅됨     %1 (%2개는 둘 이상의 대상으로)</translation>
        </message>
        <message>
            <source>  stored       %1 (%2 duplicates skipped, %3 unscored)</source>
            <translation>  저장됨       %1 (중복 %2개 건너뜀, 점수 없음 %3개)</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%2의 %1</translation>
        </message>
        <message>
            <source>  ambiguous    %1</source>
            <translation>  모호함       %1</translation>
        </message>
        <message>
            <source> (%1; not credited: choose with --ambiguous NAME=TOKEN)</source>
            <translation> (%1; 반영되지 않음: --ambiguous NAME=TOKEN으로 선택하세요)</translation>
        </message>
        <message>
            <source>  unmatched    %1</source>
            <translation>  매칭 안 됨   %1</translation>
        </message>
        <message>
            <source> (not imported)</source>
            <translation> (가져오지 않음)</translation>
        </message>
        <message>
            <source> (%1 posts without a subject kept under %2)</source>
            <translation> (대상이 없는 게시물 %1개를 %2에 보관함)</translation>
        </message>
        <message>
            <source>  skipped      %1 service, %2 deleted, %3 empty, %4 bots</source>
            <translation>  건너뜀       서비스 %1개, 삭제됨 %2개, 빈 메시지 %3개, 봇 %4개</translation>
        </message>
        <message>
            <source>  repaired     %1 invalid escapes, %2 repeated keys</source>
            <translation>  복구됨       잘못된 이스케이프 %1개, 중복 키 %2개</translation>
        </message>
        <message>
            <source>  time zone    %1 posts have no date_unixtime: their local time was read as UTC</source>
            <translation>  시간대       게시물 %1개에 date_unixtime이 없어 현지 시간을 UTC로 읽었습니다</translation>
        </message>
        <message>
            <source>  per subject (would be imported):</source>
            <translation>  대상별(가져올 예정):</translation>
        </message>
        <message>
            <source>  per subject:</source>
            <translation>  대상별:</translation>
        </message>
        <message>
            <source>    none</source>
            <translation>    없음</translation>
        </message>
        <message>
            <source>token</source>
            <translation>토큰</translation>
        </message>
        <message>
            <source>narrative</source>
            <translation>내러티브</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>아무것도 가져오지 않았습니다.</translation>
        </message>
        <message>
            <source>Dry run of %1 (%2); nothing was written to %3:</source>
            <translation>%1(%2) 시험 실행. %3에는 아무것도 기록하지 않았습니다:</translation>
        </message>
        <message>
            <source>Imported %1 (%2) into %3:</source>
            <translation>%1(%2)을(를) %3에 가져왔습니다:</translation>
        </message>
        <message>
            <source>No post had anywhere to go: this workspace has no tokens or narratives. Import a dataset that has them first, or import into the default workspace (leave out --db), which starts with the sample's tokens.</source>
            <translation>게시물이 들어갈 곳이 없습니다: 이 워크스페이스에는 토큰도 내러티브도 없습니다. 먼저 토큰이 있는 데이터셋을 가져오거나, 샘플의 토큰으로 시작하는 기본 워크스페이스(--db 생략)로 가져오세요.</translation>
        </message>
        <message>
            <source>No post names a token or narrative of this workspace. Check the tokens' names and aliases, send every post to one with --route token:ID or --route narrative:ID, or keep them with --keep-unmatched NARRATIVE.</source>
            <translation>이 워크스페이스의 토큰이나 내러티브를 언급한 게시물이 없습니다. 토큰의 이름과 별칭을 확인하거나, --route token:ID 또는 --route narrative:ID로 모든 게시물을 한 대상에 보내거나, --keep-unmatched NARRATIVE로 보관하세요.</translation>
        </message>
    </context>
    <context>
        <name>seance::cli::check</name>
        <message>
            <source>Check every page of a workspace (SQLite's full integrity_check), which opening it does not do for large files. Reads only; prints progress on stderr.</source>
            <translation>워크스페이스의 모든 페이지를 검사합니다(SQLite의 전체 integrity_check). 큰 파일은 열 때 이 검사를 하지 않습니다. 읽기만 하며 진행 상황은 stderr에 출력합니다.</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>이 도움말 보기.</translation>
        </message>
        <message>
            <source>The workspace file (default: --db, or the default workspace).</source>
            <translation>워크스페이스 파일(기본: --db 또는 기본 워크스페이스).</translation>
        </message>
        <message>
            <source>check takes one file.</source>
            <translation>check에는 파일 하나를 지정합니다.</translation>
        </message>
        <message>
            <source>checking: %1 %</source>
            <translation>검사 중: %1 %</translation>
        </message>
        <message>
            <source>%1: ok (every page checked)</source>
            <translation>%1: 정상(모든 페이지 검사함)</translation>
        </message>
    </context>
    <context>
        <name>seance::cli::export</name>
        <message>
            <source>Write the whole workspace as a Seance dataset (.json) in its canonical form. The target is replaced only once the export is complete.</source>
            <translation>워크스페이스 전체를 정규 형식의 Seance 데이터셋(.json)으로 씁니다. 대상 파일은 내보내기가 끝난 뒤에만 바뀝니다.</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>이 도움말 보기.</translation>
        </message>
        <message>
            <source>The file to write, or - for standard output.</source>
            <translation>쓸 파일, 또는 표준 출력이면 -.</translation>
        </message>
        <message>
            <source>Run seance export --help for the options.</source>
            <translation>옵션은 seance export --help로 보세요.</translation>
        </message>
        <message>
            <source>Give exactly one output file (or - for standard output).</source>
            <translation>출력 파일을 정확히 하나 지정하세요(또는 표준 출력이면 -).</translation>
        </message>
        <message>
            <source>Exported %1 to %2:</source>
            <translation>%1을(를) %2(으)로 내보냈습니다:</translation>
        </message>
        <message>
            <source>standard output</source>
            <translation>표준 출력</translation>
        </message>
        <message>
            <source>  tokens       %1</source>
            <translation>  토큰         %1</translation>
        </message>
        <message>
            <source>  narratives   %1</source>
            <translation>  내러티브     %1</translation>
        </message>
        <message>
            <source>  events       %1</source>
            <translation>  이벤트       %1</translation>
        </message>
        <message>
            <source>  posts        %1</source>
            <translation>  게시물       %1</translation>
        </message>
        <message>
            <source>  series       %1 (%2 points)</source>
            <translation>  계열         %1 (포인트 %2개)</translation>
        </message>
        <message>
            <source>  saved views  %1</source>
            <translation>  저장된 보기  %1</translation>
        </message>
        <message>
            <source>Cannot export %1: %2</source>
            <translation>%1을(를) 내보낼 수 없습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>seance::cli::exportChart</name>
        <message>
            <source>Render the sentiment chart of some tokens to a PNG or SVG file, without a display.
Dates are UTC: ISO 8601 dates or times, or epoch seconds or milliseconds; --to is exclusive.</source>
            <translation>일부 토큰의 감성 차트를 디스플레이 없이 PNG 또는 SVG 파일로 그립니다.
날짜는 UTC입니다: ISO 8601 날짜나 시각, 또는 에포크 초나 밀리초. --to는 포함하지 않습니다.</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>이 도움말 보기.</translation>
        </message>
        <message>
            <source>Token ids, separated by commas.</source>
            <translation>쉼표로 구분한 토큰 id.</translation>
        </message>
        <message>
            <source>ID,...</source>
            <translation>ID,...</translation>
        </message>
        <message>
            <source>Start (default: the tokens' first post).</source>
            <translation>시작(기본: 토큰의 첫 게시물).</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>End (default: after the tokens' last post).</source>
            <translation>끝(기본: 토큰의 마지막 게시물 이후).</translation>
        </message>
        <message>
            <source>dark, light or presenter (default: the app's theme).</source>
            <translation>dark, light 또는 presenter(기본: 앱의 테마).</translation>
        </message>
        <message>
            <source>THEME</source>
            <translation>THEME</translation>
        </message>
        <message>
            <source>Width x height in logical pixels (default 1920x1080).</source>
            <translation>논리 픽셀 단위의 너비 x 높이(기본 1920x1080).</translation>
        </message>
        <message>
            <source>WxH</source>
            <translation>WxH</translation>
        </message>
        <message>
            <source>PNG pixel ratio, 0.5 to 4 (default 1).</source>
            <translation>PNG 픽셀 비율, 0.5~4(기본 1).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Title (default: the tokens' names).</source>
            <translation>제목(기본: 토큰 이름).</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>Subtitle (default: metric and dates).</source>
            <translation>부제(기본: 지표와 날짜).</translation>
        </message>
        <message>
            <source>Source caption (default: the workspace).</source>
            <translation>출처 캡션(기본: 워크스페이스).</translation>
        </message>
        <message>
            <source>Leave out the event markers.</source>
            <translation>이벤트 표시를 빼기.</translation>
        </message>
        <message>
            <source>Leave out the legend.</source>
            <translation>범례를 빼기.</translation>
        </message>
        <message>
            <source>Transparent background.</source>
            <translation>투명 배경.</translation>
        </message>
        <message>
            <source>The file to write: .png or .svg.</source>
            <translation>쓸 파일: .png 또는 .svg.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Run seance export-chart --help for the options.</source>
            <translation>옵션은 seance export-chart --help로 보세요.</translation>
        </message>
        <message>
            <source>Unexpected argument "%1".</source>
            <translation>예상치 못한 인수 "%1".</translation>
        </message>
        <message>
            <source>--tokens: give the token ids to chart, e.g. --tokens xrpl-ghost-coin,icp-ghost.</source>
            <translation>--tokens: 차트로 그릴 토큰 id를 지정하세요. 예: --tokens xrpl-ghost-coin,icp-ghost.</translation>
        </message>
        <message>
            <source>--out: give the file to write, ending in .png or .svg.</source>
            <translation>--out: 쓸 파일을 지정하세요. .png 또는 .svg로 끝나야 합니다.</translation>
        </message>
        <message>
            <source>--tokens: "%1" names no token.</source>
            <translation>--tokens: "%1"에 해당하는 토큰이 없습니다.</translation>
        </message>
        <message>
            <source>--out: "%1" must end in .png or .svg.</source>
            <translation>--out: "%1"은(는) .png 또는 .svg로 끝나야 합니다.</translation>
        </message>
        <message>
            <source>--metric: unknown metric "%1".</source>
            <translation>--metric: 알 수 없는 지표 "%1".</translation>
        </message>
        <message>
            <source>--granularity: unknown granularity "%1"; use hour, day or week.</source>
            <translation>--granularity: 알 수 없는 단위 "%1". hour, day 또는 week를 쓰세요.</translation>
        </message>
        <message>
            <source>--theme: unknown theme "%1"; use dark, light or presenter.</source>
            <translation>--theme: 알 수 없는 테마 "%1". dark, light 또는 presenter를 쓰세요.</translation>
        </message>
        <message>
            <source>--size: "%1" is not a size like 1920x1080 (each side %2 to %3 pixels).</source>
            <translation>--size: "%1"은(는) 1920x1080 같은 크기가 아닙니다(각 변 %2~%3 픽셀).</translation>
        </message>
        <message>
            <source>--scale: "%1" is not a number from 0.5 to %2.</source>
            <translation>--scale: "%1"은(는) 0.5에서 %2 사이의 숫자가 아닙니다.</translation>
        </message>
        <message>
            <source>--from: "%1" is not a date or time.</source>
            <translation>--from: "%1"은(는) 날짜나 시각이 아닙니다.</translation>
        </message>
        <message>
            <source>--to: "%1" is not a date or time.</source>
            <translation>--to: "%1"은(는) 날짜나 시각이 아닙니다.</translation>
        </message>
        <message>
            <source>--from and --to go together: give both, or neither for the full range.</source>
            <translation>--from과 --to는 함께 씁니다: 둘 다 지정하거나, 전체 기간이면 둘 다 생략하세요.</translation>
        </message>
        <message>
            <source>--from must come before --to.</source>
            <translation>--from은 --to보다 앞이어야 합니다.</translation>
        </message>
        <message>
            <source>Wrote %1 (%2×%3 at %4×)</source>
            <translation>%1 작성(%2×%3, %4배)</translation>
        </message>
        <message>
            <source>What to draw besides the sentiment: "price" adds the tokens' prices on a second axis (default: none).</source>
            <translation>감성 외에 그릴 항목: "price"는 토큰 가격을 보조 축에 추가합니다(기본값: none).</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>linear or log (default linear).</source>
            <translation>linear 또는 log(기본값 linear).</translation>
        </message>
        <message>
            <source>SCALE</source>
            <translation>SCALE</translation>
        </message>
        <message>
            <source>--series: "%1" is not price or sentiment.</source>
            <translation>--series: "%1"은(는) price 또는 sentiment가 아닙니다.</translation>
        </message>
        <message>
            <source>--price-scale: "%1" is not linear or log.</source>
            <translation>--price-scale: "%1"은(는) linear 또는 log가 아닙니다.</translation>
        </message>
        <message>
            <source>none, ma:N (an N-day moving average) or ema:N (an N-day EMA), N from 1 to %1 (default none).</source>
            <translation>none, ma:N(N일 이동 평균) 또는 ema:N(N일 EMA), N은 1~%1(기본 none).</translation>
        </message>
        <message>
            <source>SPEC</source>
            <translation>SPEC</translation>
        </message>
        <message>
            <source>Draw the standard error of the smoothed line as a band.</source>
            <translation>스무딩된 선의 표준 오차를 밴드로 그립니다.</translation>
        </message>
        <message>
            <source>Draw points resting on fewer posts faded; 0 turns it off (default %1).</source>
            <translation>게시물이 이보다 적은 포인트를 흐리게 그립니다. 0이면 끕니다(기본값 %1).</translation>
        </message>
        <message>
            <source>--smooth: "%1" is not none, ma:N or ema:N with N from 1 to %2.</source>
            <translation>--smooth: "%1"은(는) none, ma:N, ema:N(N은 1~%2) 중 하나가 아닙니다.</translation>
        </message>
        <message>
            <source>--min-posts: "%1" is not a whole number from 0 to %2.</source>
            <translation>--min-posts: "%1"은(는) 0에서 %2 사이의 정수가 아닙니다.</translation>
        </message>
        <message>
            <source>--band: the band is the smoothed line's standard error; give --smooth too.</source>
            <translation>--band: 밴드는 스무딩된 선의 표준 오차이므로 --smooth도 지정하세요.</translation>
        </message>
    </context>
    <context>
        <name>seance::cli::import</name>
        <message>
            <source>Imported %1 into %2:</source>
            <translation>%1을(를) %2(으)로 가져왔습니다:</translation>
        </message>
        <message>
            <source>  tokens       %1</source>
            <translation>  토큰         %1</translation>
        </message>
        <message>
            <source>  narratives   %1</source>
            <translation>  내러티브     %1</translation>
        </message>
        <message>
            <source>  events       %1</source>
            <translation>  이벤트       %1</translation>
        </message>
        <message>
            <source>  posts        %1 (%2 duplicates skipped, %3 unscored)</source>
            <translation>  게시물       %1 (중복 %2개 건너뜀, 점수 없음 %3개)</translation>
        </message>
        <message>
            <source>  series       %1 (%2 points)</source>
            <translation>  계열         %1 (포인트 %2개)</translation>
        </message>
        <message>
            <source>  saved views  %1</source>
            <translation>  저장된 보기  %1</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>이 도움말 보기.</translation>
        </message>
        <message>
            <source>The file to import.</source>
            <translation>가져올 파일.</translation>
        </message>
        <message>
            <source>Run seance import --help for the options.</source>
            <translation>옵션은 seance import --help로 보세요.</translation>
        </message>
        <message>
            <source>Give exactly one file to import.</source>
            <translation>가져올 파일을 정확히 하나 지정하세요.</translation>
        </message>
        <message>
            <source>No file at %1.</source>
            <translation>%1에 파일이 없습니다.</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>아무것도 가져오지 않았습니다.</translation>
        </message>
        <message>
            <source>  lines read   %1 in %2 s</source>
            <translation>  읽은 줄       %1 (%2초)</translation>
        </message>
        <message>
            <source>Add a file to the workspace in one transaction: a Seance dataset (.json) or posts (.jsonl, .csv), or an export of a Telegram chat, a Reddit dump (.zst too), an X archive or a Discord channel, whose posts go to the tokens and narratives they mention. If any record is malformed, nothing is written.</source>
            <translation>하나의 트랜잭션으로 파일을 워크스페이스에 추가합니다. Seance 데이터셋(.json), 게시물(.jsonl, .csv), 또는 Telegram 채팅 내보내기, Reddit 덤프(.zst도 가능), X 아카이브, Discord 채널 내보내기를 추가할 수 있으며, 게시물은 언급한 토큰과 내러티브로 들어갑니다. 잘못된 레코드가 하나라도 있으면 아무것도 기록되지 않습니다.</translation>
        </message>
        <message>
            <source>What the file is: auto (from its content), seance, telegram, reddit, x or discord.</source>
            <translation>파일 종류: auto(내용으로 판단), seance, telegram, reddit, x 또는 discord.</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>Where an export's posts go: mentions (the tokens and narratives each post names), token:ID or narrative:ID (every post).</source>
            <translation>내보내기 파일의 게시물이 들어갈 곳: mentions(각 게시물이 언급한 토큰과 내러티브), token:ID 또는 narrative:ID(모든 게시물).</translation>
        </message>
        <message>
            <source>ROUTE</source>
            <translation>ROUTE</translation>
        </message>
        <message>
            <source>Keep posts that name nothing under this narrative instead of leaving them out.</source>
            <translation>아무것도 언급하지 않은 게시물을 제외하지 않고 이 내러티브에 보관합니다.</translation>
        </message>
        <message>
            <source>NARRATIVE</source>
            <translation>NARRATIVE</translation>
        </message>
        <message>
            <source>Credit a name that several tokens share to one of them, e.g. GHOST=icp-ghost, when the post, its chat and the file name do not decide. May be repeated.</source>
            <translation>게시물, 채팅, 파일 이름으로 결정되지 않을 때 여러 토큰이 공유하는 이름을 그중 하나에 반영합니다(예: GHOST=icp-ghost). 여러 번 지정할 수 있습니다.</translation>
        </message>
        <message>
            <source>NAME=TOKEN</source>
            <translation>NAME=TOKEN</translation>
        </message>
        <message>
            <source>Leave out messages of Discord bots.</source>
            <translation>Discord 봇의 메시지를 제외합니다.</translation>
        </message>
        <message>
            <source>Print where the posts would go and write nothing.</source>
            <translation>게시물이 들어갈 곳을 출력하고 아무것도 기록하지 않습니다.</translation>
        </message>
        <message>
            <source>For a series file (CoinGecko or CoinMarketCap historical CSV, or a series CSV): the token it belongs to.</source>
            <translation>시계열 파일(CoinGecko 또는 CoinMarketCap 과거 데이터 CSV, 또는 시계열 CSV)의 경우: 해당 토큰.</translation>
        </message>
        <message>
            <source>For market data: the currency of its prices (default: what the file says, else USD).</source>
            <translation>시장 데이터의 경우: 가격 통화(기본값: 파일에 명시된 통화, 없으면 USD).</translation>
        </message>
        <message>
            <source>Cannot import %1: %2</source>
            <translation>%1을(를) 가져올 수 없습니다: %2</translation>
        </message>
        <message>
            <source>--ambiguous takes NAME=TOKEN, e.g. GHOST=icp-ghost, not "%1".</source>
            <translation>--ambiguous에는 NAME=TOKEN 형식을 지정합니다(예: GHOST=icp-ghost). "%1"은(는) 올바르지 않습니다.</translation>
        </message>
        <message>
            <source>%1 is a %2: --route, --keep-unmatched, --ambiguous, --exclude-bots and --dry-run are for exports of Telegram, Reddit, X and Discord.</source>
            <translation>%1은(는) %2입니다: --route, --keep-unmatched, --ambiguous, --exclude-bots, --dry-run은 Telegram, Reddit, X, Discord 내보내기 파일용입니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::cli::rescore</name>
        <message>
            <source>Score every post in the workspace again and rebuild the sentiment buckets: after renaming tokens, changing aliases or keywords (they are masked), or with another extra lexicon. All or nothing.</source>
            <translation>워크스페이스의 모든 게시물을 다시 채점하고 감성 버킷을 다시 만듭니다: 토큰 이름, 별칭, 키워드를 바꾼 뒤(이들은 가려집니다) 또는 다른 추가 어휘 사전으로. 전부 아니면 전무.</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>이 도움말 보기.</translation>
        </message>
        <message>
            <source>Merge an extra lexicon (VADER or AFINN TSV) over the built-in one.</source>
            <translation>기본 어휘 사전 위에 추가 어휘 사전(VADER 또는 AFINN TSV)을 병합.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>rescore takes no arguments.</source>
            <translation>rescore는 인수를 받지 않습니다.</translation>
        </message>
        <message>
            <source>Nothing was rescored.</source>
            <translation>아무것도 다시 채점하지 않았습니다.</translation>
        </message>
        <message>
            <source>Rescored %1 posts in %2 s: %3 changed, %4 unscored.</source>
            <translation>게시물 %1개를 %2초 동안 다시 채점했습니다: %3개 변경, %4개 점수 없음.</translation>
        </message>
    </context>
    <context>
        <name>seance::cli::score</name>
        <message>
            <source>term</source>
            <translation>용어</translation>
        </message>
        <message>
            <source>rule</source>
            <translation>규칙</translation>
        </message>
        <message>
            <source>Score texts, one per line, or TSV lines whose last column is the text. Prints the compound score (-1 to +1, four decimals) of each line, or "unscored" for text in a script the lexicon does not cover. Reads standard input when FILE is - or missing.</source>
            <translation>텍스트를 한 줄에 하나씩, 또는 마지막 열이 텍스트인 TSV 줄을 채점합니다. 각 줄의 compound 점수(-1~+1, 소수 넷째 자리)를 출력하고, 어휘 사전이 다루지 않는 문자의 텍스트는 "unscored"를 출력합니다. FILE이 -이거나 없으면 표준 입력을 읽습니다.</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>이 도움말 보기.</translation>
        </message>
        <message>
            <source>Print the terms and rules behind each score under it.</source>
            <translation>각 점수 아래에 그 근거가 된 용어와 규칙을 출력.</translation>
        </message>
        <message>
            <source>Merge an extra lexicon (VADER or AFINN TSV) over the built-in one.</source>
            <translation>기본 어휘 사전 위에 추가 어휘 사전(VADER 또는 AFINN TSV)을 병합.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>The texts (default: standard input).</source>
            <translation>텍스트(기본: 표준 입력).</translation>
        </message>
        <message>
            <source>Run seance score --help for the options.</source>
            <translation>옵션은 seance score --help로 보세요.</translation>
        </message>
        <message>
            <source>Expected at most one input file, got %1.</source>
            <translation>입력 파일은 최대 하나인데 %1개가 주어졌습니다.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1을(를) 읽을 수 없습니다: %2</translation>
        </message>
        <message>
            <source>Error reading %1: %2</source>
            <translation>%1을(를) 읽는 중 오류: %2</translation>
        </message>
    </context>
    <context>
        <name>seance::cli::series</name>
        <message>
            <source>Print a token's or narrative's sentiment metric per bucket as CSV: bucket_start_iso,value,n.
Times are UTC; --from and --to take ISO 8601 dates or times, or epoch seconds or milliseconds.</source>
            <translation>토큰이나 내러티브의 버킷별 감성 지표를 CSV로 출력합니다: bucket_start_iso,value,n.
시각은 UTC입니다. --from과 --to에는 ISO 8601 날짜나 시각, 또는 에포크 초나 밀리초를 씁니다.</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>이 도움말 보기.</translation>
        </message>
        <message>
            <source>The token id.</source>
            <translation>토큰 id.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>The narrative id.</source>
            <translation>내러티브 id.</translation>
        </message>
        <message>
            <source>First time included (default: the first bucket).</source>
            <translation>포함되는 첫 시각(기본: 첫 버킷).</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATE</translation>
        </message>
        <message>
            <source>First time excluded (default: after the last bucket).</source>
            <translation>제외되는 첫 시각(기본: 마지막 버킷 이후).</translation>
        </message>
        <message>
            <source>Run seance series --help for the options.</source>
            <translation>옵션은 seance series --help로 보세요.</translation>
        </message>
        <message>
            <source>Unexpected argument "%1".</source>
            <translation>예상치 못한 인수 "%1".</translation>
        </message>
        <message>
            <source>Give exactly one of --token ID and --narrative ID.</source>
            <translation>--token ID와 --narrative ID 중 정확히 하나를 지정하세요.</translation>
        </message>
        <message>
            <source>Unknown metric "%1".</source>
            <translation>알 수 없는 지표 "%1".</translation>
        </message>
        <message>
            <source>Unknown granularity "%1".</source>
            <translation>알 수 없는 단위 "%1".</translation>
        </message>
        <message>
            <source>--from: "%1" is not a date or time.</source>
            <translation>--from: "%1"은(는) 날짜나 시각이 아닙니다.</translation>
        </message>
        <message>
            <source>--to: "%1" is not a date or time.</source>
            <translation>--to: "%1"은(는) 날짜나 시각이 아닙니다.</translation>
        </message>
        <message>
            <source>--from must come before --to.</source>
            <translation>--from은 --to보다 앞이어야 합니다.</translation>
        </message>
        <message>
            <source>Unknown token "%1".</source>
            <translation>알 수 없는 토큰 "%1".</translation>
        </message>
        <message>
            <source>Unknown narrative "%1".</source>
            <translation>알 수 없는 내러티브 "%1".</translation>
        </message>
    </context>
    <context>
        <name>seance::cli::stats</name>
        <message>
            <source>Print the number of rows in each table of the workspace.</source>
            <translation>워크스페이스의 각 테이블 행 수를 출력합니다.</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>이 도움말 보기.</translation>
        </message>
        <message>
            <source>stats takes no arguments.</source>
            <translation>stats는 인수를 받지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>seance::social::DiscordReader</name>
        <message>
            <source>not a valid time: "%1"</source>
            <translation>올바른 시각이 아닙니다: "%1"</translation>
        </message>
        <message>
            <source>message %1</source>
            <translation>메시지 %1</translation>
        </message>
    </context>
    <context>
        <name>seance::social::JsonRecordStream</name>
        <message>
            <source>a string longer than %1 MiB</source>
            <translation>%1 MiB보다 긴 문자열</translation>
        </message>
        <message>
            <source>invalid JSON: %1</source>
            <translation>잘못된 JSON: %1</translation>
        </message>
        <message>
            <source>a record with more than %1 values</source>
            <translation>값이 %1개를 넘는 레코드</translation>
        </message>
        <message>
            <source>nested deeper than %1 levels</source>
            <translation>%1단계보다 깊게 중첩되었습니다</translation>
        </message>
    </context>
    <context>
        <name>seance::social::RecordFields</name>
        <message>
            <source>not an integer: "%1"</source>
            <translation>정수가 아닙니다: "%1"</translation>
        </message>
        <message>
            <source>wrong type: expected %1, got %2</source>
            <translation>잘못된 형식: %1이(가) 필요하지만 %2입니다</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>없음</translation>
        </message>
    </context>
    <context>
        <name>seance::social::RedditReader</name>
        <message>
            <source>invalid JSON at column %1: %2</source>
            <translation>%1열에 잘못된 JSON: %2</translation>
        </message>
        <message>
            <source>wrong type: expected %1, got %2</source>
            <translation>잘못된 형식: %1이(가) 필요하지만 %2입니다</translation>
        </message>
        <message>
            <source>not a number: "%1"</source>
            <translation>숫자가 아닙니다: "%1"</translation>
        </message>
        <message>
            <source>not valid UTF-8</source>
            <translation>올바른 UTF-8이 아닙니다</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>impossible time: %1 seconds since 1970</source>
            <translation>불가능한 시각: 1970년 이후 %1초</translation>
        </message>
        <message>
            <source>missing: a comment has "body", a submission "title"</source>
            <translation>없음: 댓글에는 "body", 게시글에는 "title"이 있어야 합니다</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>%1번째 줄</translation>
        </message>
    </context>
    <context>
        <name>seance::social::SocialFormat</name>
        <message>
            <source>Telegram Desktop export (JSON)</source>
            <translation>Telegram Desktop 내보내기(JSON)</translation>
        </message>
        <message>
            <source>Reddit dump (NDJSON, plain or .zst)</source>
            <translation>Reddit 덤프(NDJSON, 일반 또는 .zst)</translation>
        </message>
        <message>
            <source>X (Twitter) archive</source>
            <translation>X(Twitter) 아카이브</translation>
        </message>
        <message>
            <source>DiscordChatExporter (JSON)</source>
            <translation>DiscordChatExporter(JSON)</translation>
        </message>
        <message>
            <source>%1: a folder that is not an X archive (no data/tweets.js, data/tweet.js or tweets-part*.js)</source>
            <translation>%1: X 아카이브가 아닌 폴더(data/tweets.js, data/tweet.js, tweets-part*.js가 없음)</translation>
        </message>
        <message>
            <source>%1: the file is empty</source>
            <translation>%1: 파일이 비어 있습니다</translation>
        </message>
        <message>
            <source>%1: not an export Seance can read. Tried: %2 (needs "messages" or "chats" at the top); %3 (needs one JSON object per line with "subreddit", "created_utc" and "body" or "title"); %4 (needs "window.YTD.tweets.part0 = [" or an array of tweets); %5 (needs "guild" and "channel" at the top)</source>
            <translation>%1: Seance가 읽을 수 있는 내보내기가 아닙니다. 시도한 형식: %2(맨 위에 "messages"나 "chats" 필요), %3(줄마다 "subreddit", "created_utc", 그리고 "body"나 "title"이 있는 JSON 객체 하나 필요), %4("window.YTD.tweets.part0 = [" 또는 트윗 배열 필요), %5(맨 위에 "guild"와 "channel" 필요)</translation>
        </message>
        <message>
            <source>%1: no data/tweets.js, data/tweet.js or tweets-part*.js in this zip archive: Seance reads an X archive's zip; unpack any other archive first</source>
            <translation>%1: 이 zip 아카이브에 data/tweets.js, data/tweet.js, tweets-part*.js가 없습니다. Seance는 X 아카이브의 zip을 읽습니다. 다른 아카이브는 먼저 압축을 푸세요</translation>
        </message>
    </context>
    <context>
        <name>seance::social::TelegramReader</name>
        <message>
            <source>impossible time: %1 seconds since 1970</source>
            <translation>불가능한 시각: 1970년 이후 %1초</translation>
        </message>
        <message>
            <source>missing, and no "date" either</source>
            <translation>없음, "date"도 없습니다</translation>
        </message>
        <message>
            <source>not a valid time: "%1"</source>
            <translation>올바른 시각이 아닙니다: "%1"</translation>
        </message>
        <message>
            <source>the chat's "id" must come before its "messages"</source>
            <translation>채팅의 "id"는 "messages"보다 앞에 와야 합니다</translation>
        </message>
        <message>
            <source>Saved Messages</source>
            <translation>저장된 메시지</translation>
        </message>
        <message>
            <source>Telegram chat %1</source>
            <translation>Telegram 채팅 %1</translation>
        </message>
        <message>
            <source>chat %1, message %2</source>
            <translation>채팅 %1, 메시지 %2</translation>
        </message>
        <message>
            <source>message %1</source>
            <translation>메시지 %1</translation>
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
            <translation>올바른 시각이 아닙니다: "%1"</translation>
        </message>
        <message>
            <source>X archive</source>
            <translation>X 아카이브</translation>
        </message>
        <message>
            <source>no '=' after the "window.YTD.…" prefix</source>
            <translation>"window.YTD.…" 접두사 뒤에 '='이 없습니다</translation>
        </message>
        <message>
            <source>tweet %1</source>
            <translation>트윗 %1</translation>
        </message>
        <message>
            <source>no data/tweets.js, data/tweet.js or tweets-part*.js in this folder</source>
            <translation>이 폴더에 data/tweets.js, data/tweet.js, tweets-part*.js가 없습니다</translation>
        </message>
        <message>
            <source>no data/tweets.js, data/tweet.js or tweets-part*.js in this zip archive</source>
            <translation>이 zip 아카이브에 data/tweets.js, data/tweet.js, tweets-part*.js가 없습니다</translation>
        </message>
    </context>
    <context>
        <name>seance::social::ZipArchive</name>
        <message>
            <source>not a complete zip archive (is it truncated?): %1</source>
            <translation>완전한 zip 아카이브가 아닙니다(잘렸나요?): %1</translation>
        </message>
        <message>
            <source>no %1 in the archive</source>
            <translation>아카이브에 %1이(가) 없습니다</translation>
        </message>
    </context>
    <context>
        <name>seance::social::ZstdInputDevice</name>
        <message>
            <source>cannot set up zstd decompression</source>
            <translation>zstd 압축 해제를 준비할 수 없습니다</translation>
        </message>
        <message>
            <source>truncated zstd data: the file ends inside a compressed frame</source>
            <translation>잘린 zstd 데이터: 압축된 프레임 안에서 파일이 끝납니다</translation>
        </message>
        <message>
            <source>corrupt zstd data: %1</source>
            <translation>손상된 zstd 데이터: %1</translation>
        </message>
        <message>
            <source>the zstd data needs a decoding window larger than %1 MiB, the most this reader allows</source>
            <translation>zstd 데이터에 이 리더가 허용하는 최대치인 %1 MiB보다 큰 디코딩 창이 필요합니다</translation>
        </message>
    </context>
</TS>
