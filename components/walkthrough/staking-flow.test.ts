import { createElement, Fragment } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { StakingFlow } from './staking-flow'

describe('<StakingFlow>', () => {
  const html = renderToStaticMarkup(
    createElement(
      Fragment,
      null,
      createElement(StakingFlow, { network: 'cosmos' }),
      createElement(StakingFlow, { network: 'solana' }),
    ),
  )

  it('renders several per page without sharing an element id', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])
    expect(ids.length).toBeGreaterThan(4)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('starts each on its own network, with links into the full walkthrough', () => {
    expect(html).toContain('Try it: a simulated stake on Cosmos Hub')
    expect(html).toContain('Try it: a simulated stake on Solana')
    expect(html).toContain('href="/walkthrough?step=provider&amp;network=cosmos&amp;method=delegated')
    expect(html).toContain('href="/walkthrough?step=provider&amp;network=solana&amp;method=delegated')
  })
})
