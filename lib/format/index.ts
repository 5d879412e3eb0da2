/**
 * The one formatting module for reader-facing text: numbers, money, rates, counts with their nouns, durations,
 * lists and dates, all through `Intl` (en-US). `lib/calculator` returns numbers and ids; words are made here
 * and in `lib/i18n`. Pure and browser-safe (no dictionary, no React).
 */
export * from './date'
export * from './list'
export * from './number'
export * from './units'
