import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fillSegments, readSegments, spliceStaticSegments } from './static-segments'

const source = (segments: [string, string][]) =>
  `<html><body>${segments
    .map(
      ([id, html]) =>
        `<span data-static-segment-start="${id}"></span>${html}<span data-static-segment-end="${id}"></span>`,
    )
    .join('<div>island</div>')}</body></html>`
const page = (ids: string[]) =>
  `<main>${ids.map((id) => `<div data-static-segment="${id}" class="static-segment"></div>`).join('<div>island</div>')}</main>`

describe('static segments at build time', () => {
  it('fills each placeholder with its segment, keeping its attributes', () => {
    const segments = readSegments(
      source([
        ['a.0', '<p>One</p>'],
        ['a.1', '<h2 id="x">Two</h2><p>Three</p>'],
      ]),
    )
    const result = fillSegments(page(['a.0', 'a.1']), segments)
    expect(result.html).toBe(
      '<main><div data-static-segment="a.0" class="static-segment"><p>One</p></div><div>island</div>' +
        '<div data-static-segment="a.1" class="static-segment"><h2 id="x">Two</h2><p>Three</p></div></main>',
    )
    expect(result).toMatchObject({ filled: ['a.0', 'a.1'], missing: [], unused: [] })
  })

  it('reports a placeholder without a source and a source without a placeholder', () => {
    const result = fillSegments(
      page(['a.0', 'a.2']),
      readSegments(
        source([
          ['a.0', '<p>x</p>'],
          ['a.1', '<p>y</p>'],
        ]),
      ),
    )
    expect(result.missing).toEqual(['a.2'])
    expect(result.unused).toEqual(['a.1'])
  })

  it('refuses a source whose segment never ends', () => {
    expect(() => readSegments('<span data-static-segment-start="a.0"></span><p>x</p>')).toThrow(
      /a\.0 has no end marker/,
    )
  })

  it('property: any segment HTML (even with $ patterns, divs or spans of its own) arrives in its placeholder unchanged', () => {
    const html = fc.string({ maxLength: 200 }).filter((s) => !s.includes('data-static-segment'))
    fc.assert(
      fc.property(fc.array(html, { minLength: 1, maxLength: 6 }), (contents) => {
        const ids = contents.map((_, i) => `s.${i}`)
        const result = fillSegments(page(ids), readSegments(source(ids.map((id, i) => [id, contents[i]!]))))
        expect(result.missing).toEqual([])
        expect(result.unused).toEqual([])
        expect(result.html).toBe(
          `<main>${ids
            .map((id, i) => `<div data-static-segment="${id}" class="static-segment">${contents[i]}</div>`)
            .join('<div>island</div>')}</main>`,
        )
      }),
    )
  })

  it('splices a build directory, then removes the internal route’s pages; the glossary’s source fills /glossary; a missing page or a part elsewhere fails the build', () => {
    const dist = mkdtempSync(join(tmpdir(), 'segments-'))
    const app = join(dist, 'server', 'app')
    mkdirSync(join(app, 'learn'), { recursive: true })
    writeFileSync(
      join(dist, 'prerender-manifest.json'),
      JSON.stringify({ routes: { '/learn/a': {}, '/static-segments/a': {}, '/static-segments/b': {} } }),
    )
    mkdirSync(join(app, 'static-segments'))
    writeFileSync(join(app, 'learn', 'a.html'), page(['a.0']))
    writeFileSync(join(app, 'static-segments', 'a.html'), source([['a.0', '<p>Prose</p>']]))
    writeFileSync(join(app, 'static-segments', 'a.rsc'), 'payload')
    writeFileSync(join(app, 'static-segments', 'b.html'), source([['b.0', '<p>Orphan</p>']]))
    writeFileSync(join(app, 'index.html'), page(['home.0']))
    writeFileSync(join(app, 'glossary.html'), page(['glossary.entries']))
    writeFileSync(
      join(app, 'static-segments', 'glossary.html'),
      source([['glossary.entries', '<dl>Terms</dl>']]),
    )
    const report = spliceStaticSegments(app)
    expect(readFileSync(join(app, 'learn', 'a.html'), 'utf8')).toContain('<p>Prose</p>')
    expect(readFileSync(join(app, 'glossary.html'), 'utf8')).toContain('<dl>Terms</dl>')
    expect(report.segments).toBe(2)
    expect(report.problems).toEqual([
      `${join(app, 'learn', 'b.html')}: no prerendered page for the segments of b`,
      `${join(app, 'index.html')}: a static part outside the pages that have them (articles and /glossary are filled)`,
    ])
    expect(existsSync(join(app, 'static-segments', 'glossary.html'))).toBe(false)
    expect(existsSync(join(app, 'static-segments', 'a.html'))).toBe(false)
    expect(existsSync(join(app, 'static-segments', 'a.rsc'))).toBe(false)
    expect(JSON.parse(readFileSync(join(dist, 'prerender-manifest.json'), 'utf8'))).toEqual({
      routes: { '/learn/a': {} },
    })
  })
})
