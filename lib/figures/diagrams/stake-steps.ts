import type { DiagramModel } from '../diagram-model'
import { chain, steps } from './build'

/** The four steps of a first stake, as the first-stake article walks through them. */
export const stakeSteps: DiagramModel = {
  id: 'stake-steps',
  title: 'The four steps of a stake',
  caption:
    'Every kind of staking comes down to the same four steps; most costly mistakes happen in step 3, so it gets the most care.',
  nodes: steps([
    {
      id: 'method',
      title: '1. Choose a method',
      detail: 'Solo, delegated, pooled, liquid or exchange',
    },
    {
      id: 'validator',
      title: '2. Choose a validator',
      detail: 'Uptime, commission, track record; spread your stake',
    },
    {
      id: 'stake',
      title: '3. Stake, carefully',
      detail: 'Test amount first, verify addresses, read what you sign',
      tone: 'warning',
    },
    {
      id: 'manage',
      title: '4. Manage rewards',
      detail: 'Claim or compound, watch the validator, keep records',
      tone: 'accent',
    },
  ]),
  edges: chain('method', 'validator', 'stake', 'manage'),
  gaps: { wide: { col: 26 } },
  description: [
    'Choose a method: solo, delegated, pooled, liquid or exchange staking.',
    'Choose a validator: look at uptime, commission and track record, and spread your stake.',
    'Stake, carefully: send a test amount first, verify every address and read what you sign.',
    'Manage rewards: claim or compound them, watch the validator and keep records.',
  ],
}
