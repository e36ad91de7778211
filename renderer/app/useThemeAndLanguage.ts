/** The effective theme (following the OS for 'system'), and the app-level effect applying theme and language. */
import { useEffect, useState } from 'react';
import i18next from 'i18next';
import { host } from '../host';
import { useApp } from './store';

function systemDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/** 'light' | 'dark' as shown now. */
export function useEffectiveTheme(): 'light' | 'dark' {
  const theme = useApp((s) => s.theme);
  const [dark, setDark] = useState(systemDark);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return theme === 'system' ? (dark ? 'dark' : 'light') : theme;
}

/** Used once by App: sets data-theme and lang on <html>, switches i18next, tells the host. */
export function useThemeAndLanguage(): 'light' | 'dark' {
  const theme = useApp((s) => s.theme);
  const language = useApp((s) => s.language);
  const effective = useEffectiveTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = effective;
  }, [effective]);
  useEffect(() => {
    void i18next.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => host().applyPreferences?.({ theme, language }), [theme, language]);
  return effective;
}
