import type { PeriodUnit } from '@/lib/calculator'

/**
 * The period table's year/month choice, in a module of its own: the page island reads a choice made before the
 * deeper sections are live without importing the period section (and its strings) into its first load.
 */
export const periodUnitName = (idPrefix: string) => `${idPrefix}-period-unit`

export const isPeriodUnit = (value: string): value is PeriodUnit => value === 'year' || value === 'month'
