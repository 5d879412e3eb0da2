import { compile } from '@mdx-js/mdx'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import rehypeStaticSegments, { slugOfPath } from './rehype-static-segments.mjs'

/* eslint-disable @typescript-eslint/no-explicit-any -- hast trees with MDX nodes, built by hand */

const mdx = async (source: string, path = 'content/fiat.mdx') =>
  String(await compile({ value: source, path }, { jsx: true, rehypePlugins: [rehypeStaticSegments] }))

describe('rehypeStaticSegments', () => {
  it('wraps the blocks around an interactive component in numbered segments and leaves the component between them', async () => {
    const out = await mdx(
      '## Title\n\nText with <Term id="apr">APR</Term>.\n\n<Quiz>\n<Question>q</Question>\n</Quiz>\n\nAfter.\n',
    )
    const first = out.search(/<StaticSegment id="fiat\.0-[0-9a-f]{8}"/)
    const quiz = out.indexOf('<Quiz>')
    const second = out.search(/<StaticSegment id="fiat\.1-[0-9a-f]{8}"/)
    expect(first).toBeGreaterThan(-1)
    expect(quiz).toBeGreaterThan(first)
    expect(second).toBeGreaterThan(quiz)
    // The heading and the term are inside the first segment, before the quiz.
    expect(out.slice(first, quiz)).toContain('<_components.h2>')
    expect(out.slice(first, quiz)).toContain('<Term id="apr">')
  })

  it('keeps a block that contains an island (a calculator inside a callout) out of every segment', async () => {
    const out = await mdx('Intro.\n\n<Callout>\n<ApyCalculator apr={4} />\n</Callout>\n')
    expect(out).toMatch(/<StaticSegment id="fiat\.0-[0-9a-f]{8}"/)
    expect(out).not.toContain('id="fiat.1')
    const callout = out.indexOf('<Callout>')
    expect(out.lastIndexOf('</StaticSegment>')).toBeLessThan(callout)
  })

  it('an id changes with the segment’s text, not with where the segment sits in the file', async () => {
    const id = async (source: string) => (await mdx(source)).match(/<StaticSegment id="([^"]+)"/)![1]
    const plain = await id('A paragraph.\n')
    expect(await id('\n\n\nA paragraph.\n')).toBe(plain)
    expect(await id('A paragraph, edited.\n')).not.toBe(plain)
  })

  it('marks the segment that opens the prose and the one that closes it, and no other', async () => {
    const classes = async (source: string) =>
      [...(await mdx(source)).matchAll(/<StaticSegment id="[^"]+"(?: className="([^"]+)")?>/g)].map(
        (m) => m[1] ?? '',
      )
    expect(await classes('Intro.\n\n<Quiz />\n\nMiddle.\n\n<Quiz />\n\nEnd.\n')).toEqual([
      'static-segment first-segment',
      '',
      'static-segment last-segment',
    ])
    expect(await classes('Only prose.\n')).toEqual(['static-segment first-segment last-segment'])
    // An island opens the article: the segment after it is not the prose's first child.
    expect(await classes('<Quiz />\n\nAfter.\n\n<Quiz />\n')).toEqual([''])
  })

  it('names each staking flow’s first step as a part of the article, in order, wherever the flow sits', async () => {
    const out = await mdx(
      'Intro.\n\n<StakingFlow network="cosmos" />\n\n<Callout>\n<StakingFlow network="solana" />\n</Callout>\n',
      'content/first-stake/index.mdx',
    )
    expect(
      [...out.matchAll(/<StakingFlow network="(\w+)" part="([^"]+)"/g)].map((m) => [m[1], m[2]]),
    ).toEqual([
      ['cosmos', 'first-stake.flow-0'],
      ['solana', 'first-stake.flow-1'],
    ])
  })

  it('names segments after the article: <slug>.mdx and <slug>/index.mdx', () => {
    expect(slugOfPath('/x/content/apr-vs-apy.mdx')).toBe('apr-vs-apy')
    expect(slugOfPath('/x/content/first-stake/index.mdx')).toBe('first-stake')
  })

  type Block = 'p' | 'island' | 'esm' | 'blank'
  const node = (kind: Block, i: number): any =>
    kind === 'p'
      ? { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: `p${i}` }] }
      : kind === 'island'
        ? { type: 'mdxJsxFlowElement', name: 'Quiz', attributes: [], children: [] }
        : kind === 'esm'
          ? { type: 'mdxjsEsm', value: 'export const a = 1' }
          : { type: 'text', value: '\n' }

  it('property: every paragraph lands in exactly one segment, in order; no island or ESM is ever inside one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Block>('p', 'island', 'esm', 'blank'), { maxLength: 30 }),
        (kinds) => {
          const tree: any = { type: 'root', children: kinds.map(node) }
          rehypeStaticSegments()(tree, { path: 'content/a.mdx' } as any)
          const segments = tree.children.filter((n: any) => n.name === 'StaticSegment')
          // Ids count from 0 in document order.
          expect(segments.map((s: any) => s.attributes[0].value.replace(/-[0-9a-f]{8}$/, ''))).toEqual(
            segments.map((_: any, i: number) => `a.${i}`),
          )
          for (const s of segments) {
            expect(s.children.some((c: any) => c.type === 'mdxJsxFlowElement' || c.type === 'mdxjsEsm')).toBe(
              false,
            )
            expect(s.children.some((c: any) => c.tagName === 'p')).toBe(true)
          }
          // Paragraphs, flattened back, keep their order; none is left outside a segment.
          const flat = tree.children.flatMap((n: any) => (n.name === 'StaticSegment' ? n.children : [n]))
          const texts = (nodes: any[]) =>
            nodes.filter((n) => n.tagName === 'p').map((n) => n.children[0].value)
          expect(texts(flat)).toEqual(kinds.flatMap((k, i) => (k === 'p' ? [`p${i}`] : [])))
          expect(tree.children.some((n: any) => n.tagName === 'p')).toBe(false)
          // One segment per maximal run of paragraphs (blank lines do not break a run).
          const runs = kinds
            .filter((k) => k !== 'blank')
            .join(' ')
            .split(/island|esm/)
            .filter((r) => r.includes('p')).length
          expect(segments).toHaveLength(runs)
          // Only a segment that is the first (last) block shown is marked first (last).
          const shown = tree.children.filter(
            (n: any) => n.type !== 'mdxjsEsm' && !(n.type === 'text' && n.value.trim() === ''),
          )
          const edge = (n: any, name: string) =>
            (n.attributes?.find((a: any) => a.name === 'className')?.value ?? '').split(' ').includes(name)
          for (const [i, n] of shown.entries()) {
            const isSegment = n.name === 'StaticSegment'
            expect(edge(n, 'first-segment')).toBe(isSegment && i === 0)
            expect(edge(n, 'last-segment')).toBe(isSegment && i === shown.length - 1)
          }
        },
      ),
    )
  })
})
