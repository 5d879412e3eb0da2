import type { Metadata } from 'next'
import { LearningPathListing } from '@/components/learn/learning-path-listing'
import { NO_FILTERS } from '@/lib/content/learn-filters'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/seo/page-metadata'

const t = getDictionary()

export const metadata: Metadata = pageMetadata({
  path: '/learn',
  title: t.learn.title,
  description: t.learn.lead,
})

/** Every article of the learning path; its filters lead to the prerendered filtered pages beside it. */
export default function LearnPage() {
  return <LearningPathListing filters={NO_FILTERS} />
}
