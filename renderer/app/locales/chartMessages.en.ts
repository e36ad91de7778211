/** English wording of the chart engine's message keys (`chart.*`, src/charts/messageKeys.ts). */
export const chartMessagesEn = {
  stackNotAdditive: 'Stacked bars add their parts up, and a stack of “{{agg}}” values is not a total of anything: stack sums or counts, or turn stacking off.',
  roleUnused: '{{role}} is not used while {{option}} is “{{value}}”: leave it empty, or choose another {{option}}.',
  tooManyColourValues: '“{{column}}” has more than {{max}} distinct values, too many to colour points by: choose a category column, or a number column with a few codes (such as 1/2).',
};
