/** English UI strings. Keys are grouped by view; Korean (ko.ts) must have the same keys. */
export const en = {
  app: { name: 'Fitplot', tagline: 'Explore CSV files, chart them and export — offline.' },
  nav: { start: 'Start', import: 'Import', data: 'Data', stats: 'Statistics', charts: 'Charts', main: 'Views' },
  common: {
    open: 'Open file…', close: 'Close file', cancel: 'Cancel', retry: 'Try again', rows: '{{n}} rows', columns: '{{n}} columns',
    theme: 'Theme', light: 'Light', dark: 'Dark', system: 'System', language: 'Language', noFile: 'No file open', whatToDo: 'What to do',
    dismiss: 'Dismiss', shortcuts: 'Keyboard shortcuts', loading: 'Loading…',
    memory: 'Memory: {{size}}',
  },
  start: {
    title: 'Open a data file', drop: 'Drop a CSV file here, or', choose: 'choose a file', hint: 'CSV, TSV or text — UTF-8, UTF-16 or Korean CP949; files of several GB stream in.',
    samples: 'Samples', recent: 'Recent files', noRecent: 'Files you open appear here.', reopenHint: 'Choose it again with Open (a browser cannot reopen files by itself).',
    sample: { 'breast-cancer': 'Breast cancer (Wisconsin)', diabetes: 'Diabetes progression', 'plant-sensors': 'Plant sensors', 'plant-sensors-cp949': 'Plant sensors (Korean, CP949)' },
  },
  import: {
    title: 'Import {{name}}', encoding: 'Encoding', delimiter: 'Delimiter', decimal: 'Decimal mark', header: 'First row is a header', auto: 'Detect',
    detected: 'detected: {{value}}', comma: 'Comma ,', semicolon: 'Semicolon ;', tab: 'Tab', pipe: 'Pipe |', point: 'Point (1.5)', decimalComma: 'Comma (1,5)',
    koreanWrong: 'Korean text looks wrong?', tryCp949: 'Read as CP949 (EUC-KR)', tryUtf8: 'Read as UTF-8', load: 'Load all rows', preview: 'Preview of the first {{count}} rows',
    warnings: 'Warnings', lines: 'line {{lines}}', progress: '{{rows}} rows · {{rate}} rows/s · {{left}} left', progressNoEta: '{{rows}} rows · {{rate}} rows/s',
    loadingTitle: 'Loading {{name}}', float32: 'Numbers as 32-bit floats (half the memory)',
    float32Hint: 'For very large files: about 7 significant digits are kept; the warnings list every column that was rounded.',
    source: { bom: 'byte-order mark', 'nul-pattern': 'UTF-16 pattern', 'utf-8-valid': 'valid UTF-8', 'cp949-trial': 'Korean text found', detector: 'best guess', user: 'your choice' }, typeOf: 'Type of {{name}}', noWarnings: 'No problems found in the preview.',
  },
  types: { number: 'number', datetime: 'date/time', boolean: 'yes/no', category: 'category', text: 'text' },
  warnings: {
    title: 'Warnings', short: 'Warnings', badge: '{{count}} warnings: show them', intro: 'Found while reading the whole file ({{count}}):',
    inFile: 'Warnings in the whole file ({{count}})', noneInFile: 'No problems found in the whole file.', examples: 'e.g.',
    code: {
      RAGGED_ROWS_SHORT: '{{count}} rows have fewer fields than the header; their last cells are missing.',
      RAGGED_ROWS_LONG: '{{count}} rows have more fields than the header; the extra fields were dropped (nothing was shifted). Check the delimiter or quoting on those lines.',
      INVALID_CELLS: 'Column “{{column}}”: {{count}} cells could not be read as the column’s type; they are counted as invalid (apart from empty cells).',
      DUPLICATE_HEADER: '{{count}} repeated column names were made unique.',
      EMPTY_HEADER: '{{count}} columns had no name and were given one.',
      ENCODING_DOUBTFUL: 'The text encoding is a guess. If text looks wrong, choose the encoding in the Import view.',
      REPLACEMENT_CHARACTERS: '{{count}} characters could not be decoded and show as “\uFFFD”. Try another encoding in the Import view.',
      BLANK_LINES: '{{count}} blank lines were skipped.',
      FLOAT32_PRECISION: 'Column “{{column}}” is stored as 32-bit floats: {{count}} values were rounded (about 7 significant digits kept).',
      MALFORMED_QUOTES: '{{count}} records have a closing quote followed by other text; everything up to the next closing quote was read as one cell.',
    },
  },
  messages: {},
  filters: {
    title: 'Filters', none: 'none: all rows', add: 'Filter', column: 'Column', from: 'From', to: 'To', test: 'Test', value: 'Value', apply: 'Apply', clear: 'Clear filters',
    remove: 'Remove filter {{filter}}', kept: '{{shown}} of {{total}} rows', on: 'Filter on: {{shown}} of {{total}} rows',
    last: { hour: 'Last hour', day: 'Last day', week: 'Last week' },
    op: { equals: 'is', contains: 'contains', notEqual: 'is not', blank: 'is empty', notBlank: 'is not empty' },
    text: {
      between: '{{name}}: {{from}} – {{to}}', from: '{{name}} ≥ {{from}}', to: '{{name}} ≤ {{to}}', equals: '{{name}} = {{value}}', contains: '{{name}} contains “{{value}}”',
      notEqual: '{{name}} ≠ {{value}}', greaterThan: '{{name}} > {{value}}', lessThan: '{{name}} < {{value}}', blank: '{{name}} is empty', notBlank: '{{name}} is not empty',
    },
    invalidNote: 'With a filter on, invalid cells are counted with the missing ones (the loader counts invalid cells for the whole file only).',
    chartNote: 'filtered: {{shown}} of {{total}} rows',
  },
  data: { first: 'First row', last: 'Last row', filter: 'Filter {{name}}', title: 'Data', rowNumber: '#', shown: '{{shown}} of {{total}} rows', noFile: 'Open a file to see its rows.' },
  stats: {
    title: 'Statistics', copy: 'Copy as table', copied: 'Copied {{count}} rows to the clipboard.', correlation: 'Correlation (Pearson)', computing: 'Computing statistics…',
    count: 'Count', missing: 'Missing', mean: 'Mean', std: 'Std. dev.', min: 'Min', max: 'Max', median: 'Median', q1: 'Q1', q3: 'Q3', skewness: 'Skewness', distinct: 'Distinct', top: 'Most frequent',
    noFile: 'Open a file to see its statistics.', noNumeric: 'Needs two or more number columns.',
    missingOrInvalid: 'Missing or invalid', splitBy: 'Split by', noSplit: '— whole table —', group: 'Group', rows: 'Rows',
    otherGroups: '{{groups}} smaller groups ({{rows}} rows) are not shown.', noGroup: '{{rows}} rows have no value in {{name}} (in no group).',
    invalid: 'Invalid', nan: 'NaN', infinite: '±Infinity', kurtosis: 'Kurtosis (excess)', jarqueBera: 'Jarque–Bera p', dagostino: 'D’Agostino p',
    span: 'Span', medianInterval: 'Median interval', gaps: 'Gaps', longestGaps: 'Longest gaps (> {{factor}} × median interval)',
    unit: { ms: '{{n}} ms', s: '{{n}} s', min: '{{n}} min', h: '{{n}} h', d: '{{n}} d' },
  },
  charts: {
    title: 'Charts', add: 'New chart', type: 'Chart type', chartTitle: 'Title', subtitle: 'Subtitle', none: '— none —', palette: 'Colours', exportPng: 'Export PNG', exportSvg: 'Export SVG',
    scale: 'Scale', copy: 'Copy image', copied: 'Image copied.', copyFailed: 'This browser cannot copy images; use Export PNG.', remove: 'Remove chart', noFile: 'Open a file to make charts.',
    pickRoles: 'Choose the columns for this chart.', list: 'Charts of this file', untitled: 'Chart {{n}}', options: 'Options', roles: 'Columns', look: 'Title and colours',
    resetZoom: 'Reset zoom',
  },
  about: { title: 'About Fitplot', body: 'Your data stays on this computer: files are read locally and nothing is sent anywhere. Press F1 for keyboard shortcuts.' },
  error: {
    cancelled: 'Loading was cancelled.', line: 'line {{line}}',
    failed: {
      load: 'The file could not be read', preview: 'The preview could not be made', open: 'The file could not be opened', stats: 'The statistics could not be computed',
      rows: 'The rows could not be shown', chart: 'The chart could not be drawn', filter: 'The filter could not be applied', export: 'The chart could not be exported',
      settings: 'These settings cannot be used', data: 'There is not enough data for this', model: 'The model could not be fitted', internal: 'Fitplot hit an internal error',
    },
  },
  shortcuts: { open: 'Open a file', export: 'Export the chart (PNG)', theme: 'Light / dark theme', language: 'Korean / English', close: 'Close the file', help: 'This list' },
};

export type Messages = typeof en;
