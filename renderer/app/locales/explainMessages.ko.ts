/** 모델 화면의 설명 영역과 따라 하기 수업의 한국어 문구 (renderer/features/models/explain). */
import type { explainMessagesEn } from './explainMessages.en';

export const explainMessagesKo: typeof explainMessagesEn = {
  title: '설명',
  part: { objective: '목적 함수', gradient: '그레이디언트', update: '업데이트' },
  say: {
    objective: {
      leastSquares: '최소제곱법은 훈련 행의 오차 제곱합이 가장 작아지는 가중치를 고릅니다.',
      ridge: '릿지는 오차 제곱에 가중치 크기의 제곱에 α를 곱한 값을 더해 가중치를 0 쪽으로 당깁니다.',
      lasso: '라쏘는 가중치 절댓값의 합에 α를 곱해 더하므로 일부 가중치가 정확히 0이 될 수 있습니다.',
      elasticNet: '엘라스틱넷은 라쏘와 릿지 벌칙을 섞으며, L1 비율 ρ가 섞는 비율을 정합니다.',
      halfMse: '한 단계의 손실은 각 행의 오차 제곱의 절반을 그 단계의 m개 행에 대해 평균한 값입니다(확률적 경사 하강은 한 행).',
      crossEntropy: '손실은 크로스 엔트로피입니다. 정답 클래스의 예측 확률 p가 높을수록 작아집니다.',
      softmaxCrossEntropy: '클래스가 셋 이상이면 소프트맥스가 클래스별 점수를 확률로 바꾸고, 손실은 정답 클래스의 크로스 엔트로피입니다.',
    },
    gradient: {
      leastSquares: '잔차 y − Xβ가 X의 모든 열과 직교하는 곳에서 그레이디언트가 0이 됩니다.',
      ridge: '같은 그레이디언트에 벌칙의 2αw가 더해집니다(절편에는 벌칙이 없습니다).',
      lassoSubgradient: '절댓값은 0에서 기울기가 없으므로 벌칙은 서브그레이디언트 α·sign(w)를 더합니다.',
      elasticNetSubgradient: '라쏘 부분은 αρ·sign(w)를, 릿지 부분은 α(1 − ρ)·w를 더합니다.',
      squaredError: '각 행은 오차 ŷ − y에 입력을 곱한 만큼 가중치를 당기며, 한 단계는 이 값들의 평균을 씁니다.',
      crossEntropy: '선형 뉴런과 같은 꼴입니다. 오차는 p − y이고, 각 행은 오차에 입력을 곱한 만큼 가중치를 당깁니다.',
      softmaxCrossEntropy: '각 클래스의 가중치는 그 클래스의 오차 p − y(정답 클래스면 y = 1, 아니면 0)에 입력을 곱한 만큼 움직입니다.',
    },
    update: {
      normalEquations: '그레이디언트를 0으로 놓으면 정규 방정식이 되고, 이를 풀면 학습률 없이 한 번에 정확한 가중치를 얻습니다.',
      ridgeNormalEquations: '릿지에도 닫힌 해가 있습니다. 절편을 뺀 XᵀX의 대각선에 α를 더합니다.',
      coordinateDescent:
        '좌표 하강법은 다른 가중치를 고정하고 가중치를 하나씩 갱신합니다. 소프트 임계값 S가 작은 가중치를 정확히 0으로 만듭니다(라쏘는 ρ = 1).',
      descentStep: '경사 하강법은 모든 가중치를 그레이디언트 반대 방향으로 η(학습률)만큼 옮기고 이를 반복합니다.',
      descentStep_l2: 'L2 벌칙이 있으면 각 단계에서 가중치를 1 − ηα배로 줄인 뒤 그레이디언트 반대 방향으로 옮깁니다.',
      descentStep_l1:
        'L1 벌칙이 있으면 그레이디언트 반대 방향으로 옮긴 뒤 ηα로 소프트 임계값을 적용해 가중치를 정확히 0으로 만들 수 있습니다.',
      newtonStep: '뉴턴 방법은 손실의 곡률 H도 쓰므로 학습률 없이 몇 단계 만에 수렴합니다.',
      lbfgs: 'L-BFGS는 곡률 행렬을 만들지 않고 최근 몇 번의 그레이디언트로 뉴턴 단계를 근사합니다.',
    },
  },
  stepTitle: '이 실행의 숫자로 본 한 단계',
  stepRow: '첫 업데이트는 훈련 행 {{row}} 하나만 씁니다(샘플별 경사 하강).',
  stepBatch: '첫 업데이트는 훈련 행 {{count}}개(행 {{first}}, …)의 평균 그레이디언트를 씁니다.',
  stepFrom: '학습률 η = {{eta}}, 단계 전 이 행들의 손실 {{loss}}.',
  stepTable: '매개변수별 첫 업데이트',
  parameter: '매개변수',
  before: '이전',
  gradient: '그레이디언트',
  after: '이후',
  normalTitle: '이 실행의 숫자로 본 정규 방정식',
  normalSay: '훈련 행에 대한 XᵀX β = Xᵀy입니다(X에는 절편 b를 위한 1의 열이 있습니다). 그 해가 적합된 계수입니다.',
  normalRidge: '절편을 뺀 대각선에 α = {{alpha}}를 더한 (XᵀX + αI₀) β = Xᵀy입니다. 그 해가 적합된 계수입니다.',
  normalTooMany: '정규 방정식의 미지수가 {{unknowns}}개입니다. 최대 {{max}}개까지만 풀어서 보여 줍니다.',
  newtonTitle: '이 실행의 숫자로 본 뉴턴 방법의 첫 단계',
  newtonSay:
    'θ₀ = 0(절편과 가중치 모두 0)에서 평균 손실은 J = {{loss}}입니다. J의 그레이디언트 ∇J와 곡률 H로 방향 Δ = H⁻¹∇J를 구합니다. H Δ = ∇J를 풉니다:',
  newtonHessianTooMany:
    'H는 {{unknowns}}×{{unknowns}} 행렬입니다. 최대 {{max}}개까지만 풀어서 보여 줍니다. 표에 매개변수별 ∇J와 Δ가 있습니다.',
  newtonArmijo: '단계 θ₁ = θ₀ − tΔ는 t = 1에서 시작해 J가 적어도 10⁻⁴·t·∇JᵀΔ만큼 줄 때까지 t를 절반으로 줄입니다(아르미호 규칙):',
  newtonTable: '매개변수별 뉴턴 방법의 첫 단계',
  direction: '방향 Δ',
  lbfgsTitle: '이 실행의 숫자로 본 L-BFGS의 첫 단계',
  lbfgsSay:
    '아직 저장된 이전 단계가 없으므로 첫 단계는 그레이디언트 반대 방향으로 곧장 갑니다. θ₀ = 0에서 θ₁ = θ₀ − s∇J입니다(1/max(|∇J|, 1)로 줄인 뒤 J가 충분히 줄 때까지 절반으로 줄임). 이후 단계는 최근 몇 번의 그레이디언트 변화로 이 방향을 고칩니다. 그 곡률 추정은 행렬로 만들지 않으므로 보여 줄 행렬이 없습니다.',
  lbfgsTable: '매개변수별 L-BFGS의 첫 단계',
  sweepTitle: '이 실행의 숫자로 본 좌표 하강법의 첫 순회',
  sweepSay:
    '중심화한 특성에서 w = 0으로 시작해 가중치를 하나씩 그 열 x̃에 대한 z = (1/n)·x̃ᵀr(r: 그 가중치 자신의 몫을 되돌린 잔차)로 정하고, αρ = {{threshold}}로 소프트 임계값을 적용한 뒤 d = (1/n)‖x̃‖² + α(1 − ρ)로 나눕니다. 다음 가중치는 갱신된 잔차를 봅니다.',
  sweepSkipped: '상수 열은 건너뛰며 가중치는 0으로 남습니다: {{names}}.',
  sweepTable: '첫 순회의 가중치별 값',
  denominator: '분모',
  lessons: '따라 하기',
  lessonsIntro: '각 수업은 예제 파일을 불러와 비교할 실행을 시작합니다. 실행마다 설명 영역에 수식과 숫자가 나옵니다.',
  lesson: {
    neuron: '당뇨병 bmi의 선형 뉴런과 최소제곱법',
    logisticScaling: '유방암 로지스틱 뉴런: 스케일링 전과 후',
    overfitting: '과대적합: 오래 훈련 대 조기 종료 대 L2',
    penalties: '같은 데이터에서 L1 대 L2',
  },
  lessonHelp: {
    neuron:
      'diabetes_scaled.csv, 모든 행의 bmi → target: 파일 순서의 확률적 경사 하강, 학습률 1, w = b = 1, 100 에포크(강의 결과 w ≈ 913.6, b ≈ 123.4)와 최소제곱법.',
    logisticScaling: 'breast_cancer.csv, 모든 특성: 확률적 경사 하강, 학습률 0.1, 100 에포크, 표준화 없이와 표준화하여.',
    overfitting: 'diabetes.csv, 2차 항, 표준화: 미니배치 경사 하강 2000 에포크, 이어서 조기 종료, 이어서 L2 벌칙(α = 0.05).',
    penalties: 'diabetes.csv, 모든 특성, 표준화: 같은 α = 5의 L1 벌칙과 L2 벌칙을 준 배치 경사 하강, 그리고 최소제곱법.',
  },
};
