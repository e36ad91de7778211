// The application menu template: English and Korean labels, commands forwarded to the renderer,
// recent files and samples handled in main, platform differences.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuActions, MenuState } from '../../electron/main/menu';
import { ACCELERATORS, buildMenuTemplate } from '../../electron/main/menu';
import { labelFor, languageForLocale } from '../../electron/main/menuLabels';
import { SAMPLE_IDS } from '../../electron/shared/bridge';

function state(overrides: Partial<MenuState> = {}): MenuState {
  return {
    platform: 'linux',
    preferences: { theme: 'system', language: 'en' },
    recent: [{ id: 'r1', path: '/data/sensors.csv', name: 'sensors.csv', openedAt: '2026-11-28T10:00:00.000Z' }],
    samples: ['breast-cancer', 'diabetes'],
    devTools: false,
    ...overrides,
  };
}

function actions() {
  return {
    command: vi.fn<MenuActions['command']>(),
    openRecent: vi.fn<MenuActions['openRecent']>(),
    clearRecent: vi.fn<MenuActions['clearRecent']>(),
    openSample: vi.fn<MenuActions['openSample']>(),
    setPreferences: vi.fn<MenuActions['setPreferences']>(),
  };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function byId(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = items(template).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('menu template', () => {
  it('has File, Edit, View, Help in English with mnemonics on Linux/Windows', () => {
    const template = buildMenuTemplate(state(), actions());
    expect(template.map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const file = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(file.filter((item) => item.type !== 'separator').map((item) => item.label ?? item.role)).toEqual([
      '&Open…',
      'Open &Recent',
      'Open &Sample',
      '&Export Chart…',
      '&Close',
      '&Quit',
    ]);
  });

  it('is in Korean when the language is ko', () => {
    const template = buildMenuTemplate(state({ preferences: { theme: 'dark', language: 'ko' } }), actions());
    expect(template.map((menu) => menu.label)).toEqual(['파일(&F)', '편집(&E)', '보기(&V)', '도움말(&H)']);
    expect(byId(template, 'file.open').label).toBe('열기(&O)…');
    expect(byId(template, 'chart.export').label).toBe('차트 내보내기(&E)…');
    expect(byId(template, 'sample.plant-sensors-cp949').label).toBe('공장 센서 (한글, CP949)');
    expect(byId(template, 'view.theme.dark').checked).toBe(true);
    expect(byId(template, 'view.language.ko').checked).toBe(true);
  });

  it('forwards UI commands to the renderer as MenuCommand values', () => {
    const spy = actions();
    const template = buildMenuTemplate(state(), spy);
    for (const id of ['file.open', 'chart.export', 'file.close', 'help.shortcuts', 'help.about'] as const) click(byId(template, id));
    expect(spy.command.mock.calls.map(([command]) => command)).toEqual([
      'file.open',
      'chart.export',
      'file.close',
      'help.shortcuts',
      'help.about',
    ]);
    expect(byId(template, 'file.open').accelerator).toBe('CmdOrCtrl+O');
    expect(byId(template, 'chart.export').accelerator).toBe(ACCELERATORS['chart.export']);
  });

  it('theme and language items update main and tell the renderer', () => {
    const spy = actions();
    const template = buildMenuTemplate(state(), spy);
    click(byId(template, 'view.language.ko'));
    expect(spy.setPreferences).toHaveBeenCalledWith({ theme: 'system', language: 'ko' });
    expect(spy.command).toHaveBeenLastCalledWith('view.language.ko');
    click(byId(template, 'view.theme.light'));
    expect(spy.setPreferences).toHaveBeenLastCalledWith({ theme: 'light', language: 'en' });
    expect(spy.command).toHaveBeenLastCalledWith('view.theme.light');
  });

  it('lists recent files and samples, handled in main', () => {
    const spy = actions();
    const template = buildMenuTemplate(state(), spy);
    const recent = byId(template, 'file.recent').submenu as MenuItemConstructorOptions[];
    expect(recent[0]).toMatchObject({ label: 'sensors.csv', sublabel: '/data/sensors.csv' });
    click(recent[0] as MenuItemConstructorOptions);
    expect(spy.openRecent).toHaveBeenCalledWith('r1');
    click(recent[2] as MenuItemConstructorOptions);
    expect(spy.clearRecent).toHaveBeenCalledTimes(1);
    const samples = byId(template, 'file.sample').submenu as MenuItemConstructorOptions[];
    expect(samples.map((item) => [item.id, item.enabled])).toEqual(
      SAMPLE_IDS.map((id) => [`sample.${id}`, id === 'breast-cancer' || id === 'diabetes']),
    );
    click(byId(template, 'sample.diabetes'));
    expect(spy.openSample).toHaveBeenCalledWith('diabetes');
  });

  it('shows a disabled placeholder without recent files', () => {
    const recent = byId(buildMenuTemplate(state({ recent: [] }), actions()), 'file.recent').submenu as MenuItemConstructorOptions[];
    expect(recent[0]).toMatchObject({ label: 'No recent files', enabled: false });
    expect(recent[2]).toMatchObject({ enabled: false });
  });

  it('on macOS adds the app and Window menus, moves About and Quit, and drops mnemonics', () => {
    const template = buildMenuTemplate(state({ platform: 'darwin', preferences: { theme: 'system', language: 'ko' } }), actions());
    expect(template.map((menu) => menu.label)).toEqual(['Fitplot', '파일', '편집', '보기', '창', '도움말']);
    const appMenu = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(appMenu[0]).toMatchObject({ id: 'help.about', label: 'Fitplot 정보' });
    const file = template[1]?.submenu as MenuItemConstructorOptions[];
    expect(file.some((item) => item.role === 'quit')).toBe(false);
  });

  it('offers developer tools only when asked', () => {
    const roles = (devTools: boolean) => items(buildMenuTemplate(state({ devTools }), actions())).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});

describe('labels', () => {
  it('follows the OS locale: Korean for ko*, English otherwise', () => {
    expect(['ko', 'ko-KR', 'ko_KR.UTF-8'].map(languageForLocale)).toEqual(['ko', 'ko', 'ko']);
    expect(['en-US', 'kok', 'ja-JP', ''].map(languageForLocale)).toEqual(['en', 'en', 'en', 'en']);
  });

  it('strips mnemonics on macOS only', () => {
    expect(labelFor('Open &Recent', 'darwin')).toBe('Open Recent');
    expect(labelFor('열기(&O)…', 'darwin')).toBe('열기…');
    expect(labelFor('열기(&O)…', 'win32')).toBe('열기(&O)…');
  });
});
