import { intlCache } from '@/lib/format/intl-cache'
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

const longDate = intlCache(
  (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }),
)

/** Formats a YYYY-MM-DD date for readers, e.g. "November 25, 2026" (UTC, so it never shifts a day). */
export function formatDate(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  return longDate(INTL_LOCALE[locale]).format(new Date(`${iso}T00:00:00Z`))
}
