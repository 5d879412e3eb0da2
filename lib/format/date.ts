import { LOCALE } from './number'

const LONG_DATE = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' })

/** A YYYY-MM-DD date for readers, "October 15, 2024" (UTC, so it never shifts a day); the input if invalid. */
export function formatIsoDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return iso
  return LONG_DATE.format(date)
}
