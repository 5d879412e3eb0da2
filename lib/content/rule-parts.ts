import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx'
import { z } from 'zod'
import { isIsoDate } from './dates'
import type { JsxElement } from './mdx-ast'

/** Attribute schemas and helpers shared by the component rules. */

export const text = (what: string) =>
  z
    .string({
      error: (iss) => (iss.input === undefined ? `is required: ${what}` : `must be text in quotes: ${what}`),
    })
    .trim()
    .min(1, `must not be empty: ${what}`)

export const https = z
  .string({
    error: (iss) =>
      iss.input === undefined ? 'is required: an https link to the source' : 'must be a link in quotes',
  })
  .refine((u) => /^https:\/\/[^\s/]+\.[^\s]+$/.test(u), {
    error: 'must be a full link starting with https://',
  })

export const date = z
  .string({
    error: (iss) =>
      iss.input === undefined
        ? 'is required: the date the figure was true for, "YYYY-MM-DD"'
        : 'must be a date in quotes',
  })
  .refine(isIsoDate, { error: 'must be a real date written as "YYYY-MM-DD"' })

export function attribute(node: JsxElement, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name)
}
