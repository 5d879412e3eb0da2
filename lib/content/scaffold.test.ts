import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readContent } from './loader'
import { formatProblem } from './problems'
import { scaffoldArticle, slugForTitle } from './scaffold'

describe('slugForTitle', () => {
  it.each([
    ['How slashing works', 'how-slashing-works'],
    ['APR vs. APY: the maths!', 'apr-vs-apy-the-maths'],
    ["  Solana's  epochs ", 'solanas-epochs'],
  ])('%s → %s', (title, slug) => {
    expect(slugForTitle(title)).toBe(slug)
  })
})

describe('scaffoldArticle', () => {
  it('writes a draft that passes the content check, whatever the title', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 3, maxLength: 80 }).filter((t) => /[a-z0-9]/i.test(t) && t.trim().length >= 3),
        (title) => {
          const root = mkdtempSync(join(tmpdir(), 'scaffold-'))
          mkdirSync(join(root, 'content'))
          writeFileSync(
            join(root, 'content', `${slugForTitle(title) || 'x'}.mdx`),
            scaffoldArticle({
              title,
              section: 'risks',
              order: 4,
              difficulty: 'advanced',
              today: '2026-11-25',
            }),
          )
          const report = readContent({
            root,
            today: '2026-11-25',
            glossaryIds: new Set(['staking']),
            includeDrafts: true,
          })
          expect(report.problems.map(formatProblem)).toEqual([])
          expect(report.articles[0]?.frontmatter).toMatchObject({
            title: title.trim(),
            section: 'risks',
            order: 4,
            draft: true,
          })
        },
      ),
      { numRuns: 40 },
    )
  })
})
