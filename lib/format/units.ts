import { intlCache } from './intl-cache'
import { hugeText, LOCALE, numberFormat } from './number'

/**
 * Counts with units, with plurals from `Intl.PluralRules` and units from `Intl.NumberFormat`'s unit style, so
 * "1 minutes" or "1 tokens" cannot be written. Durations never carry "about": the sentence says that.
 */

const pluralRules = intlCache((options: Intl.PluralRulesOptions) => new Intl.PluralRules(LOCALE, options))

/** The singular and plural of a noun, as English needs them. */
export type Noun = { one: string; other: string }

/**
 * A count and its noun, the plural chosen for the number as displayed: (1, token) → "1 token",
 * (1.5, token) → "1.5 tokens", (1.00001, token) → "1 token" (shown as 1).
 */
export function formatQuantity(n: number, noun: Noun, maximumFractionDigits = 4): string {
  const digits = { maximumFractionDigits }
  const huge = hugeText(n)
  if (huge !== null) return `${huge} ${noun.other}`
  const category = pluralRules(digits).select(n)
  return `${numberFormat(digits).format(n)} ${category === 'one' ? noun.one : noun.other}`
}

type DurationUnit = 'minute' | 'hour' | 'day'

/** "1 day", "37 days", "18 hours" (Intl unit style, long display). */
export function formatUnit(n: number, unit: DurationUnit, maximumFractionDigits = 0): string {
  return numberFormat({ style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits }).format(n)
}

/** A whole number of days: "1 day", "37 days". */
export function formatDays(days: number): string {
  return formatUnit(days, 'day')
}

/**
 * A duration given in days, in the unit a reader would use: "13 minutes", "27 hours", "9.9 days". At least
 * one minute (a wait of seconds reads as "1 minute"). Write "about" in the sentence, not here.
 */
export function formatDuration(days: number): string {
  const minutes = days * 1440
  if (minutes < 90) return formatUnit(Math.max(1, Math.round(minutes)), 'minute')
  const hours = days * 24
  if (hours < 48) return formatUnit(Math.round(hours), 'hour')
  return formatUnit(days < 10 ? Math.round(days * 10) / 10 : Math.round(days), 'day', 1)
}

/** A duration as an estimate: "about 13 minutes". Use `formatDuration` inside a sentence that says "about". */
export function formatApproxDuration(days: number): string {
  return `about ${formatDuration(days)}`
}
