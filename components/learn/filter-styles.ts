import { DIFFICULTIES, SECTIONS } from '@/lib/content/sections'

/**
 * CSS for the /learn filters: the current filter link (`aria-current`) hides what doesn't match, so a
 * prerendered filtered page shows only its articles with no JavaScript, and with JavaScript a click only has
 * to move `aria-current`. Generated from the section and difficulty lists so it can never drift from them.
 * Values are fixed ids, never input.
 */
export function learnFilterCss(scope: string): string {
  const current = (name: string, value: string) =>
    `${scope}:has(a[data-filter="${name}"][data-value="${value}"][aria-current="page"])`
  const rules: string[] = []
  for (const s of SECTIONS) {
    rules.push(`${current('section', s.id)} [data-section]:not([data-section="${s.id}"]){display:none}`)
  }
  for (const d of DIFFICULTIES) {
    rules.push(`${current('difficulty', d)} [data-difficulty]:not([data-difficulty="${d}"]){display:none}`)
    rules.push(`${current('difficulty', d)} [data-section]:not(:has([data-difficulty="${d}"])){display:none}`)
  }
  return rules.join('\n')
}
