import { describe, expect, it } from 'vitest'
import { pageMetadata } from './page-metadata'

describe('pageMetadata', () => {
  it('gives a page one canonical, Open Graph tags with the site name and a large Twitter card', () => {
    const meta = pageMetadata({
      path: '/glossary',
      title: 'Glossary',
      description: 'Terms.',
      ownSocialImage: true,
    })
    expect(meta.alternates).toEqual({ canonical: '/glossary' })
    expect(meta.openGraph).toEqual({
      siteName: 'Staking Field Guide',
      locale: 'en_US',
      url: '/glossary',
      title: 'Glossary',
      description: 'Terms.',
      type: 'website',
    })
    expect(meta.twitter).toEqual({ card: 'summary_large_image', title: 'Glossary', description: 'Terms.' })
  })

  it('marks articles as such with their dates, section, tags and the organisation as author', () => {
    const meta = pageMetadata({
      path: '/learn/x',
      title: 'X',
      description: 'D',
      article: { published: '2026-01-01', modified: '2026-02-01', section: 'Basics', tags: ['a', 'b'] },
    })
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2026-01-01',
      modifiedTime: '2026-02-01',
      section: 'Basics',
      tags: ['a', 'b'],
      authors: ['Staking Field Guide'],
    })
    expect(meta.keywords).toEqual(['a', 'b'])
  })

  it('points a page without an image of its own at the site image, for Open Graph and Twitter', () => {
    const meta = pageMetadata({ path: '/about', title: 'About', description: 'D' })
    const image = {
      url: '/opengraph-image',
      width: 1200,
      height: 630,
      type: 'image/png',
      alt: expect.any(String),
    }
    expect(meta.openGraph.images).toEqual([image])
    expect(meta.twitter.images).toEqual([image])
  })
})
