import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { NetworkDataNote } from '@/components/data/network-data-note'
import { WalkthroughNav } from '@/components/walkthrough/walkthrough-nav.client'
import { WalkthroughView, stepHeadingId } from '@/components/walkthrough/walkthrough-view'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/seo/page-metadata'
import { isCanonicalQuery, parseQuery, serializeState, walkthroughHref } from '@/lib/walkthrough/url'

type WalkthroughPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const ID_PREFIX = 'wt'

export async function generateMetadata({ searchParams }: WalkthroughPageProps): Promise<Metadata> {
  const t = getDictionary().walkthrough
  const hasState = Object.keys(await searchParams).length > 0
  return {
    ...pageMetadata({
      path: '/walkthrough',
      title: t.metaTitle,
      description: t.description,
      ownSocialImage: true,
    }),
    // Every step has its own URL; only the start is worth indexing.
    robots: hasState ? { index: false, follow: false } : undefined,
  }
}

/** The walkthrough, rendered on the server from its URL (every step can be linked); the island navigates. */
export default async function WalkthroughPage({ searchParams }: WalkthroughPageProps) {
  const query = await searchParams
  const state = parseQuery(query)
  if (!isCanonicalQuery(query, state)) redirect(walkthroughHref(state))
  const t = getDictionary().walkthrough
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-balance text-text sm:text-4xl">{t.title}</h1>
        <p className="text-lg text-muted">{t.lead}</p>
        <NetworkDataNote network={state.network} />
      </header>
      <WalkthroughNav
        step={state.step}
        stateKey={serializeState(state).toString()}
        headingId={stepHeadingId(ID_PREFIX)}
      >
        <WalkthroughView state={state} mode="page" idPrefix={ID_PREFIX} headingLevel={2} />
      </WalkthroughNav>
    </div>
  )
}
