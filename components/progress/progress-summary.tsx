import { getDictionary } from '@/lib/i18n'
import { ForgetProgress } from './forget-progress.client'

/** "You have read N of M articles" and the "forget my progress" button (nothing when there is no progress). */
export function ProgressSummary({ total }: { total: number }) {
  const { tick: _tick, ...labels } = getDictionary().progress
  return <ForgetProgress total={total} labels={labels} />
}
