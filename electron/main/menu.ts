/**
 * The application menu as a plain template (Menu.buildFromTemplate turns it into a menu), so
 * its labels and commands are testable without Electron. Commands that belong to the UI are
 * forwarded to the renderer as MenuCommand values; Open Recent / Open Sample are handled in
 * main (they grant a file and send it to the renderer); Edit and zoom use Electron's roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, Preferences, RecentFile, SampleInfo } from '../shared/bridge';
import { SAMPLE_IDS } from '../shared/bridge';
import { MENU_LABELS, labelFor } from './menuLabels';

/**
 * Shortcuts, the same as browser mode's (renderer/host/browserHost.ts, shortcutCommand) so the
 * keyboard-shortcuts help is right in both hosts. Ctrl+W/Ctrl+E are left alone there because
 * browsers reserve them; the desktop keeps the same keys for consistency.
 */
export const ACCELERATORS: Readonly<Partial<Record<MenuCommand, string>>> = {
  'file.open': 'CmdOrCtrl+O',
  'file.close': 'CmdOrCtrl+Shift+W',
  'chart.export': 'CmdOrCtrl+Shift+E',
  'view.theme.light': 'CmdOrCtrl+Shift+L',
  'view.theme.dark': 'CmdOrCtrl+Shift+D',
  'view.language.en': 'CmdOrCtrl+Shift+U',
  'view.language.ko': 'CmdOrCtrl+Shift+K',
  'help.shortcuts': 'F1',
};

export interface MenuState {
  readonly platform: NodeJS.Platform;
  readonly preferences: Preferences;
  readonly recent: readonly RecentFile[];
  /** Samples present on disk (a trimmed checkout may lack some). */
  readonly samples: readonly SampleInfo['id'][];
  readonly devTools: boolean;
}

export interface MenuActions {
  command(command: MenuCommand): void;
  openRecent(id: RecentFile['id']): void;
  clearRecent(): void;
  openSample(id: SampleInfo['id']): void;
  setPreferences(preferences: Preferences): void;
}

export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const text = MENU_LABELS[state.preferences.language];
  const l = (label: string): string => labelFor(label, state.platform);
  const send = (command: MenuCommand) => () => actions.command(command);

  const recentItems: MenuItemConstructorOptions[] =
    state.recent.length === 0
      ? [{ label: l(text.noRecent), enabled: false }]
      : state.recent.map((item) => ({
          label: item.name,
          sublabel: item.path,
          toolTip: item.path,
          click: () => actions.openRecent(item.id),
        }));

  const file: MenuItemConstructorOptions = {
    label: l(text.file),
    submenu: [
      { id: 'file.open', label: l(text.open), accelerator: ACCELERATORS['file.open'], click: send('file.open') },
      {
        id: 'file.recent',
        label: l(text.openRecent),
        submenu: [
          ...recentItems,
          { type: 'separator' },
          { label: l(text.clearRecent), enabled: state.recent.length > 0, click: () => actions.clearRecent() },
        ],
      },
      {
        id: 'file.sample',
        label: l(text.openSample),
        submenu: SAMPLE_IDS.map((id) => ({
          id: `sample.${id}`,
          label: text.samples[id],
          enabled: state.samples.includes(id),
          click: () => actions.openSample(id),
        })),
      },
      { type: 'separator' },
      { id: 'chart.export', label: l(text.exportChart), accelerator: ACCELERATORS['chart.export'], click: send('chart.export') },
      { type: 'separator' },
      { id: 'file.close', label: l(text.close), accelerator: ACCELERATORS['file.close'], click: send('file.close') },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: l(text.quit), accelerator: 'Ctrl+Q' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: l(text.edit),
    submenu: [
      { role: 'undo', label: text.undo },
      { role: 'redo', label: text.redo },
      { type: 'separator' },
      { role: 'cut', label: text.cut },
      { role: 'copy', label: text.copy },
      { role: 'paste', label: text.paste },
      { role: 'selectAll', label: text.selectAll },
    ],
  };

  const prefs = state.preferences;
  const themeItem = (theme: Preferences['theme'], label: string): MenuItemConstructorOptions => ({
    id: `view.theme.${theme}`,
    label,
    type: 'radio',
    ...(ACCELERATORS[`view.theme.${theme}`] === undefined ? {} : { accelerator: ACCELERATORS[`view.theme.${theme}`] }),
    checked: prefs.theme === theme,
    click: () => {
      actions.setPreferences({ ...prefs, theme });
      actions.command(`view.theme.${theme}`);
    },
  });
  const languageItem = (language: Preferences['language'], label: string): MenuItemConstructorOptions => ({
    id: `view.language.${language}`,
    label,
    type: 'radio',
    accelerator: ACCELERATORS[`view.language.${language}`],
    checked: prefs.language === language,
    click: () => {
      actions.setPreferences({ ...prefs, language });
      actions.command(`view.language.${language}`);
    },
  });

  const view: MenuItemConstructorOptions = {
    label: l(text.view),
    submenu: [
      { role: 'zoomIn', label: text.zoomIn },
      { role: 'zoomOut', label: text.zoomOut },
      { role: 'resetZoom', label: text.resetZoom },
      { type: 'separator' },
      {
        label: text.theme,
        submenu: [themeItem('light', text.themeLight), themeItem('dark', text.themeDark), themeItem('system', text.themeSystem)],
      },
      // Language names are written in their own language, as users look for them that way.
      { label: text.language, submenu: [languageItem('en', 'English'), languageItem('ko', '한국어')] },
      { type: 'separator' },
      { role: 'togglefullscreen', label: text.fullScreen },
      ...(state.devTools ? [{ role: 'toggleDevTools', label: text.devTools } as const] : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: l(text.help),
    submenu: [
      { id: 'help.shortcuts', label: text.shortcuts, accelerator: ACCELERATORS['help.shortcuts'], click: send('help.shortcuts') },
      ...(mac ? [] : [{ id: 'help.about', label: text.about, click: send('help.about') }]),
    ],
  };

  if (!mac) return [file, edit, view, help];
  const appMenu: MenuItemConstructorOptions = {
    label: 'Fitplot',
    submenu: [
      { id: 'help.about', label: text.about, click: send('help.about') },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: l(text.quit) },
    ],
  };
  return [appMenu, file, edit, view, { role: 'windowMenu', label: l(text.window) }, help];
}
