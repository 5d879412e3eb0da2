import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * Term popovers in a browser without CSS anchor positioning. Chromium has it, so the test makes the page's
 * stylesheet behave as such a browser would read it: the `@supports (position-area: …)` block is dropped and
 * the rules of its `@supports not (…)` twin apply unconditionally. What is measured is then the fallback's
 * real rendering: a sheet along the bottom of the screen, inside the viewport with margins.
 */
test.beforeEach(({ isMobile }) => {
  test.skip(isMobile, 'widths are set in each test; the desktop project runs them once')
})

/** Rewrites the page's CSS as a browser without anchor positioning applies it; returns what it changed. */
async function withoutAnchorPositioning(page: Page) {
  return page.evaluate(() => {
    const changed = { dropped: 0, promoted: 0 }
    for (const sheet of [...document.styleSheets]) {
      const rules = sheet.cssRules
      for (let i = rules.length - 1; i >= 0; i--) {
        const rule = rules[i]
        if (!(rule instanceof CSSSupportsRule) || !rule.conditionText.includes('position-area')) continue
        const inner = [...rule.cssRules].map((r) => r.cssText)
        sheet.deleteRule(i)
        if (/^not\s/.test(rule.conditionText.trim())) {
          inner.reverse().forEach((text) => sheet.insertRule(text, i))
          changed.promoted++
        } else changed.dropped++
      }
    }
    return changed
  })
}

for (const width of [320, 390]) {
  test(`without anchor positioning, a term’s popover is a sheet at the bottom of the screen at ${width} px`, async ({
    page,
  }) => {
    const height = 700
    await page.setViewportSize({ width, height })
    await page.goto('/learn/what-is-defi')
    expect(await withoutAnchorPositioning(page)).toEqual({ dropped: 1, promoted: 1 })
    const terms = page.locator('main button[popovertarget]')
    // The first and the last term: the sheet does not depend on where the term sits.
    for (const term of [terms.first(), terms.last()]) {
      await term.scrollIntoViewIfNeeded()
      await term.click()
      const popover = page.locator(`[id="${await term.getAttribute('popovertarget')}"]`)
      await expect(popover).toBeVisible()
      const box = await popover.evaluate((el) => {
        const r = el.getBoundingClientRect()
        return {
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
          position: getComputedStyle(el).position,
        }
      })
      expect(box.position).toBe('fixed')
      expect(box.left, 'left margin').toBeGreaterThanOrEqual(8)
      expect(box.right, 'right margin').toBeLessThanOrEqual(width - 8)
      expect(box.top, 'top margin').toBeGreaterThanOrEqual(8)
      // Along the bottom edge (not centred, as the browser's own popover style would place it).
      expect(height - box.bottom, 'bottom margin').toBeGreaterThanOrEqual(8)
      expect(height - box.bottom, 'bottom margin').toBeLessThanOrEqual(24)
      await page.keyboard.press('Escape')
      await expect(popover).toBeHidden()
    }
  })
}
