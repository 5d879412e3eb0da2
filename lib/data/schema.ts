import { z } from 'zod'
import { isIsoDate } from '@/lib/content/dates'

/**
 * The schema of `content/data/networks.json`, the one place every network figure the site shows is
 * written. Editors change values there by hand (method `manual`) or through `npm run data:refresh`
 * (method `api`); everything else (the calculator presets, the walkthrough, `<Stat id>` in articles and
 * the /data page) reads it through `lib/data`.
 */

/** A calendar date written as "YYYY-MM-DD" (a real date: 2026-02-30 is refused). */
export const IsoDateSchema = z
  .string({ error: 'must be a date in quotes, "YYYY-MM-DD"' })
  .refine(isIsoDate, { error: 'must be a real date written as "YYYY-MM-DD"' })

/** How a value was obtained. */
export const FIGURE_METHODS = ['api', 'spec', 'governance', 'manual'] as const
export type FigureMethod = (typeof FIGURE_METHODS)[number]

/** How a value is shown to readers. */
export const FIGURE_DISPLAYS = ['number', 'percent', 'compact'] as const
export type FigureDisplay = (typeof FIGURE_DISPLAYS)[number]

/** Figure ids: the network, a dot, then a camelCase name, e.g. `ethereum.totalStaked`. */
export const FIGURE_ID = /^(ethereum|solana|cosmos)\.[a-z][A-Za-z0-9]*$/

export const FigureSourceSchema = z.strictObject({
  /** What was read, specific enough to find the number again: "Beacon node API, /eth/v1/beacon/states/head/validators". */
  title: z.string().trim().min(10, 'must say what was read (10 characters at least)'),
  /** Who publishes it: "Ethereum Foundation (consensus-specs)", "Cosmos Hub governance", "Anza (agave)". */
  publisher: z.string().trim().min(3, 'must name the publisher'),
  /** A full https link to the page, file or endpoint the value came from. */
  url: z
    .string({ error: 'must be a link in quotes' })
    .regex(/^https:\/\/[^\s/]+\.[^\s]+$/, 'must be a full link starting with https://'),
})

export const FigureSchema = z
  .strictObject({
    /** What the figure is, as a short phrase readers see in the /data table: "ETH staked (active balance)". */
    label: z.string().trim().min(3, 'must say what the figure is'),
    /** The number itself, in `unit` (fractions as decimals: 0.05 is 5 %). */
    value: z.number({ error: 'must be a finite number' }),
    /** The unit, plural and lower case unless a symbol: "ETH", "epochs", "share of supply", "per year". */
    unit: z.string().trim().min(1, 'must not be empty'),
    /** How readers see it: `percent` for fractions, `compact` for large amounts ("36.2 million"), else `number`. */
    display: z.enum(FIGURE_DISPLAYS, { error: `must be one of: ${FIGURE_DISPLAYS.join(', ')}` }),
    /** The date the value was true for, as the source states it (not the day we read it). */
    asOf: IsoDateSchema,
    /** The day we read the source (or the refresh command fetched it). */
    retrieved: IsoDateSchema,
    /** `api`: fetched by `npm run data:refresh`; `spec`: a protocol constant in the spec or client code; `governance`: a parameter set by an on-chain vote; `manual`: read by hand from a primary source. */
    method: z.enum(FIGURE_METHODS, { error: `must be one of: ${FIGURE_METHODS.join(', ')}` }),
    /** Where the value comes from: a primary source unless `secondary` is true. */
    source: FigureSourceSchema,
    /** True when no primary source could be found and a secondary one is used; the site labels it so. */
    secondary: z.boolean({ error: 'must be true or false' }),
    /** Days after `asOf` when the figure counts as stale: about 90 for aggregates, 730 for protocol constants. */
    maxAgeDays: z.number().int('must be a whole number').min(1, 'must be at least 1'),
    /** Anything readers must know: how a value was derived, what an approximate date means. */
    note: z.string().trim().min(1).optional(),
  })
  .refine((f) => !isIsoDate(f.asOf) || !isIsoDate(f.retrieved) || f.asOf <= f.retrieved, {
    error: 'asOf must not be after retrieved',
    path: ['asOf'],
  })

export const SnapshotSchema = z.strictObject({
  /** Every figure by id (`network.camelCaseName`), sorted by id. */
  figures: z.record(z.string(), FigureSchema).superRefine((figures, ctx) => {
    for (const id of Object.keys(figures)) {
      if (!FIGURE_ID.test(id)) {
        ctx.addIssue({ code: 'custom', path: [id], message: 'id must look like "ethereum.totalStaked"' })
      }
    }
  }),
})

export type FigureSource = z.infer<typeof FigureSourceSchema>
export type NetworkFigure = z.infer<typeof FigureSchema>
export type Snapshot = z.infer<typeof SnapshotSchema>

/** Zod issues as `figures.x.field: message` lines, for the refresh command and the content check. */
export function snapshotProblems(input: unknown): string[] {
  const parsed = SnapshotSchema.safeParse(input)
  if (parsed.success) return []
  return parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
}
