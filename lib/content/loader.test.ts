import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readContent } from './loader'
import { ContentError, formatProblem, sortProblems } from './problems'

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name)
const glossaryIds = new Set(['validator', 'slashing'])
const read = (name: string) =>
  readContent({ root: fixture(name), today: '2026-03-01', glossaryIds, includeDrafts: false })

describe('readContent on valid articles', () => {
  const report = read('valid')

  it('reports no errors, only the length warning of these short fixtures', () => {
    expect(sortProblems(report.problems).map(formatProblem)).toEqual([
      'content/first-article.mdx:1:1 words: the article has 49 words; aim for 800 to 2500 (warning)',
      'content/with-figure/index.mdx:1:1 words: the article has 17 words; aim for 800 to 2500 (warning)',
    ])
  })

  it('lists single-file and folder articles in learning-path order, ignoring _files', () => {
    expect(report.articles.map((a) => [a.slug, a.file, a.importPath, a.path])).toEqual([
      ['first-article', 'content/first-article.mdx', 'first-article.mdx', '/learn/first-article'],
      ['with-figure', 'content/with-figure/index.mdx', 'with-figure/index.mdx', '/learn/with-figure'],
    ])
  })

  it('keeps dates as the strings the editor wrote', () => {
    const fm = report.articles[0]!.frontmatter
    expect(fm).toMatchObject({
      title: 'A valid article',
      section: 'basics',
      published: '2026-01-10',
      updated: '2026-02-01',
    })
    expect(fm.sources[0]).toEqual({
      title: 'Ethereum consensus specs',
      url: 'https://github.com/ethereum/consensus-specs',
      accessed: '2026-02-01',
    })
  })

  it('gives headings the same ids rehype-slug gives them, numbering duplicates', () => {
    expect(report.articles[0]!.headings.map((h) => [h.depth, h.id])).toEqual([
      [2, 'what-it-covers'],
      [3, 'a-detail'],
      [2, 'what-it-covers-1'],
    ])
  })

  it('records the glossary terms each article explains', () => {
    expect(report.articles.map((a) => a.terms)).toEqual([['validator'], []])
  })

  it('estimates a reading time of at least one minute', () => {
    expect(report.articles.every((a) => a.readingMinutes >= 1 && a.words > 5)).toBe(true)
  })
})

