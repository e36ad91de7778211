/** 차트 양식의 이름표(한국어): chartSpec.en.ts와 같은 키. */
import type { chartSpecEn } from './chartSpec.en';

export const chartSpecKo: typeof chartSpecEn = {
  scatter: {
    name: '산점도',
    roles: { x: 'X', y: 'Y', color: '색상 기준', size: '크기 기준' },
    options: { trendLine: '적합선', density: '밀도 모드' },
  },
  bar: {
    name: '막대',
    roles: { x: '범주', y: '값', group: '그룹 기준' },
    options: {
      agg: '집계',
      stacked: '누적',
      horizontal: '가로',
      sort: '정렬',
      groupOrder: '그룹 순서',
      top: '상위 N개 (나머지는 "기타")',
      labels: '값 표시',
    },
  },
  pie: {
    name: '원형',
    roles: { x: '범주', y: '값' },
    options: { agg: '집계', donut: '도넛', otherBelow: '"기타" 기준 (%)', top: '최대 조각 수' },
  },
  bubble: { name: '버블', roles: { x: 'X', y: 'Y', size: '크기 (면적)', color: '색상 기준' }, options: {} },
  histogram: { name: '히스토그램', roles: { x: '값' }, options: { bins: '구간 수 (0 = 자동)', normalCurve: '정규분포 곡선' } },
  line: {
    name: '선 / 시계열',
    roles: { x: 'X / 시간', y: 'Y' },
    options: {
      maxPoints: '선당 픽셀 열 수 (0 = 너비)',
      zoom: '확대 슬라이더',
      gapFactor: '공백에서 끊기 (간격 중앙값 ×, 0 = 안 함)',
      layout: 'Y 열이 여러 개일 때',
    },
  },
  box: { name: '상자 그림', roles: { y: '값', x: '범주' }, options: { top: '최대 상자 수' } },
  heatmap: { name: '상관 히트맵', roles: { columns: '열' }, options: { labels: '칸에 값 표시' } },
  look: { options: { legend: '범례', numberFormat: '숫자 형식' } },
  values: {
    density: { auto: '자동', always: '항상', never: '안 함' },
    agg: { count: '개수', sum: '합계', mean: '평균', median: '중앙값', min: '최솟값', max: '최댓값' },
    sort: { value: '값', label: '이름', none: '없음' },
    groupOrder: { value: '값', label: '이름', data: '데이터 순서' },
    layout: { oneAxis: '축 하나', twoAxes: '오른쪽 보조 축', panels: '열마다 패널' },
    legend: { auto: '자동', top: '위', bottom: '아래', right: '오른쪽', none: '없음' },
    numberFormat: {
      auto: '자동',
      plain: '일반 (1234.5)',
      thousands: '천 단위 (1,235)',
      decimals1: '소수 한 자리 (1,234.5)',
      decimals2: '소수 두 자리 (1,234.56)',
      percent: '백분율 (0.125 → 12.5%)',
      scientific: '지수 (1.23e+3)',
    },
  },
};
