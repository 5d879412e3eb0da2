import type { LearnFilterName } from '@/lib/content/learn-filters'

/** One group of /learn filter links: its name in the URL, its heading and its options ("all" first). */
export type LearnFilterGroup = {
  name: LearnFilterName
  legend: string
  options: readonly { value: string; label: string }[]
}
