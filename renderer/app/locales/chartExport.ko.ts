/** 차트 내보내기 대화상자 (renderer/features/charts/ExportDialog.tsx), 한국어. */
import type { chartExportMessagesEn } from './chartExport.en';

export const chartExportMessagesKo: typeof chartExportMessagesEn = {
  open: '내보내기…',
  title: '차트 내보내기',
  format: '형식',
  formats: { png: 'PNG 이미지', svg: 'SVG (벡터)' },
  size: '크기',
  presets: { screen: '화면과 같게', slide169: '슬라이드 16:9', slide43: '슬라이드 4:3', a4half: 'A4 반 페이지', custom: '직접 입력' },
  width: '너비 (px)',
  height: '높이 (px)',
  scale: '배율',
  pngPixels: 'PNG 크기는 {{width}} × {{height}} 픽셀입니다.',
  svgScale: 'SVG는 벡터 그래픽이라 배율이 없습니다.',
  theme: '테마',
  themes: { light: '밝게', print: '인쇄용 (검은 글자, 조금 크게)', dark: '어둡게' },
  background: '배경',
  solid: '단색 (테마 색)',
  transparent: '투명',
  fileName: '파일 이름',
  save: '내보내기',
  working: '내보내는 중…',
  sizeClamped: '너비와 높이는 {{min}}–{{max}} px이어야 합니다. 차트를 {{width}} × {{height}} 크기로 내보냅니다.',
  scaleClamped: '배율을 {{scale}}×로 낮췄습니다. PNG는 한 변 {{side}} px, 전체 {{megapixels}} 메가픽셀까지만 만들 수 있습니다.',
  saved: '{{name}} 파일을 저장했습니다.',
  failed: '차트를 그리거나 저장하지 못했습니다: {{reason}}',
  failedHint: '크기나 배율을 줄이거나 SVG로 내보내 보세요.',
};
