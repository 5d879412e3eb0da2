import { describe, expect, it } from 'vitest'
import { buttonClass } from './button-class'
import { cn } from './cn'

describe('cn', () => {
  it.each([
    [
      'a later font size replaces an earlier one, per breakpoint',
      ['text-3xl sm:text-4xl', 'text-2xl sm:text-2xl'],
      'text-2xl sm:text-2xl',
    ],
    ['a colour and a size of the same prefix both stay', ['text-sm text-muted'], 'text-sm text-muted'],
    ['custom colour tokens replace each other', ['border-line', 'border-risk'], 'border-risk'],
    [
      'a border width and a border colour both stay',
      ['border-2 border-line-strong'],
      'border-2 border-line-strong',
    ],
    ['false, null and undefined are dropped', ['p-2', false, null, undefined, 'm-1'], 'p-2 m-1'],
  ])('%s', (_, inputs, expected) => {
    expect(cn(...inputs)).toBe(expected)
  })
})

describe('buttonClass', () => {
  it('takes its size from the variant, with one set of size classes and no empty class', () => {
    const classes = buttonClass('primary', undefined, 'lg').split(' ')
    expect(classes).toContain('min-h-12')
    expect(classes).not.toContain('min-h-10')
    expect(classes.filter((c) => c === '')).toHaveLength(0)
  })

  it('adds a caller’s layout classes after the variant’s', () => {
    expect(buttonClass('secondary', 'w-full').split(' ').at(-1)).toBe('w-full')
  })
})
