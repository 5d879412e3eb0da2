import { z } from 'zod'
import { figure, isFigureId } from '@/lib/data/snapshot'
import { isStale } from '@/lib/data/staleness'
import { isIsoDate } from './dates'
import { startOf } from './mdx-ast'
import type { ComponentRule } from './component-rules'
import { attribute, date, https, text } from './rule-parts'

const VALUE = 'the figure as readers should see it, e.g. "21 days"'

/** What a manual <Stat> needs, with the message an editor reads when it is missing. */
const MANUAL: Record<'value' | 'source' | 'sourceTitle' | 'asOf', string> = {
  value: `is required: ${VALUE}`,
  source: 'is required: an https link to the source',
  sourceTitle: 'is required: the name of the source',
  asOf: 'is required: the date the figure was true for, "YYYY-MM-DD"',
}

/**
 * `<Stat id="ethereum.totalStaked" />` shows a network figure from `content/data/networks.json` (value,
 * source and date come from there, so a refresh updates the article); `<Stat value source sourceTitle asOf />`
 * writes any other dated figure by hand. An unknown id is an error; a stale figure is a warning.
 */
export const STAT_RULE: ComponentRule = {
  props: z.strictObject({
    id: text('a figure id from content/data/networks.json, e.g. "ethereum.totalStaked"').optional(),
    value: text(VALUE).pipe(z.string().max(40, 'is too long (40 characters at most)')).optional(),
    source: https.optional(),
    sourceTitle: text('the name of the source').optional(),
    asOf: date.optional(),
  }),
  children: 'none',
  check(node, props, ctx) {
    const manual = (Object.keys(MANUAL) as (keyof typeof MANUAL)[]).filter((k) => props[k] !== undefined)
    if (typeof props.id === 'string') {
      const at = startOf(attribute(node, 'id') ?? node)
      if (manual.length > 0) {
        ctx.report(
          startOf(node),
          'Stat',
          `give either id or ${manual.join(', ')}, not both: the id brings its own value, source and date`,
        )
      }
      if (!isFigureId(props.id)) {
        ctx.report(
          at,
          'Stat.id',
          `"${props.id}" is not a figure in content/data/networks.json (ids look like "ethereum.totalStaked"; the /data page lists them all)`,
        )
        return
      }
      const f = figure(props.id)
      if (isStale(f, ctx.today)) {
        ctx.warn(
          at,
          'Stat.id',
          `"${props.id}" is stale: true as of ${f.asOf}, older than its ${f.maxAgeDays} days; run npm run data:refresh or update it by hand`,
        )
      }
      return
    }
    for (const [name, message] of Object.entries(MANUAL)) {
      if (props[name] === undefined && attribute(node, name) === undefined)
        ctx.report(startOf(node), `Stat.${name}`, message)
    }
    if (typeof props.asOf === 'string' && isIsoDate(props.asOf) && props.asOf > ctx.today) {
      const at = startOf(attribute(node, 'asOf') ?? node)
      ctx.report(at, 'Stat.asOf', `is in the future (${props.asOf}); use the date the figure was true for`)
    }
  },
}
