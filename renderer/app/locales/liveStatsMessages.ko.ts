/** 가져오기 화면에서 파일을 읽는 동안 보여 주는 통계 (renderer/features/import/LiveStatsPanel.tsx). */
import type { liveStatsMessagesEn } from './liveStatsMessages.en';

export const liveStatsMessagesKo: typeof liveStatsMessagesEn = {
  title: '지금까지의 통계',
  provisional: '읽는 중 — 정확한 분위수는 완료 후',
  rows: '{{rows}}행 읽음',
  column: '열',
  histogram: '히스토그램',
  histogramOf: '{{name}}: 지금까지의 히스토그램',
  outside: '처음 읽은 행의 범위를 벗어나 막대에 들어 있지 않은 값: {{count}}개',
  more: '여기에 표시하지 않은 숫자 열: {{count}}개. 불러오기가 끝나면 통계가 표시됩니다.',
};
