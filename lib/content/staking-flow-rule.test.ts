import { describe, expect, it } from 'vitest'
import { COMPONENT_RULES } from './component-rules'

describe('StakingFlow rule', () => {
  const props = COMPONENT_RULES.StakingFlow.props

  it.each(['ethereum', 'cosmos', 'solana'])('accepts network="%s"', (network) => {
    expect(props.safeParse({ network }).success).toBe(true)
  })

  it('names the allowed networks when one is wrong, and refuses unknown attributes', () => {
    const wrong = props.safeParse({ network: 'bitcoin' })
    expect(wrong.success).toBe(false)
    expect(wrong.error?.issues[0]?.message).toBe('must be one of: ethereum, cosmos, solana')
    expect(props.safeParse({ network: 'cosmos', step: 'rewards' }).success).toBe(false)
    expect(props.safeParse({}).success).toBe(false)
  })
})
