/** English wording of the model view's Explain region and guided lessons (renderer/features/models/explain). */
export const explainMessagesEn = {
  title: 'Explain',
  part: { objective: 'Objective', gradient: 'Gradient', update: 'Update' },
  say: {
    objective: {
      leastSquares: 'Least squares picks the weights that make the sum of squared errors over the training rows as small as possible.',
      ridge: 'Ridge adds α times the squared size of the weights to the squared errors, which pulls the weights towards zero.',
      lasso: 'Lasso adds α times the sum of absolute weights, which can set some weights exactly to zero.',
      elasticNet: 'Elastic net mixes the lasso and ridge penalties; the L1 ratio ρ sets the mix.',
      halfMse:
        'The loss of a step is half the squared error of each row, averaged over the m rows of the step (one row for stochastic descent).',
      crossEntropy: 'The loss is the cross-entropy: small when the predicted probability p is high for the true class.',
      softmaxCrossEntropy:
        'With more than two classes the softmax turns one score per class into probabilities, and the loss is the cross-entropy of the true class.',
    },
    gradient: {
      leastSquares: 'The gradient is zero where the residuals y − Xβ are orthogonal to every column of X.',
      ridge: 'The same gradient plus 2αw from the penalty (the intercept is not penalised).',
      lassoSubgradient: 'The absolute value has no slope at 0, so the penalty contributes α·sign(w), a subgradient.',
      elasticNetSubgradient: 'The lasso part contributes αρ·sign(w), the ridge part α(1 − ρ)·w.',
      squaredError: 'Each row pulls the weights by its error ŷ − y times its inputs; the step uses the mean of these pulls.',
      crossEntropy: 'As for the linear neuron: the error is p − y, and each row pulls the weights by the error times its inputs.',
      softmaxCrossEntropy: 'Each class’s weights move by that class’s error p − y (y is 1 for the true class, else 0) times the inputs.',
    },
    update: {
      normalEquations:
        'Setting the gradient to zero gives the normal equations; solving them gives the exact weights in one go, with no learning rate.',
      ridgeNormalEquations: 'Ridge also has a closed form: α is added to the diagonal of XᵀX except for the intercept.',
      coordinateDescent:
        'Coordinate descent updates one weight at a time with the others fixed; the soft-threshold S sets small weights to exactly zero (ρ = 1 for lasso).',
      descentStep: 'Gradient descent moves every weight a step of size η (the learning rate) against its gradient, and repeats.',
      descentStep_l2:
        'With the L2 penalty each step also shrinks the weights by the factor 1 − ηα before moving them against the gradient.',
      descentStep_l1:
        'With the L1 penalty each step moves against the gradient, then soft-thresholds the weights by ηα, which can make them exactly zero.',
      newtonStep: 'Newton’s method also uses the curvature H of the loss, so it needs only a few steps and no learning rate.',
      lbfgs: 'L-BFGS approximates Newton’s step from the last few gradients, without forming the curvature matrix.',
    },
  },
  stepTitle: 'One step with this run’s numbers',
  stepRow: 'The first update uses training row {{row}} alone (per-sample descent).',
  stepBatch: 'The first update uses the mean gradient of {{count}} training rows (rows {{first}}, …).',
  stepFrom: 'Learning rate η = {{eta}}; loss of these rows before the step {{loss}}.',
  stepTable: 'First update of each parameter',
  parameter: 'Parameter',
  before: 'Before',
  gradient: 'Gradient',
  after: 'After',
  normalTitle: 'Normal equations with this run’s numbers',
  normalSay: 'XᵀX β = Xᵀy for the training rows (X has a column of ones for the intercept b); its solution is the fitted coefficients.',
  normalRidge: '(XᵀX + αI₀) β = Xᵀy with α = {{alpha}} on the diagonal except the intercept’s; its solution is the fitted coefficients.',
  normalTooMany: 'The normal equations have {{unknowns}} unknowns: they are written out for at most {{max}}.',
  newtonTitle: 'Newton’s first step with this run’s numbers',
  newtonSay:
    'From θ₀ = 0 (intercept and weights zero) the mean loss is J = {{loss}}. The gradient ∇J and the curvature H of J give the direction Δ = H⁻¹∇J, found by solving H Δ = ∇J:',
  newtonHessianTooMany:
    'H has {{unknowns}} rows and columns: it is written out for at most {{max}}. The table lists ∇J and Δ for each parameter.',
  newtonArmijo: 'The step θ₁ = θ₀ − tΔ starts at t = 1 and halves t until J falls by at least 10⁻⁴·t·∇JᵀΔ (Armijo’s rule):',
  newtonTable: 'Newton’s first step for each parameter',
  direction: 'Direction Δ',
  lbfgsTitle: 'L-BFGS’s first step with this run’s numbers',
  lbfgsSay:
    'No earlier steps are stored yet, so the first step goes straight against the gradient, θ₁ = θ₀ − s∇J from θ₀ = 0 (scaled by 1/max(|∇J|, 1), then halved until J falls enough). Later steps bend this direction with the changes of the last few gradients; that curvature estimate is never formed as a matrix, so there is none to show.',
  lbfgsTable: 'L-BFGS’s first step for each parameter',
  sweepTitle: 'First coordinate-descent sweep with this run’s numbers',
  sweepSay:
    'From w = 0 on the centred features, each weight in turn is set from z = (1/n)·x̃ᵀr for its column x̃ (r: the residual with that weight’s own part added back), soft-thresholded by αρ = {{threshold}} and divided by d = (1/n)‖x̃‖² + α(1 − ρ); the next weight sees the updated residual.',
  sweepSkipped: 'Constant columns are skipped and keep weight 0: {{names}}.',
  sweepTable: 'Each weight in the first sweep',
  denominator: 'Denominator',
  lessons: 'Lessons',
  lessonsIntro:
    'Each lesson loads its sample and starts the runs to compare; the Explain region of each run shows its formulas and numbers.',
  lesson: {
    neuron: 'Linear neuron on diabetes bmi, beside least squares',
    logisticScaling: 'Logistic neuron on breast cancer: unscaled vs scaled',
    overfitting: 'Overfitting: training long vs early stopping vs L2',
    penalties: 'L1 vs L2 on the same data',
  },
  lessonHelp: {
    neuron:
      'diabetes_scaled.csv, bmi → target on all rows: stochastic descent in file order, learning rate 1, w = b = 1, 100 epochs (the course gets w ≈ 913.6, b ≈ 123.4), and least squares.',
    logisticScaling:
      'breast_cancer.csv, all features: stochastic descent, learning rate 0.1, 100 epochs, without and with standard scaling.',
    overfitting:
      'diabetes.csv, degree-2 terms, scaled: mini-batch descent for 2000 epochs, then with early stopping, then with an L2 penalty (α = 0.05).',
    penalties:
      'diabetes.csv, all features, scaled: batch descent with an L1 and with an L2 penalty of the same α = 5, beside least squares.',
  },
};
