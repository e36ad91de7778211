/**
 * Types both hosts share with the UI: recent files, bundled samples and menu commands. They live
 * here, not in renderer/, so that electron/shared/bridge.ts (imported by main) depends on no UI
 * code; renderer/host/HostApi.ts re-exports them for the UI.
 */

/** A file main recorded as opened. The UI reopens it by `id`; a path never travels back to main. */
export interface RecentFile {
  /** Opaque id, valid while the app runs (main assigns it; in browser mode it is the file name). */
  readonly id: string;
  readonly path: string;
  readonly name: string;
  readonly openedAt: string;
}

export interface SampleInfo {
  readonly id: 'breast-cancer' | 'diabetes' | 'diabetes-scaled' | 'digits' | 'filip' | 'plant-sensors' | 'plant-sensors-cp949';
  readonly fileName: string;
  readonly size: number;
}

/** Menu commands the shell sends to the UI (Electron menus; keyboard shortcuts in the browser). */
export type MenuCommand =
  | 'file.open'
  | 'file.close'
  | 'chart.export'
  | 'view.theme.light'
  | 'view.theme.dark'
  | 'view.theme.system'
  | 'view.language.en'
  | 'view.language.ko'
  | 'help.about'
  | 'help.shortcuts';
