/**
 * Korean for the labels and enum values the engine's charts spec declares in English (the spec is
 * shared with the CLI, so the UI translates at display time; unknown labels show as declared), and
 * English words for the enum values that are identifiers (`twoAxes`).
 */
const EN: Readonly<Record<string, string>> = {
  oneAxis: 'One axis', twoAxes: 'Second axis (right)', panels: 'A panel each', data: 'as in the data',
  plain: 'plain (1234.5)', thousands: 'thousands (1,235)', decimals1: 'one decimal (1,234.5)', decimals2: 'two decimals (1,234.56)', percent: 'percent (0.125 → 12.5%)', scientific: 'scientific (1.23e+3)',
};

const KO: Readonly<Record<string, string>> = {
  Scatter: '산점도', Bar: '막대', Pie: '원형', Bubble: '버블', Histogram: '히스토그램', 'Line / time series': '선 / 시계열', 'Box plot': '상자 그림', 'Correlation heatmap': '상관 히트맵',
  X: 'X', Y: 'Y', 'X / time': 'X / 시간', Category: '범주', Value: '값', 'Colour by': '색상 기준', 'Size by': '크기 기준', 'Size (area)': '크기 (면적)', 'Group by': '그룹 기준', Columns: '열',
  Aggregate: '집계', Stacked: '누적', Horizontal: '가로', Sort: '정렬', 'Top N (rest as "other")': '상위 N개 (나머지는 "기타")', 'Value labels': '값 표시',
  Donut: '도넛', '"Other" below (%)': '"기타" 기준 (%)', 'Most slices': '최대 조각 수', 'Bins (0 = auto)': '구간 수 (0 = 자동)', 'Normal curve': '정규분포 곡선',
  'Points per line (0 = width)': '선당 점 수 (0 = 너비)', 'Zoom slider': '확대 슬라이더', 'Most boxes': '최대 상자 수', 'Values in cells': '칸에 값 표시',
  'Fitted line': '적합선', 'Density mode': '밀도 모드', 'Group order': '그룹 순서', data: '데이터 순서',
  'Pixel columns per line (0 = width)': '선당 픽셀 열 수 (0 = 너비)', 'Break at gaps (× median step, 0 = never)': '공백에서 끊기 (간격 중앙값 ×, 0 = 안 함)', 'Several Y columns': 'Y 열이 여러 개일 때',
  Legend: '범례', 'Number format': '숫자 형식', top: '위', bottom: '아래', right: '오른쪽',
  plain: '일반 (1234.5)', thousands: '천 단위 (1,235)', decimals1: '소수 한 자리 (1,234.5)', decimals2: '소수 두 자리 (1,234.56)', percent: '백분율 (0.125 → 12.5%)', scientific: '지수 (1.23e+3)',
  oneAxis: '축 하나', twoAxes: '오른쪽 보조 축', panels: '열마다 패널',
  auto: '자동', always: '항상', never: '안 함', count: '개수', sum: '합계', mean: '평균', median: '중앙값', min: '최솟값', max: '최댓값', value: '값', label: '이름', none: '없음',
};

export function specLabel(label: string, language: string): string {
  return language === 'ko' ? (KO[label] ?? label) : (EN[label] ?? label);
}
