import type { LiquidityPhaseId } from '@/lib/calculator'

/** The name of each phase of a liquidity timeline (the engine returns only its id and numbers). */
export const enLiquidityPhaseLabels: Record<LiquidityPhaseId, string> = {
  'deposit-finality': 'Deposit is finalised',
  'deposit-queue': 'Wait in the deposit queue',
  eligibility: 'Eligibility is finalised',
  activation: 'Activation epoch',
  'create-stake-account': 'Create and delegate the stake account',
  'warm-up': 'Warm up until the epoch ends',
  bonded: 'Delegation is bonded',
  'deposit-protocol': 'The protocol accepts the deposit',
  'deposit-pool': 'The pool accepts the deposit',
  'deposit-platform': 'The platform accepts the deposit',
  'market-swap': 'Swap the liquid staking token',
  'exit-request': 'Exit request takes effect',
  'exit-queue': 'Wait in the exit queue',
  'withdrawability-delay': 'Withdrawability delay',
  'withdrawal-sweep': 'Withdrawal sweep pays out',
  unbonding: 'Unbonding period',
  'epoch-boundary': 'Deactivate and wait for the epoch to end',
  cooldown: 'Network-wide cooldown',
  withdraw: 'Withdraw to the wallet',
  'withdrawal-request': 'Withdrawal request is processed',
  'pending-partial-payout': 'Paid from the pending partial withdrawals',
  'protocol-redemption': 'The protocol finalises the redemption',
  'redeem-request': 'Request redemption',
  'platform-request': 'Ask the platform to unstake',
  'forced-exit': 'Forced exit after slashing',
}

/** A liquidity phase's name for readers. */
export function phaseLabel(id: LiquidityPhaseId): string {
  return enLiquidityPhaseLabels[id]
}
