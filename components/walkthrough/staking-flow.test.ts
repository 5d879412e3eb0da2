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

  /** Each GET form's hidden fields, as a query string: what the button submits without JavaScript. */
  const forms = [
    ...html.matchAll(/<form[^>]* action="\/walkthrough#walkthrough-step"[^>]*>(.*?)<\/form>/g),
  ].map((form) =>
    [...form[1]!.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)]
      .map(([, name, value]) => `${name}=${value}`)
      .join('&'),
  )

  it('starts each on its own network, with buttons that submit into the full walkthrough', () => {
    expect(html).toContain('Try it: a simulated stake on Cosmos Hub')
    expect(html).toContain('Try it: a simulated stake on Solana')
    expect(forms).toContain('step=provider&network=cosmos&method=delegated')
    expect(forms).toContain('step=provider&network=solana&method=delegated')
    expect(html).toMatch(/<button type="submit"[^>]*>Choose: delegation<\/button>/)
  })
})
