// js-yaml ships no types; it is present as electron-builder's dependency and used only by the config test.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
