/** English wording of the chart engine's message keys (`chart.*`, src/charts/messageKeys.ts). */
export const chartMessagesEn = {
  stackNotAdditive:
    'Stacked bars add their parts up, and a stack of “{{agg}}” values is not a total of anything: stack sums or counts, or turn stacking off.',
  // The parameters are the chart spec's keys, worded here by the form's own labels (chartSpec.en.ts).
  roleUnused:
    '$t(chartSpec.{{kind}}.roles.{{role}}) is not used while $t(chartSpec.{{kind}}.options.{{option}}) is “$t(chartSpec.values.{{option}}.{{value}})”: leave it empty, or choose another $t(chartSpec.{{kind}}.options.{{option}}).',
  tooManyColourValues:
    '“{{column}}” has more than {{max}} distinct values, too many to colour points by: choose a category column, or a number column with a few codes (such as 1/2).',
};
