import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildCspManifest, weakEtag } from './manifest'
import { notModified } from '@/lib/http/etag'

describe('weakEtag', () => {
  it('is a weak tag of 22 base64url characters, the same for the same HTML', () => {
    expect(weakEtag('<p>a</p>')).toMatch(/^W\/"[A-Za-z0-9_-]{22}"$/)
    expect(weakEtag('<p>a</p>')).toBe(weakEtag('<p>a</p>'))
  })

  it('changes when any character of the page changes (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1 }),
        (html, at, ch) => {
          const i = at % html.length
          fc.pre(html[i] !== ch)
          const edited = html.slice(0, i) + ch + html.slice(i + 1)
          expect(weakEtag(edited)).not.toBe(weakEtag(html))
        },
      ),
    )
  })

  it('is matched by a conditional request that lists it', () => {
    const tag = weakEtag('<!DOCTYPE html><title>x</title>')
    expect(notModified(tag, tag)).toBe(true)
    expect(notModified(weakEtag('<!DOCTYPE html><title>y</title>'), tag)).toBe(false)
  })
})

describe('buildCspManifest', () => {
  it('tags every prerendered page by its route, and hashes its inline scripts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'))
    mkdirSync(join(dir, 'learn'))
    const pages = {
      'index.html': '<script>a()</script><p>home</p>',
      'learn/apr-vs-apy.html': '<script>a()</script><script>b()</script><p>article</p>',
    }
    for (const [file, html] of Object.entries(pages)) writeFileSync(join(dir, file), html)
    const manifest = buildCspManifest(dir)
    expect(manifest.etags).toEqual({
      '/': weakEtag(pages['index.html']),
      '/learn/apr-vs-apy': weakEtag(pages['learn/apr-vs-apy.html']),
    })
    expect(Object.keys(manifest.scripts).sort()).toEqual(['/', '/learn/apr-vs-apy'])
    expect(manifest.scripts['/learn/apr-vs-apy']).toHaveLength(2)
    expect(manifest.shared).toHaveLength(1)
  })
})
