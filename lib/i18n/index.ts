import { en, type Dictionary } from './en'

export type { Dictionary } from './en'

export const LOCALES = ['en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

const dictionaries: Record<Locale, Dictionary> = { en }

/** BCP 47 tag used for `<html lang>` and for Intl formatting. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-US' }

export function getDictionary(locale: Locale = DEFAULT_LOCALE): Dictionary {
  return dictionaries[locale]
}
