import { DIFFICULTIES, SECTIONS } from '@/lib/content/sections'

/**
 * CSS for the /learn filters: the checked radio hides what doesn't match, with no JavaScript. Generated
 * from the section and difficulty lists so it can never drift from them. Values are fixed ids, never input.
 */
export function learnFilterCss(scope: string): string {
  const rules: string[] = []
  for (const s of SECTIONS) {
    rules.push(
      `${scope}:has(input[name="section"][value="${s.id}"]:checked) [data-section]:not([data-section="${s.id}"]){display:none}`,
    )
  }
  for (const d of DIFFICULTIES) {
    rules.push(
      `${scope}:has(input[name="difficulty"][value="${d}"]:checked) [data-difficulty]:not([data-difficulty="${d}"]){display:none}`,
    )
    rules.push(
      `${scope}:has(input[name="difficulty"][value="${d}"]:checked) [data-section]:not(:has([data-difficulty="${d}"])){display:none}`,
    )
  }
  return rules.join('\n')
}
