import type { Page } from '@playwright/test'

/** Presses Tab until the focused element has this accessible text (keyboard only, like a reader would). */
export async function tabTo(page: Page, name: RegExp, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || !['A', 'BUTTON', 'INPUT'].includes(el.tagName)) return ''
      return `${el.getAttribute('aria-label') ?? ''} ${el.innerText ?? ''} ${el.id}`
    })
    if (name.test(text)) return
  }
  throw new Error(`no focusable element matching ${name} within ${max} tabs`)
}
