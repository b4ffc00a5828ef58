import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import ru from './locales/ru.json';
import tg from './locales/tg.json';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'ru', label: 'Русский' },
  { code: 'tg', label: 'Тоҷикӣ' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const resources = { en: { translation: en }, ru: { translation: ru }, tg: { translation: tg } };

const STORAGE_KEY = 'hamkori.language';

export function rememberedLanguage(): LanguageCode {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && LANGUAGES.some((l) => l.code === saved)) return saved as LanguageCode;
  } catch {
    // storage may be unavailable (private mode): fall back to the browser's language
  }
  const browser = navigator.language.slice(0, 2);
  return (LANGUAGES.some((l) => l.code === browser) ? browser : 'en') as LanguageCode;
}

export function chooseLanguage(code: LanguageCode): void {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // not remembered, still switched
  }
  void i18next.changeLanguage(code);
}

export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: rememberedLanguage(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  i18next.on('languageChanged', (lng) => document.documentElement.setAttribute('lang', lng));
  document.documentElement.setAttribute('lang', i18next.language);
  return i18next;
}
