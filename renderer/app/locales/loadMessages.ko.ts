/** 로더 메시지(키 `load.*`)의 한국어. 구조와 매개변수는 loadMessages.en.ts와 같습니다. */
import type { loadMessagesEn } from './loadMessages.en';

const CHOOSE_CSV = 'CSV나 텍스트 파일, 또는 Excel 통합 문서(.xlsx)를 고르세요.';
const CHECK_EXPORT = '다른 파일을 고르거나, 내보내기가 끝까지 저장되었는지 확인하세요.';
const CHOOSE_ENCODING = '가져오기 화면에서 인코딩을 고르세요 (UTF-8, UTF-16, CP949, Windows-1252 등).';
const TOO_LARGE = '가져오기 화면에서 “숫자를 32비트 실수로”를 켜거나(메모리 절반), 열이나 행을 줄이거나, 메모리 예산을 늘리세요.';
const LATER = '파일을 쓰는 프로그램이 끝난 뒤 다시 불러오세요.';

export const loadMessagesKo: typeof loadMessagesEn = {
  emptyFile: '{{file}} 파일이 비어 있습니다 (0바이트).',
  emptyFileHint: CHECK_EXPORT,
  onlyBlankLines: '{{file}}에 데이터가 없습니다. 빈 줄만 있습니다.',
  onlyBlankLinesHint: CHECK_EXPORT,
  notFound: '{{file}} 파일이 없습니다.',
  notFoundHint: '파일이 옮겨지거나 지워지지 않았는지 확인한 뒤 다시 여세요.',
  permissionDenied: '{{file}} 파일을 읽을 수 없습니다 (권한 없음).',
  permissionDeniedHint: '파일 권한을 확인한 뒤 다시 여세요.',
  isFolder: '{{file}}은(는) 파일이 아니라 폴더입니다.',
  isFolderHint: '폴더 안의 파일을 고르세요.',
  notRegularFile: '{{file}}은(는) 일반 파일이 아닙니다($t(messages.load.fileKind.{{kind}})). Fitplot은 디스크의 파일만 읽습니다.',
  notRegularFileHint: '데이터를 먼저 파일로 저장한 뒤 그 파일을 여세요.',
  fileKind: { fifo: '이름 있는 파이프(FIFO)', socket: '소켓', device: '장치', other: '파일 아님' },
  unreadable: '{{file}} 파일을 읽을 수 없습니다: {{reason}}.',
  unreadableHint: '파일이 아직 있고 읽을 수 있는지 확인한 뒤 다시 시도하세요.',
  cancelled: '{{file}} 불러오기를 취소했습니다.',
  cancelledHint: '파일을 다시 열면 불러옵니다.',
  tooLargeBySize:
    '{{file}}은(는) {{fileBytesMB}}입니다. 표로 만들면 적어도 약 {{estimateBytesMB}}의 메모리가 필요해 예산 {{budgetBytesMB}}($t(messages.load.budget.{{budgetSource}}))보다 큽니다.',
  tooLargeBySizeHint: TOO_LARGE,
  tooLarge:
    '{{file}}을(를) 표로 만들면 약 {{estimateBytesMB}}의 메모리가 필요합니다(파일 {{fileBytesMB}}, 첫 행 기준 바이트당 셀 {{cellsPerByte}}개, 셀당 {{bytesPerCell}}바이트). 예산 {{budgetBytesMB}}($t(messages.load.budget.{{budgetSource}}))보다 큽니다.',
  tooLargeHint: TOO_LARGE,
  budget: { limit: '설정된 메모리 예산', available: '이 프로세스가 지금 쓸 수 있는 메모리' },
  binary: {
    magic: '{{file}}은(는) 텍스트(CSV) 파일이 아닙니다. $t(messages.load.binaryKind.{{kind}})(으)로 보입니다.',
    magicHint: CHOOSE_CSV,
    nul: '{{file}}은(는) 텍스트(CSV) 파일이 아닙니다. NUL 바이트가 있습니다(처음 위치: {{offset}}바이트).',
    nulHint: CHOOSE_CSV,
    control: '{{file}}은(는) 텍스트(CSV) 파일이 아닙니다. 앞부분 바이트의 {{percent}} %가 제어 문자입니다.',
    controlHint: CHOOSE_CSV,
  },
  binaryKind: {
    png: 'PNG 이미지',
    jpeg: 'JPEG 이미지',
    gif: 'GIF 이미지',
    pdf: 'PDF 문서',
    zip: 'ZIP 압축 파일(Excel 통합 문서라면 이름을 .xlsx로 하세요)',
    gzip: 'gzip 압축 파일',
    ole: '옛 Office 문서(.xls)',
    parquet: 'Parquet 파일',
  },
  unterminatedQuote:
    '{{file}}, {{line}}번째 줄 {{character}}번째 글자: 여기서 시작한 따옴표가 닫히지 않아 파일의 나머지가 한 셀로 읽힙니다.',
  unterminatedQuoteHint: '따옴표를 닫거나(따옴표 안의 따옴표는 ""처럼 두 번 씁니다) 지운 뒤 다시 불러오세요.',
  quoteTooLong:
    '{{file}}, {{line}}번째 줄 {{character}}번째 글자: 여기서 시작한 따옴표가 {{limit}}자 안에 닫히지 않습니다(Fitplot이 읽는 가장 긴 레코드).',
  quoteTooLongHint: '닫아야 할 따옴표라면 닫고(따옴표 안의 따옴표는 ""), 아니면 셀을 나누세요.',
  recordTooLong: '{{file}}, {{line}}번째 줄: 줄이 {{limit}}자보다 깁니다(Fitplot이 읽는 가장 긴 레코드).',
  recordTooLongHint: '줄 끝을 확인하거나(줄 끝이 없는 파일은 한 줄로 읽힙니다) 긴 셀을 나누세요.',
  encodingUnknown: '알 수 없는 인코딩 “{{encoding}}”입니다({{file}} 읽는 중).',
  encodingUnknownHint: '가져오기 화면의 인코딩 중 하나나 자동 감지를 고르세요.',
  encodingGuessUnsupported:
    '{{file}}은(는) {{encoding}} 텍스트로 보이며(추정, 확신도 {{confidence}} %), Fitplot은 이 인코딩을 읽지 못합니다.',
  encodingGuessUnsupportedHint:
    '파일을 UTF-8로 저장하거나, 가져오기 화면에서 인코딩을 고르세요(UTF-8은 해독할 수 없는 바이트를 “\uFFFD”로 보여 줍니다).',
  decodeFailed: '{{file}}을(를) {{encoding}}(으)로 해독할 수 없습니다.',
  decodeFailedHint: '가져오기 화면에서 다른 인코딩을 고르세요.',
  columnTypeUnknownColumn: '“{{column}}” 열의 형식을 정했지만 {{file}}에는 그 열이 없습니다. 열: {{columns}}.',
  columnTypeUnknownColumnHint: '파일을 다시 열어 머리글의 열에서 형식을 고르세요.',
  badMaxRows: '읽을 행 수는 0 이상의 정수여야 합니다({{value}}은(는) 안 됩니다).',
  badMaxRowsHint: '비워 두면 모든 행을 읽습니다.',
  badMemoryLimit: '메모리 예산은 양수여야 합니다({{value}}은(는) 안 됩니다).',
  badMemoryLimitHint: '가져오기 화면에서 예산을 MB로 입력하세요(기본 4096).',
  xlsx: {
    damaged: '{{file}}을(를) Excel 통합 문서로 읽을 수 없습니다: {{reason}}.',
    damagedHint: 'Excel에서 열어 .xlsx로 다시 저장하거나, 시트를 CSV UTF-8로 저장하세요.',
    notWorkbook: '{{file}}은(는) ZIP 파일이지만 Excel 통합 문서가 아닙니다(통합 문서 부분이 없습니다).',
    notWorkbookHint: CHOOSE_CSV,
    noSheets: '{{file}}에 셀이 있는 워크시트가 없습니다(차트 시트만 있거나 시트가 없음).',
    noSheetsHint: '워크시트가 있는 통합 문서를 고르세요.',
    sheetNotFound: '{{file}}에 “{{sheet}}” 시트가 없습니다. 시트: {{sheets}}.',
    sheetNotFoundHint: '가져오기 화면에서 시트 중 하나를 고르세요.',
    emptySheet: '{{file}}, “{{sheet}}” 시트: {{row}}행부터 데이터가 있는 셀이 없습니다.',
    emptySheetHint: '다른 시트를 고르거나, 시트의 데이터 안에 있는 머리글 행을 고르세요.',
    pythonNeedsCsv: '{{file}}은(는) Excel 통합 문서입니다. Python 스크립트는 Python의 csv 모듈로 데이터를 읽으므로 CSV 파일이 필요합니다.',
    pythonNeedsCsvHint: '시트를 CSV UTF-8로 저장한 뒤(Excel: 파일 › 다른 이름으로 저장) 그 파일을 열고 다시 학습해 스크립트를 내보내세요.',
    wideRows:
      '{{count}}개 행에 머리글의 {{width}}개 열을 넘는 셀이 있습니다(최대 {{maxFields}}개). 그 셀들은 버렸습니다. 머리글 행을 확인하거나 머리글에 그 열의 이름을 넣으세요.',
    badHeaderRow: '머리글 행은 1 이상의 정수여야 합니다({{value}}은(는) 안 됩니다).',
    badHeaderRowHint: '열 이름이 있는 시트의 행 번호를 입력하세요(첫 행은 1).',
    errorCells: '{{count}}개 셀에 Excel 오류 값이 있습니다(예: {{cells}}). 각 열에서 잘못된 셀로 셉니다.',
    emptyRows: '데이터가 있는 행 사이의 빈 행 {{count}}개를 건너뛰었습니다.',
    mergedCells: '병합된 범위 {{count}}개(예: {{ranges}}): 각 범위의 왼쪽 위 셀에만 값이 있고 나머지는 결측입니다.',
  },
  encodingDoubt: {
    cp949Replacements:
      '{{file}}: CP949(한국어)로 읽었지만 앞부분의 바이트 열 {{count}}개가 맞지 않습니다. 글자가 이상하면 인코딩을 고르세요.',
    cp949ReplacementsHint: CHOOSE_ENCODING,
    guessed:
      '{{file}}: UTF-8 파일이 아니어서 인코딩을 {{encoding}}(으)로 추정했습니다(확신도 {{confidence}} %). 악센트나 비라틴 문자가 이상하면 인코딩을 고르세요.',
    guessedHint: CHOOSE_ENCODING,
    brokenUtf8:
      '{{file}}: UTF-8 파일이지만 앞부분의 바이트 열 {{count}}개가 올바른 UTF-8이 아니어서 “\uFFFD”로 보입니다(파일이 손상되었을 수 있습니다).',
    brokenUtf8Hint: CHOOSE_ENCODING,
    lateSwitch: '{{file}}: 앞부분은 올바른 UTF-8이지만 뒷부분({{offset}}바이트 근처)은 아니어서 {{encoding}}(으)로 읽었습니다.',
    lateSwitchHint: CHOOSE_ENCODING,
    userSingleByte:
      '{{file}}: 고른 대로 {{encoding}}(으)로 읽었지만 바이트가 UTF-8로 보입니다. 악센트나 비라틴 문자가 깨져 보일 수 있습니다(예: “Ã©”).',
    userSingleByteHint: '인코딩을 자동 감지나 UTF-8로 고르세요.',
  },
  replacementCharacters: '{{count}}개 문자를 {{encoding}}(으)로 해독할 수 없어 “\uFFFD”로 표시됩니다.',
  nulBytes: 'NUL 바이트 {{count}}개를 찾아 텍스트에서 제거했습니다. 파일이 손상되었거나 텍스트만으로 된 파일이 아닐 수 있습니다.',
  blankLines: '빈 줄 {{count}}개를 건너뛰었습니다.',
  malformedQuotes: '{{count}}개 레코드에서 닫는 따옴표 뒤에 다른 글자가 있어("abc"def처럼), 다음 닫는 따옴표까지를 한 셀로 읽었습니다.',
  raggedShort: '{{count}}개 행의 필드가 {{width}}개보다 적습니다. 마지막 셀들은 결측입니다.',
  raggedLong:
    '{{count}}개 행의 필드가 {{width}}개보다 많습니다(최대 {{maxFields}}개). 남는 필드는 버렸고 밀어 넣지 않았습니다. 그 줄의 구분자나 따옴표를 확인하세요.',
  emptyHeader: '이름 없는 열 {{count}}개(위치 {{positions}})에 {{names}} 이름을 붙였습니다.',
  duplicateHeader: '중복된 열 이름을 서로 다르게 바꿨습니다: {{renamed}}.',
  invalidCells: '“{{column}}” 열: {{count}}개 셀을 $t(types.{{type}})(으)로 읽을 수 없어 잘못된 셀로 셉니다.',
  float32Precision:
    '“{{column}}” 열은 32비트 실수로 저장되어 {{count}}개 값이 반올림되었습니다(가장 큰 상대 변화 {{worst}}, 유효숫자 약 7자리).',
  fileChanged:
    '{{file}}이(가) 읽는 동안 바뀌었습니다(열 때 {{sizeBefore}}바이트, 읽은 뒤 {{sizeAfter}}바이트). 표에는 읽은 내용이 들어 있습니다.',
  fileChangedHint: LATER,
  lastLineUnended: '{{file}}, {{line}}번째 줄: 마지막 행에 줄 끝이 없고 읽는 동안 파일이 바뀌어 행이 잘렸을 수 있습니다.',
  lastLineUnendedHint: LATER,
};