describe('readContent on invalid articles', () => {
  const report = read('invalid')
  const lines = sortProblems(report.problems).map(formatProblem)

  it('reports every problem at once as file:line:col field: message', () => {
    expect(lines).toEqual([
      'content/bad-body.mdx:1:1 words: the article has 26 words; aim for 800 to 2500 (warning)',
      'content/bad-body.mdx:9:11 reviewed: is before published (2026-01-10)',
      'content/bad-body.mdx:9:11 reviewed: is 781 days ago (more than 365); re-check the facts against the sources (warning)',
      'content/bad-body.mdx:16:1 mdx: articles never import or export; use the components listed in CONTRIBUTING.md',
      'content/bad-body.mdx:18:1 heading: the title is the only # heading; start sections with ##',
      'content/bad-body.mdx:20:1 heading: jumps from level 1 to 4; use ##',
      'content/bad-body.mdx:22:19 stat: "4.2%" next to "APR" needs a source and date: write it with <Stat …/>, or inside <Example> if it is illustrative',
      'content/bad-body.mdx:22:43 link: "/nowhere" is not a page of this site',
      'content/bad-body.mdx:22:66 link: "#missing" does not match any heading in this article',
      'content/bad-body.mdx:24:1 link: "https://exchange.example/join?%72ef=abc123" carries a referral or tracking parameter "ref"; remove it (we never use affiliate or tracking links)',
      'content/bad-body.mdx:24:58 link: "http://example.org" must use https://',
      'content/bad-body.mdx:26:7 Term.id: "not-a-term" is not in the glossary (content/glossary.ts)',
      'content/bad-body.mdx:26:40 Stat.sourceTitle: is required: the name of the source',
      'content/bad-body.mdx:26:57 Stat.source: must be a full link starting with https://',
      'content/bad-body.mdx:26:79 Stat.asOf: must be a real date written as "YYYY-MM-DD"',
      'content/bad-body.mdx:26:104 component: <Widget> is not an article component; use one of: Callout, Example, Figure, Stat, Term, Quiz, Question, Choice, ApyCalculator, StakingFlow, Chart, Diagram',
      'content/bad-body.mdx:28:10 Callout.type: must be one of: note, tip, warning, risk',
      'content/bad-body.mdx:30:1 image: needs alt text that describes the picture: ![what it shows](./file.svg)',
      'content/bad-body.mdx:30:1 image: "https://example.org/pic.png" is remote; put the file beside the article and link it as ./file',
      "content/bad-body.mdx:32:1 math: KaTeX parse error: Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{1}{",
      'content/bad-body.mdx:34:1 mdx: JavaScript expressions are not allowed; write text, or use a component',
      'content/bad-body.mdx:36:1 Quiz: has 1 questions; write 3 to 5',
      'content/bad-body.mdx:37:3 Question: has 0 correct choices; mark exactly one with correct',
      'content/bad-fields.mdx:4:10 section: must be one of: basics, staking, rewards, risks, platforms, builders',
      'content/bad-fields.mdx:6:13 difficulty: must be one of: beginner, intermediate, advanced',
      'content/bad-fields.mdx:7:12 published: must be a real date written as "YYYY-MM-DD" (first publication)',
      "content/bad-fields.mdx:9:11 reviewed: write the date in quotes: '2026-01-10'",
      'content/bad-fields.mdx:10:1 sumary: is not a known field (allowed: title, description, section, order, difficulty, published, updated, reviewed, tags, keyTakeaways, sources, draft)',
      'content/bad-fields.mdx:11:8 tags[0]: must be lower-case words joined by hyphens, e.g. "liquid-staking"',
      'content/bad-fields.mdx:12:15 keyTakeaways: needs at least 2 takeaways',
      'content/bad-fields.mdx:15:10 sources[0].url: must be a full link starting with https://',
      'content/duplicate-slug.mdx:1:1 slug: "duplicate-slug" is also used by content/duplicate-slug/index.mdx; rename one of them',
      'content/duplicate-slug/index.mdx:1:1 words: the article has 1 words; aim for 800 to 2500 (warning)',
      'content/missing-title.mdx:2:1 title: is required: a short plain-text headline',
      'content/no-quiz.mdx:1:1 words: the article has 11 words; aim for 800 to 2500 (warning)',
      'content/no-quiz.mdx:18:13 link: "https://example.org/invite/friend" looks like a referral or invite link; link to the plain page instead',
      'content/no-quiz.mdx:18:74 Term.id: is required: a glossary id from content/glossary.ts',
      'content/no-quiz.mdx:20:83 Stat.typo: is not an attribute of <Stat> (allowed: id, value, source, sourceTitle, asOf)',
      'content/no-quiz.mdx:22:15 Stat.id: "ethereum.totalStake" is not a figure in content/data/networks.json (ids look like "ethereum.totalStaked"; the /data page lists them all)',
      'content/no-quiz.mdx:23:1 quiz: every article ends with a <Quiz> of 3 to 5 questions (see CONTRIBUTING.md)',
      'content/no-sources.mdx:12:10 sources: needs at least 1 source',
      'content/section.mdx:1:1 slug: "section" names the /learn/section/… filter pages, so /learn/section would never show this article; rename the file',
      'content/section.mdx:1:1 words: the article has 1 words; aim for 800 to 2500 (warning)',
    ])
  })

  it('renders only the articles without errors', () => {
    expect(report.articles.map((a) => a.slug)).toEqual(['duplicate-slug'])
  })

  it('builds a ContentError listing errors, not warnings, for next build', () => {
    const error = new ContentError(report.problems)
    expect(error.message.split('\n')[0]).toBe('Invalid content: 38 problems')
    expect(error.message).toContain(
      '  content/missing-title.mdx:2:1 title: is required: a short plain-text headline',
    )
    expect(error.message).not.toContain('(warning)')
  })
})

describe('the term rule: every glossary term an article uses is linked once', () => {
  const report = readContent({
    root: fixture('valid'),
    today: '2026-03-01',
    glossaryIds,
    glossaryTerms: [
      { id: 'validator', forms: ['Validator'] },
      { id: 'slashing', forms: ['Slashing', 'slashed'] },
      { id: 'staking', forms: ['Staking', 'stake'] },
    ],
    includeDrafts: false,
  })

  it('reports the first unlinked use with the markup to write, and a not-a-term comment that marks nothing', () => {
    expect(report.problems.filter((p) => p.field === 'term').map(formatProblem)).toEqual([
      'content/first-article.mdx:22:41 term: "stakes" is in the glossary; link one use in this article where it means the glossary\'s term: <Term id="staking">stakes</Term>. If this use means something else, put {/* not-a-term: staking */} right before it',
      'content/first-article.mdx:38:63 term: not-a-term: no use of the glossary term "slashing" follows this comment in the same paragraph; write {/* not-a-term: <glossary id> */} right before the word, or remove the comment',
    ])
  })

  it('is an error, so the article is not rendered', () => {
    expect(report.articles.map((a) => a.slug)).toEqual(['with-figure'])
  })
})
