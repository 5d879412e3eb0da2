import type { Metadata } from 'next'
import { Link } from '@/components/ui/link.client'
import { pageMetadata } from '@/lib/seo/page-metadata'
import { CORRECTIONS_EMAIL } from '@/lib/site'

export const metadata: Metadata = pageMetadata({
  path: '/about',
  title: 'About and editorial policy',
  description:
    'How Staking Field Guide stays independent, how every figure is sourced and dated, how the maths is tested, and how to report a correction.',
})

export default function AboutPage() {
  return (
    <div className="prose max-w-3xl prose-site prose-h2:scroll-mt-6">
      <h1>About and editorial policy</h1>
      <p className="lead">
        Staking Field Guide explains how proof-of-stake staking and the wider world of DeFi work, so that you
        can judge the options yourself. These are the rules we hold ourselves to.
      </p>

      <h2 id="independence">Independence</h2>
      <ul>
        <li>
          <strong>No affiliate or referral links.</strong> No link on this site earns us anything, and our
          content check rejects links that carry referral or tracking parameters.
        </li>
        <li>
          <strong>No paid placement.</strong> No platform, token, validator or exchange can pay to be
          mentioned, ranked or left out.
        </li>
        <li>
          <strong>No recommendations.</strong> We explain how to compare options on neutral criteria. We never
          tell you where to put your money.
        </li>
        <li>
          <strong>No tracking.</strong> No analytics, advertising or third-party scripts, and no cookies. Your
          theme choice is stored only in your own browser.
        </li>
      </ul>

      <h2 id="sources">How figures are sourced and dated</h2>
      <p>
        Rates, yields, amounts staked and other statistics change all the time. Every such figure on the site
        is shown with its source and the date it was true for, directly next to the number and in print. We
        prefer primary sources: protocol specifications, source code, official documentation, research papers
        and regulators.
      </p>
      <p>
        Each article lists its sources with the date we read them, and shows when it was published, last
        updated and last fact-checked. Articles are re-checked against their sources at least once a year; our
        tooling flags any that are overdue.
      </p>

      <h2 id="calculations">How the numbers are calculated</h2>
      <p>
        Every number on the site, in the <Link href="/calculator">calculator</Link>, inside articles and in
        the <Link href="/walkthrough">walkthrough</Link>, comes from one open calculation engine. Its formulas
        cite the specification or source file they come from and are tested against values worked out
        independently by hand. Results are estimates under stated assumptions, and every result lists those
        assumptions.
      </p>

      <h2 id="language">How we write</h2>
      <p>
        We write in our own words, in plain language, and define terms the first time we use them. We are
        careful with words that mislead: proof-of-stake validators lock up collateral and vote on blocks; they
        do not mine. Public blockchains are pseudonymous, not anonymous.
      </p>

      <h2 id="not-advice">Not advice</h2>
      <p>
        Everything here is educational only and is not financial, investment, legal or tax advice. Staking can
        lose money through slashing, bugs, failures of custodians and falling prices. Rules and taxes differ
        by country.
      </p>

      <h2 id="corrections">Corrections</h2>
      <p>
        If you find a mistake, an outdated figure or a broken source, email{' '}
        <a href={`mailto:${CORRECTIONS_EMAIL}`}>{CORRECTIONS_EMAIL}</a> with the page and what is wrong. We
        check every report against the sources. When we correct a fact, we update the article&apos;s
        &ldquo;updated&rdquo; and &ldquo;fact-checked&rdquo; dates; when a correction changes a conclusion, we
        also say so in the article.
      </p>
    </div>
  )
}
