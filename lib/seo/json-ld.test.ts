import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { articleJsonLd, breadcrumbJsonLd, glossaryJsonLd, serializeJsonLd, websiteJsonLd } from './json-ld'

const org = { name: 'Guide', url: 'https://example.org/', logo: 'https://example.org/icon.svg' }

describe('serializeJsonLd', () => {
  it('cannot close the script element or open a comment', () => {
    const out = serializeJsonLd({ headline: '</script><script>alert(1)</script> <!-- & -->' })
    expect(out).not.toMatch(/[<>&]/)
    expect(out).toContain('\\u003c/script\\u003e')
  })

  it('parses back to the same value for any strings', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.string({ unit: 'binary', maxLength: 40 }), { maxKeys: 4 }),
        (data) => {
          const out = serializeJsonLd(data)
          expect(out).not.toMatch(/[<>&\u2028\u2029]/)
          expect(JSON.parse(out)).toEqual(data)
        },
      ),
    )
  })
})

describe('articleJsonLd', () => {
  const data = articleJsonLd(
    {
      url: 'https://example.org/learn/x',
      title: 'X',
      description: 'D',
      published: '2026-01-01',
      modified: '2026-02-01',
      section: 'Basics',
      tags: ['a', 'b'],
      sources: [{ title: 'Spec', url: 'https://spec.example' }],
      image: { url: 'https://example.org/learn/x/opengraph-image', width: 1200, height: 630 },
    },
    org,
  )

  it('is an Article by the organisation, free to read, with both dates', () => {
    expect(data).toMatchObject({
      '@type': 'Article',
      datePublished: '2026-01-01',
      dateModified: '2026-02-01',
      isAccessibleForFree: true,
      author: { '@type': 'Organization', name: 'Guide' },
      publisher: { '@type': 'Organization', name: 'Guide' },
      keywords: 'a, b',
    })
  })

  it('names its social card as an ImageObject with its size', () => {
    expect(data.image).toEqual({
      '@type': 'ImageObject',
      url: 'https://example.org/learn/x/opengraph-image',
      width: 1200,
      height: 630,
    })
  })

  it('cites its sources as creative works', () => {
    expect(data.citation).toEqual([{ '@type': 'CreativeWork', name: 'Spec', url: 'https://spec.example' }])
  })
})

describe('breadcrumbJsonLd', () => {
  it('numbers the steps from 1', () => {
    const data = breadcrumbJsonLd([
      { name: 'Home', url: 'https://e.org/' },
      { name: 'Learn', url: 'https://e.org/learn' },
    ])
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://e.org/' },
      { '@type': 'ListItem', position: 2, name: 'Learn', item: 'https://e.org/learn' },
    ])
  })
})

describe('glossaryJsonLd', () => {
  it('makes each term a DefinedTerm of the set, with its anchor and aliases', () => {
    const data = glossaryJsonLd({ url: 'https://e.org/glossary', name: 'Glossary', description: 'Terms' }, [
      { id: 'apr', term: 'APR', long: 'Annual rate.', aliases: ['annual percentage rate'] },
      { id: 'mev', term: 'MEV', long: 'Value.' },
    ])
    expect(data['@type']).toBe('DefinedTermSet')
    expect(data.hasDefinedTerm).toEqual([
      {
        '@type': 'DefinedTerm',
        '@id': 'https://e.org/glossary#apr',
        name: 'APR',
        description: 'Annual rate.',
        url: 'https://e.org/glossary#apr',
        alternateName: ['annual percentage rate'],
        inDefinedTermSet: 'https://e.org/glossary',
      },
      {
        '@type': 'DefinedTerm',
        '@id': 'https://e.org/glossary#mev',
        name: 'MEV',
        description: 'Value.',
        url: 'https://e.org/glossary#mev',
        inDefinedTermSet: 'https://e.org/glossary',
      },
    ])
  })
})

describe('websiteJsonLd', () => {
  it('points its search action at /search?q=', () => {
    const data = websiteJsonLd({ name: 'Guide', url: 'https://e.org', description: 'D' })
    expect(data).toMatchObject({
      '@type': 'WebSite',
      url: 'https://e.org/',
      potentialAction: { target: { urlTemplate: 'https://e.org/search?q={search_term_string}' } },
    })
  })
})
