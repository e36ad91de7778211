/** i18next set-up: English and Korean, starting from the host's OS language (switchable). */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { ko } from './locales/ko';

export type Language = 'en' | 'ko';

export function languageFor(locale: string): Language {
  return locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}
