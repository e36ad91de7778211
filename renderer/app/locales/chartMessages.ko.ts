/** 차트 엔진 메시지(`chart.*`)의 한국어 문구: chartMessages.en.ts와 같은 키. */
import type { chartMessagesEn } from './chartMessages.en';

export const chartMessagesKo: typeof chartMessagesEn = {
  stackNotAdditive:
    '누적 막대는 부분을 더한 값입니다. “{{agg}}” 값을 쌓은 합은 아무것의 합계도 아닙니다: 합계(sum)나 개수(count)를 쌓거나, 누적을 끄세요.',
  roleUnused:
    '$t(chartSpec.{{kind}}.options.{{option}})이(가) “$t(chartSpec.values.{{option}}.{{value}})”인 동안에는 $t(chartSpec.{{kind}}.roles.{{role}})을(를) 쓰지 않습니다: 비워 두거나 다른 $t(chartSpec.{{kind}}.options.{{option}})을(를) 고르세요.',
  tooManyColourValues:
    '“{{column}}”에는 서로 다른 값이 {{max}}개보다 많아 점의 색으로 나눌 수 없습니다: 범주 열이나, 코드 몇 개(예: 1/2)로 된 숫자 열을 고르세요.',
};
