/**
 * The one scheme of locale keys for the chart form's labels, made from the engine spec's own keys:
 * `chartSpec.<kind>.name`, `chartSpec.<kind>.roles.<role>`, `chartSpec.<kind>.options.<option>`
 * (`look` for the look options every chart shares) and `chartSpec.values.<option>.<value>` for
 * enum values. The words are in renderer/app/locales/chartSpec.{en,ko}.ts.
 */

export function kindLabelKey(kind: string): string {
  return `chartSpec.${kind}.name`;
}

export function roleLabelKey(kind: string, role: string): string {
  return `chartSpec.${kind}.roles.${role}`;
}

/** `scope` is the chart kind, or 'look' for the look options (legend, number format). */
export function optionLabelKey(scope: string, option: string): string {
  return `chartSpec.${scope}.options.${option}`;
}

export function valueLabelKey(option: string, value: string): string {
  return `chartSpec.values.${option}.${value}`;
}
