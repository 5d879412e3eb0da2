import type { DiagramModel } from '../diagram-model'
import { chain } from './build'

/**
 * Ethereum validator lifecycle since Electra (Pectra). Facts from the consensus specs
 * (`specs/electra/beacon-chain.md`: pending deposits and the balance churn limit, EIP-7251 consolidations,
 * EIP-7002 execution-layer exits; `configs/mainnet.yaml`: MIN_VALIDATOR_WITHDRAWABILITY_DELAY 256 epochs,
 * MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT 256 ETH) and `specs/capella/beacon-chain.md` (withdrawal sweep).
 */
export const validatorLifecycle: DiagramModel = {
  id: 'validator-lifecycle',
  title: 'The life of an Ethereum validator, from deposit to the withdrawal sweep',
  caption:
    'An Ethereum validator passes through six stages; the two queues are limited in ETH per epoch, so their length depends on how much ETH is entering or leaving at the time.',
  nodes: [
    {
      id: 'deposit',
      title: '1. Deposit',
      detail: 'At least 32 ETH sent to the deposit contract',
      tone: 'neutral',
      wide: { col: 0, row: 0 },
      narrow: { col: 0, row: 0 },
    },
    {
      id: 'pending',
      title: '2. Pending',
      detail: 'Waits in the deposit and activation queue',
      tone: 'warning',
      wide: { col: 1, row: 0 },
      narrow: { col: 0, row: 1 },
    },
    {
      id: 'active',
      title: '3. Active',
      detail: 'Attests and proposes blocks; earns rewards, can be penalised or slashed',
      tone: 'accent',
      wide: { col: 2, row: 0 },
      narrow: { col: 0, row: 2 },
    },
    {
      id: 'exit-queue',
      title: '4. Exit queue',
      detail: 'After an exit request, waits its turn (at most 256 ETH leaves per epoch)',
      tone: 'warning',
      wide: { col: 2, row: 1 },
      narrow: { col: 0, row: 3 },
    },
    {
      id: 'withdrawable',
      title: '5. Withdrawable',
      detail: 'Exited; funds wait 256 epochs, about 27 hours',
      tone: 'neutral',
      wide: { col: 1, row: 1 },
      narrow: { col: 0, row: 4 },
    },
    {
      id: 'swept',
      title: '6. Swept',
      detail: 'The withdrawal sweep pays the balance to the withdrawal address',
      tone: 'tip',
      wide: { col: 0, row: 1 },
      narrow: { col: 0, row: 5 },
    },
    {
      id: 'pectra',
      title: 'Since Pectra (May 2025)',
      detail:
        'Validators with 0x02 credentials compound rewards up to 2,048 ETH. The withdrawal address can start an exit or a partial withdrawal itself (EIP-7002). Consolidation moves one validator’s balance into another; the source validator then leaves through the exit steps.',
      tone: 'note',
      wide: { col: 0, row: 2, colSpan: 3 },
      narrow: { col: 0, row: 6 },
    },
  ],
  edges: [
    ...chain('deposit', 'pending', 'active'),
    { from: 'active', to: 'exit-queue', label: 'exit' },
    ...chain('exit-queue', 'withdrawable', 'swept'),
  ],
  description: [
    'Deposit: at least 32 ETH is sent to the deposit contract.',
    'Pending: the deposit waits in the deposit and activation queue, which admits a limited amount of ETH per epoch.',
    'Active: the validator attests and proposes blocks, earning rewards; it can be penalised or slashed.',
    'Exit queue: after an exit request, it waits its turn; at most 256 ETH leaves per epoch.',
    'Withdrawable: once exited, its funds wait 256 epochs, about 27 hours.',
    'Swept: the automatic withdrawal sweep pays the balance to the withdrawal address.',
    'Since Pectra (May 2025), validators with 0x02 credentials compound rewards up to 2,048 ETH, the withdrawal address can start an exit or a partial withdrawal itself (EIP-7002), and consolidation moves one validator’s balance into another, after which the source validator leaves through the exit steps.',
  ],
}
