/**
 * What a timeline phase is and the numbers its rule used, so the UI can put it into words
 * (`phaseDescription` in `lib/i18n/en-liquidity.ts`); the engine writes no sentences. Epoch counts are
 * Ethereum epochs (6.4 minutes) unless the field says days; shares are fractions (0.09 = 9 %).
 */
export type PhaseFacts =
  /** A deposit waits for its block to be final, normally `epochs` epochs. */
  | { id: 'deposit-finality'; epochs: number }
  /** At most `churnEth` an epoch is applied; `queueEth` ahead, so this deposit waits `epochs`. */
  | { id: 'deposit-queue'; churnEth: number; queueEth: number; epochs: number }
  /** Eligible the next epoch, which must be final too: `epochs` in all. */
  | { id: 'eligibility'; epochs: number }
  /** Activation is scheduled `epochs` ahead (1 + MAX_SEED_LOOKAHEAD). */
  | { id: 'activation'; epochs: number }
  | { id: 'create-stake-account' }
  /** Solana: activates at the next epoch boundary (`epochDays` long); at most `rateShare` of stake a epoch. */
  | { id: 'warm-up'; epochDays: number; rateShare: number }
  | { id: 'bonded' }
  | { id: 'deposit-protocol' }
  | { id: 'deposit-pool' }
  | { id: 'deposit-platform' }
  /** Sell the liquid token for `symbol` on a market. */
  | { id: 'market-swap'; symbol: string }
  /** A voluntary exit is scheduled at least `epochs` ahead. */
  | { id: 'exit-request'; epochs: number }
  /** At most `churnEth` leaves an epoch; `queueEth` ahead, so this exit (or partial `amount`) waits `epochs`. */
  | { id: 'exit-queue'; churnEth: number; queueEth: number; epochs: number; leaving: 'exit' | 'amount' }
  /** The balance stays locked `epochs` after exiting. */
  | { id: 'withdrawability-delay'; epochs: number }
  /** `perPayload` withdrawals a block over `validators`: expected (half a cycle) and worst (a whole one). */
  | {
      id: 'withdrawal-sweep'
      perPayload: number
      validators: number
      expectedDays: number
      worstDays: number
    }
  /** Undelegated `symbol` earn nothing and cannot move for `days`. */
  | { id: 'unbonding'; days: number; symbol: string }
  /** Solana: deactivation at the next epoch boundary, an epoch lasting `epochDays`. */
  | { id: 'epoch-boundary'; epochDays: number }
  /** Solana: at most `rateShare` of all stake deactivates an epoch. */
  | { id: 'cooldown'; rateShare: number }
  | { id: 'withdraw' }
  /** An EIP-7002 partial withdrawal request; its exit epoch is at least `epochs` ahead. */
  | { id: 'withdrawal-request'; epochs: number }
  /** Paid before the sweep, up to `perBlock` such payments a block. */
  | { id: 'pending-partial-payout'; perBlock: number }
  /** The protocol's own redemption, normally `minDays`–`maxDays`. */
  | { id: 'protocol-redemption'; minDays: number; maxDays: number }
  /** Ask the protocol (liquid) or the pool to redeem. */
  | { id: 'redeem-request'; from: 'protocol' | 'pool' }
  /** The platform's own processing, `platformDays` (0: not counted unless given). */
  | { id: 'platform-request'; platformDays: number }
  /**
   * A slashed validator: withdrawable at the later of exit + `delayEpochs` and slashing +
   * `slashingsEpochs` epochs, `days` in all.
   */
  | { id: 'forced-exit'; delayEpochs: number; slashingsEpochs: number; days: number }
