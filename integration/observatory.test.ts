import { existsSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { beforeAll, expect, it } from 'vitest'
import { describeFront, stack } from './stack'

/**
 * The MDN HTTP Observatory's own analyzer and grader (@mdn/mdn-http-observatory 1.4.8) against the production
 * server behind the TLS front. Its `scan()` ignores ports, so this does what it does with the ports given:
 * retrieve, run every test, add the modifiers (bonus points only when the score without them is at least 90).
 */
type Result = { result: string; pass: boolean; constructor: { name: string } }
type Observatory = {
  retrieve: (host: string, options: { httpPort: number; httpsPort: number; path: string }) => Promise<unknown>
  ALL_TESTS: ((requests: unknown) => Result)[]
  getScoreModifier: (expectation: string) => number
  getGradeForScore: (score: number) => { score: number; grade: string }
  MINIMUM_SCORE_FOR_EXTRA_CREDIT: number
}

const ROUTES = [
  '/',
  '/learn/apr-vs-apy',
  '/calculator?amount=32&apr=4',
  '/embed/calculator?apr=4',
  '/glossary',
]
let observatory: Observatory

beforeAll(async () => {
  const packageDir = dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json'))
  // Its install script (skipped: it downloads) would fetch the HSTS preload list; localhost is never on it.
  const preload = join(packageDir, 'conf', 'hsts-preload.json')
  if (!existsSync(preload)) writeFileSync(preload, '{}')
  const load = (file: string) => import(join(packageDir, 'src', file))
  const [retriever, constants, grader, charts] = await Promise.all([
    load('retriever/retriever.js'),
    load('constants.js'),
    load('grader/grader.js'),
    load('grader/charts.js'),
  ])
  observatory = { ...retriever, ...constants, ...grader, ...charts } as Observatory
})

async function grade(path: string) {
  const { retrieve, ALL_TESTS, getScoreModifier, getGradeForScore, MINIMUM_SCORE_FOR_EXTRA_CREDIT } =
    observatory
  const requests = await retrieve('localhost', {
    httpPort: Number(new URL(stack.http).port),
    httpsPort: stack.httpsPort,
    path,
  })
  const results = ALL_TESTS.map((test) => test(requests))
  let withBonus = 100
  let withoutBonus = 100
  for (const r of results) {
    const modifier = getScoreModifier(r.result)
    withBonus += modifier
    if (modifier < 0) withoutBonus += modifier
  }
  const score = withoutBonus >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withBonus : withoutBonus
  return { ...getGradeForScore(score), results: results.map((r) => `${r.result}${r.pass ? '' : ' (FAIL)'}`) }
}

describeFront('MDN HTTP Observatory grade behind the TLS front', () => {
  for (const path of ROUTES) {
    it(`${path} grades A+ (at least 100)`, async () => {
      const graded = await grade(path)
      console.log(`Observatory ${path}: ${graded.score} ${graded.grade}`)
      expect(
        graded.results.filter((r) => r.endsWith('(FAIL)')),
        path,
      ).toEqual([])
      expect(graded.grade, graded.results.join('\n')).toBe('A+')
      expect(graded.score).toBeGreaterThanOrEqual(100)
    })
  }
})
