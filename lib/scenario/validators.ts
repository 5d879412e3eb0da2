import { CalculatorInputError, projectEthereumValidator } from '@/lib/calculator'
import type { EthereumValidatorResult } from '@/lib/calculator'
import { scenarioToStakeInput } from './stake-input'
import type { Scenario } from './types'

/**
 * Solo Ethereum under both kinds of withdrawal credentials (32 ETH or more), so the results can say what
 * 0x02 compounding changes; `null` for other scenarios or when the engine refuses the combination. In its own
 * module (not `analysis.ts`) because the results panel shows it on first load: importing it must not pull the
 * deeper sections' engine code (simulation, paths, queues) into the calculator's first-load JavaScript.
 */
export function scenarioValidators(
  s: Scenario,
): { chosen: EthereumValidatorResult; other: EthereumValidatorResult } | null {
  if (s.network !== 'ethereum' || s.amount < 32) return null
  const input = scenarioToStakeInput(s)
  const run = (credentials: '0x01' | '0x02') => {
    try {
      return projectEthereumValidator({
        principal: input.principal,
        credentials,
        apr: input.apr,
        commission: input.commission,
        days: input.days,
        ...(input.ratePath === undefined ? {} : { ratePath: input.ratePath }),
      })
    } catch (error) {
      if (error instanceof CalculatorInputError) return null
      throw error
    }
  }
  const chosen = run(s.credentials ?? '0x01')
  const other = run(s.credentials === '0x02' ? '0x01' : '0x02')
  return chosen === null || other === null ? null : { chosen, other }
}
