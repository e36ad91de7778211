/** English wording of the live fit chart beside the training curves (renderer/features/models/LiveFit.tsx). */
export const liveMessagesEn = {
  chart: 'The training rows with the fitted line or decision boundary, as the fit moves it',
};
