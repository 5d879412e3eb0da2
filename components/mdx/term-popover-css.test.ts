import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import postcss, { type AtRule, type Rule } from 'postcss'
import { describe, expect, it } from 'vitest'

/**
 * The term popover's CSS (app/globals.css): anchored below its term where the browser supports anchor
 * positioning, a sheet along the bottom of the screen where it does not. e2e/term-popover.spec.ts renders the
 * fallback; this checks what a browser could read differently: that exactly one of the two blocks applies in
 * any browser, and what the fallback declares.
 */
const css = postcss.parse(readFileSync(join(process.cwd(), 'app', 'globals.css'), 'utf8'))
const SELECTOR = '[popover].term-popover'

const supportsBlocks = () => {
  const blocks: AtRule[] = []
  css.walkAtRules('supports', (at) => {
    if (at.some((node) => node.type === 'rule' && node.selector === SELECTOR)) blocks.push(at)
  })
  return blocks
}

const declarations = (parent: AtRule | typeof css) => {
  const found: Record<string, string> = {}
  parent.each((node) => {
    if (node.type !== 'rule' || (node as Rule).selector !== SELECTOR) return
    ;(node as Rule).walkDecls((decl) => {
      found[decl.prop] = decl.value
    })
  })
  return found
}

describe('term popover CSS', () => {
  it('has an anchored block and a fallback under the negation of the same condition', () => {
    const blocks = supportsBlocks().map((at) => at.params.trim())
    expect(blocks).toHaveLength(2)
    const [anchored, fallback] = blocks as [string, string]
    expect(anchored).toMatch(/^\(position-area: [a-z-]+\)$/)
    expect(fallback).toBe(`not ${anchored}`)
  })

  it('sizes the popover for the viewport outside both blocks (so every browser gets it)', () => {
    const base = declarations(css)
    expect(base.width).toMatch(/^min\(\d+rem, calc\(100vw - \d+(\.\d+)?rem\)\)$/)
    expect(base['max-width']).toBe('none')
  })

  it('anchored: below its term, flipping above when there is no room, inside the viewport', () => {
    const anchored = declarations(supportsBlocks()[0]!)
    expect(anchored['position-area']).toMatch(/^bottom/)
    expect(anchored['position-try-fallbacks']).toContain('flip-block')
    expect(anchored.margin).toMatch(/^\S+ \d+(\.\d+)?rem$/)
  })

  it('fallback: fixed to the bottom of the viewport with margins on three sides, centred', () => {
    const fallback = declarations(supportsBlocks()[1]!)
    expect(fallback.position).toBe('fixed')
    expect(fallback.inset).toMatch(/^auto \d+(\.\d+)?rem \d+(\.\d+)?rem$/)
    expect(fallback['margin-inline']).toBe('auto')
  })
})
