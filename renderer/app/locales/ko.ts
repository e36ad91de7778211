/** 한국어 UI 문자열 (en.ts와 같은 키). */
import type { Messages } from './en';

export const ko: Messages = {
  app: { name: 'Fitplot', tagline: 'CSV 파일을 살펴보고, 차트로 그리고, 내보내기 — 오프라인으로.' },
  nav: { start: '시작', import: '가져오기', data: '데이터', stats: '통계', charts: '차트', main: '보기' },
  common: {
    open: '파일 열기…', close: '파일 닫기', cancel: '취소', retry: '다시 시도', rows: '{{n}}행', columns: '{{n}}열',
    theme: '테마', light: '밝게', dark: '어둡게', system: '시스템', language: '언어', noFile: '열린 파일 없음', whatToDo: '해결 방법',
    dismiss: '닫기', shortcuts: '단축키', loading: '불러오는 중…',
    memory: '메모리: {{size}}',
  },
  start: {
    title: '데이터 파일 열기', drop: 'CSV 파일을 여기에 끌어다 놓거나', choose: '파일 선택', hint: 'CSV, TSV, 텍스트 — UTF-8, UTF-16, 한국어 CP949. 수 GB 파일도 스트리밍으로 읽습니다.',
    samples: '예제 데이터', recent: '최근 파일', noRecent: '연 파일이 여기에 표시됩니다.', reopenHint: '열기로 다시 선택하세요 (브라우저는 파일을 스스로 다시 열 수 없습니다).',
    sample: { 'breast-cancer': '유방암 (위스콘신)', diabetes: '당뇨병 진행', 'plant-sensors': '공장 센서', 'plant-sensors-cp949': '공장 센서 (한국어, CP949)' },
  },
  import: {
    title: '{{name}} 가져오기', encoding: '인코딩', delimiter: '구분자', decimal: '소수점', header: '첫 행은 머리글', auto: '자동 감지',
    detected: '감지됨: {{value}}', comma: '쉼표 ,', semicolon: '세미콜론 ;', tab: '탭', pipe: '세로선 |', point: '마침표 (1.5)', decimalComma: '쉼표 (1,5)',
    koreanWrong: '한글이 깨져 보이나요?', tryCp949: 'CP949(EUC-KR)로 읽기', tryUtf8: 'UTF-8로 읽기', load: '모든 행 불러오기', preview: '처음 {{count}}행 미리보기',
    warnings: '경고', lines: '{{lines}}행', progress: '{{rows}}행 · 초당 {{rate}}행 · 남은 시간 {{left}}', progressNoEta: '{{rows}}행 · 초당 {{rate}}행',
    loadingTitle: '{{name}} 불러오는 중', float32: '숫자를 32비트 실수로 저장 (메모리 절반)',
    float32Hint: '아주 큰 파일용: 유효숫자 약 7자리를 유지하며, 반올림된 열은 모두 경고에 표시됩니다.',
    source: { bom: '바이트 순서 표시', 'nul-pattern': 'UTF-16 패턴', 'utf-8-valid': '올바른 UTF-8', 'cp949-trial': '한글 확인됨', detector: '추정', user: '직접 선택' }, typeOf: '{{name}}의 형식', noWarnings: '미리보기에서 문제가 발견되지 않았습니다.',
  },
  types: { number: '숫자', datetime: '날짜/시간', boolean: '예/아니오', category: '범주', text: '텍스트' },
  warnings: {
    title: '경고', short: '경고', badge: '경고 {{count}}개: 보기', intro: '파일 전체를 읽으며 발견한 경고 ({{count}}개):',
    inFile: '파일 전체의 경고 ({{count}}개)', noneInFile: '파일 전체에서 문제가 발견되지 않았습니다.', examples: '예',
    code: {
      RAGGED_ROWS_SHORT: '{{count}}개 행의 필드 수가 머리글보다 적어, 마지막 셀들이 결측입니다.',
      RAGGED_ROWS_LONG: '{{count}}개 행의 필드 수가 머리글보다 많아, 남는 필드를 버렸습니다 (값이 밀리지는 않았습니다). 해당 행의 구분자나 따옴표를 확인하세요.',
      INVALID_CELLS: '“{{column}}” 열: {{count}}개 셀을 열의 형식으로 읽을 수 없어 잘못된 값으로 셉니다 (빈 셀과 따로).',
      DUPLICATE_HEADER: '중복된 열 이름 {{count}}개를 서로 다르게 바꿨습니다.',
      EMPTY_HEADER: '이름 없는 열 {{count}}개에 이름을 붙였습니다.',
      ENCODING_DOUBTFUL: '텍스트 인코딩은 추정입니다. 글자가 이상하면 가져오기 화면에서 인코딩을 고르세요.',
      REPLACEMENT_CHARACTERS: '{{count}}개 문자를 해독할 수 없어 “\uFFFD”로 표시됩니다. 가져오기 화면에서 다른 인코딩을 시도하세요.',
      BLANK_LINES: '빈 줄 {{count}}개를 건너뛰었습니다.',
      FLOAT32_PRECISION: '“{{column}}” 열은 32비트 실수로 저장되어 {{count}}개 값이 반올림되었습니다 (유효숫자 약 7자리).',
      MALFORMED_QUOTES: '{{count}}개 레코드에서 닫는 따옴표 뒤에 다른 글자가 있어, 다음 닫는 따옴표까지를 한 셀로 읽었습니다.',
    },
  },
  messages: {},
  filters: {
    title: '필터', none: '없음: 모든 행', add: '필터', column: '열', from: '시작', to: '끝', test: '조건', value: '값', apply: '적용', clear: '필터 해제',
    remove: '필터 {{filter}} 삭제', kept: '{{total}}행 중 {{shown}}행', on: '필터 적용 중: {{total}}행 중 {{shown}}행',
    last: { hour: '최근 1시간', day: '최근 1일', week: '최근 1주' },
    op: { equals: '같음', contains: '포함', notEqual: '같지 않음', blank: '비어 있음', notBlank: '비어 있지 않음' },
    text: {
      between: '{{name}}: {{from}} – {{to}}', from: '{{name}} ≥ {{from}}', to: '{{name}} ≤ {{to}}', equals: '{{name}} = {{value}}', contains: '{{name}}에 “{{value}}” 포함',
      notEqual: '{{name}} ≠ {{value}}', greaterThan: '{{name}} > {{value}}', lessThan: '{{name}} < {{value}}', blank: '{{name}} 비어 있음', notBlank: '{{name}} 비어 있지 않음',
    },
    invalidNote: '필터를 적용하면 잘못된 값은 결측과 함께 셉니다 (잘못된 값은 파일 전체에 대해서만 셉니다).',
    chartNote: '필터: {{total}}행 중 {{shown}}행',
  },
  data: { first: '첫 행', last: '마지막 행', filter: '{{name}} 필터', title: '데이터', rowNumber: '#', shown: '{{total}}행 중 {{shown}}행', noFile: '파일을 열면 행이 표시됩니다.' },
  stats: {
    title: '통계', copy: '표로 복사', copied: '{{count}}행을 클립보드에 복사했습니다.', correlation: '상관계수 (피어슨)', computing: '통계 계산 중…',
    count: '개수', missing: '결측', mean: '평균', std: '표준편차', min: '최솟값', max: '최댓값', median: '중앙값', q1: '1사분위', q3: '3사분위', skewness: '왜도', distinct: '고유값', top: '최빈값',
    noFile: '파일을 열면 통계가 표시됩니다.', noNumeric: '숫자 열이 두 개 이상 필요합니다.',
    missingOrInvalid: '결측 또는 잘못된 값', splitBy: '그룹 기준', noSplit: '— 전체 —', group: '그룹', rows: '행',
    otherGroups: '더 작은 그룹 {{groups}}개 ({{rows}}행)는 표시하지 않았습니다.', noGroup: '{{rows}}행은 {{name}} 값이 없어 어느 그룹에도 속하지 않습니다.',
    invalid: '잘못된 값', nan: 'NaN', infinite: '±무한대', kurtosis: '첨도 (초과)', jarqueBera: 'Jarque–Bera p', dagostino: 'D’Agostino p',
    span: '기간', medianInterval: '간격 중앙값', gaps: '공백 구간', longestGaps: '가장 긴 공백 구간 (간격 중앙값의 {{factor}}배 초과)',
    unit: { ms: '{{n}}ms', s: '{{n}}초', min: '{{n}}분', h: '{{n}}시간', d: '{{n}}일' },
  },
  charts: {
    title: '차트', add: '새 차트', type: '차트 종류', chartTitle: '제목', subtitle: '부제목', none: '— 없음 —', palette: '색상', exportPng: 'PNG 내보내기', exportSvg: 'SVG 내보내기',
    scale: '배율', copy: '이미지 복사', copied: '이미지를 복사했습니다.', copyFailed: '이 브라우저는 이미지를 복사할 수 없습니다. PNG 내보내기를 사용하세요.', remove: '차트 삭제', noFile: '파일을 열면 차트를 만들 수 있습니다.',
    pickRoles: '차트에 쓸 열을 고르세요.', list: '이 파일의 차트', untitled: '차트 {{n}}', options: '옵션', roles: '열', look: '제목과 색상',
    resetZoom: '확대 초기화',
  },
  about: { title: 'Fitplot 정보', body: '데이터는 이 컴퓨터에만 있습니다. 파일은 로컬에서 읽고 어디에도 보내지 않습니다. 단축키는 F1을 누르세요.' },
  error: {
    cancelled: '불러오기를 취소했습니다.', line: '{{line}}행',
    failed: {
      load: '파일을 읽을 수 없습니다', preview: '미리보기를 만들 수 없습니다', open: '파일을 열 수 없습니다', stats: '통계를 계산할 수 없습니다',
      rows: '행을 표시할 수 없습니다', chart: '차트를 그릴 수 없습니다', filter: '필터를 적용할 수 없습니다', export: '차트를 내보낼 수 없습니다',
      settings: '이 설정은 쓸 수 없습니다', data: '데이터가 부족합니다', model: '모델을 적합할 수 없습니다', internal: 'Fitplot 내부 오류가 발생했습니다',
    },
  },
  shortcuts: { open: '파일 열기', export: '차트 내보내기 (PNG)', theme: '밝게 / 어둡게', language: '한국어 / 영어', close: '파일 닫기', help: '이 목록' },
};
