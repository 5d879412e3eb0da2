import { z } from 'zod'
import { DIFFICULTIES, SECTION_IDS } from './sections'
import { isIsoDate } from './dates'

const isoDate = (what: string) =>
  z
    .string({ error: `must be a quoted date like "2026-01-31" (${what})` })
    .refine(isIsoDate, { error: `must be a real date written as "YYYY-MM-DD" (${what})` })

const httpsUrl = z
  .string({ error: 'must be a link starting with https://' })
  .refine((u) => /^https:\/\/[^\s/]+\.[^\s]+$/.test(u), {
    error: 'must be a full link starting with https://',
  })

/** One primary source the article relies on. Listed under "Sources" at the end of the article. */
export const sourceSchema = z.strictObject({
  /** The source's own title, e.g. "Ethereum consensus specs: Phase 0 beacon chain". */
  title: z.string({ error: 'is required: the title of the source' }).trim().min(3, 'is too short'),
  /** Full https link to the source. Prefer primary sources: specs, source code, official docs, papers. */
  url: httpsUrl,
  /** The day you read the source, "YYYY-MM-DD". Readers use it to judge how fresh a figure is. */
  accessed: isoDate('the day you read the source'),
})

/**
 * Frontmatter of an article in `content/<slug>.mdx` (or `content/<slug>/index.mdx`). Every field is checked
 * by `npm run check:content` and by `next build`; problems are reported as `file:line:col field: message`.
 */
export const frontmatterSchema = z.strictObject({
  /** Headline, plain text, at most 80 characters. Shown as the page's h1 and in search results. */
  title: z
    .string({ error: 'is required: a short plain-text headline' })
    .trim()
    .min(3, 'is too short (3 characters at least)')
    .max(80, 'is too long (80 characters at most)'),
  /** One or two sentences, at most 160 characters. Shown under the title and as the search snippet. */
  description: z
    .string({ error: 'is required: one or two sentences about the article' })
    .trim()
    .min(20, 'is too short (20 characters at least)')
    .max(160, 'is too long (160 characters at most)'),
  /** Which section of the learning path the article belongs to. */
  section: z.enum(SECTION_IDS, { error: `must be one of: ${SECTION_IDS.join(', ')}` }),
  /** Position inside the section, 1 for the first article. Two articles in a section can't share it. */
  order: z
    .number({ error: 'is required: a whole number, 1 for the first article of the section' })
    .int('must be a whole number')
    .min(1, 'must be 1 or more'),
  /** Who the article is written for. */
  difficulty: z.enum(DIFFICULTIES, { error: `must be one of: ${DIFFICULTIES.join(', ')}` }),
  /** First publication date, "YYYY-MM-DD". */
  published: isoDate('first publication'),
  /** Last meaningful change to the text, "YYYY-MM-DD"; on or after `published`. */
  updated: isoDate('last meaningful change'),
  /** Last full fact-check against the sources, "YYYY-MM-DD"; on or after `published`. */
  reviewed: isoDate('last fact-check'),
  /** Lower-case keywords, kebab-case, 1 to 8. Related articles are found through shared tags. */
  tags: z
    .array(
      z
        .string({ error: 'must be text' })
        .regex(
          /^[a-z0-9]+(-[a-z0-9]+)*$/,
          'must be lower-case words joined by hyphens, e.g. "liquid-staking"',
        ),
      { error: 'is required: a list of 1 to 8 tags' },
    )
    .min(1, 'needs at least 1 tag')
    .max(8, 'has too many tags (8 at most)')
    .refine((tags) => new Set(tags).size === tags.length, { error: 'lists the same tag twice' }),
  /** 2 to 5 short sentences a reader should remember. Shown in a box above the article. */
  keyTakeaways: z
    .array(
      z
        .string({ error: 'must be text' })
        .trim()
        .min(10, 'is too short')
        .max(220, 'is too long (220 characters at most)'),
      {
        error: 'is required: a list of 2 to 5 sentences',
      },
    )
    .min(2, 'needs at least 2 takeaways')
    .max(5, 'has too many takeaways (5 at most)'),
  /** Primary sources for the facts and figures in the article; at least one. */
  sources: z
    .array(sourceSchema, { error: 'is required: a list of sources with title, url and accessed' })
    .min(1, 'needs at least 1 source'),
  /** `true` keeps the article out of the production site (it still shows in `npm run dev`). */
  draft: z.boolean({ error: 'must be true or false' }).optional(),
})

export type Frontmatter = z.infer<typeof frontmatterSchema>
export type Source = z.infer<typeof sourceSchema>
