/** 실시간 적합 차트(renderer/features/models/LiveFit.tsx)의 한국어 문구. */
export const liveMessagesKo = {
  chart: '훈련 행과, 적합이 진행되며 움직이는 적합선 또는 결정 경계',
};
