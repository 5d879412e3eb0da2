import type { Locator, Page } from '@playwright/test'

/** Two decimals with en-US grouping, as the calculator shows balances. */
export const two = (n: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n)

/** A percentage with two decimals: 0.051267 → "5.13%". */
export const pct = (fraction: number) => `${two(fraction * 100)}%`

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The value shown under a result label ("Final balance", "Net APR", …) inside a calculator. */
export function result(scope: Page | Locator, label: string): Locator {
  return scope
    .getByRole('region', { name: 'Results' })
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) })
    .locator('xpath=following-sibling::*[1]')
}

/** Replaces a text field's content as a reader would (select all, type). */
export async function typeInto(field: Locator, text: string) {
  await field.click()
  await field.press('ControlOrMeta+a')
  await field.pressSequentially(text)
}
