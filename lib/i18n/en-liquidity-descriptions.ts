import { ETHEREUM_EPOCHS_PER_DAY, type PhaseFacts } from '@/lib/calculator'
import { formatDuration, formatPercent, formatPlain, formatQuantity } from '@/lib/format'

const EPOCH = { one: 'epoch', other: 'epochs' }

/** "5 epochs (about 32 minutes)": an Ethereum epoch count with its length. */
const epochs = (n: number) =>
  `${formatQuantity(n, EPOCH)} (about ${formatDuration(n / ETHEREUM_EPOCHS_PER_DAY)})`
/** "256 ETH", "1,500,000 ETH". */
const eth = (n: number) => `${formatPlain(n)} ETH`
/** "9%": a share of stake (whole percent). */
const share = (fraction: number) => formatPercent(fraction, 0)

/**
 * What happens in a phase and why it takes its time, in words, from the engine's ids and numbers
 * (`LiquidityPhase.facts`). Numbers and plurals come through `lib/format` (Intl).
 */
export function phaseDescription(facts: PhaseFacts): string {
  switch (facts.id) {
    case 'deposit-finality':
      return `The beacon chain only processes a deposit once the block that carried it is final, normally ${epochs(facts.epochs)}.`
    case 'deposit-queue':
      return `At most ${eth(facts.churnEth)} of deposits is applied per 6.4-minute epoch. With ${eth(facts.queueEth)} queued ahead, this deposit waits ${epochs(facts.epochs)}.`
    case 'eligibility':
      return `The validator becomes eligible in the next epoch, and that epoch must be final too: ${epochs(facts.epochs)}.`
    case 'activation':
      return `Activation is scheduled ${epochs(facts.epochs)} ahead (1 + MAX_SEED_LOOKAHEAD); from then on the validator attests and earns.`
    case 'create-stake-account':
      return 'One transaction creates a stake account, funds it and delegates it to the validator.'
    case 'warm-up':
      return `New stake activates at the next epoch boundary; an epoch lasts about ${formatDuration(facts.epochDays)}. If much stake is activating at once, at most ${share(facts.rateShare)} of all stake warms up per epoch and the rest waits.`
    case 'bonded':
      return 'The delegation is bonded in the block that includes it, if the validator is in the active set; rewards accrue from the next block.'
    case 'deposit-platform':
      return 'The platform credits your account. When it starts earning, and how, is set by its own terms, not by the protocol.'
    case 'deposit-pool':
    case 'deposit-protocol': {
      const who = facts.id === 'deposit-pool' ? 'pool' : 'protocol'
      return `You receive the ${who}’s token in the same transaction. The ${who} stakes the tokens through its validators; your share earns from then on, at the ${who}’s rate.`
    }
    case 'market-swap':
      return `Sell the token for ${facts.symbol} on a market. It settles in minutes, but the price can sit below the ${facts.symbol} it represents (a discount), and large trades move the price.`
    case 'exit-request':
      return `A voluntary exit is scheduled at least ${epochs(facts.epochs)} ahead.`
    case 'exit-queue':
      return `At most ${eth(facts.churnEth)} can leave per 6.4-minute epoch. With ${eth(facts.queueEth)} queued ahead, this ${facts.leaving} waits ${epochs(facts.epochs)}.`
    case 'withdrawability-delay':
      return `After exiting, the balance stays locked for ${epochs(facts.epochs)}.`
    case 'withdrawal-sweep':
      return `Blocks pay ${formatPlain(facts.perPayload)} withdrawals each, visiting validators in turn; with ${formatPlain(facts.validators)} validators the sweep reaches yours in about ${formatDuration(facts.expectedDays)} on average (half a cycle), and at worst in ${formatDuration(facts.worstDays)} (a whole cycle while pending partial withdrawals take half of each block’s withdrawals).`
    case 'unbonding':
      return `Undelegated ${facts.symbol} earn nothing and cannot move for ${formatDuration(facts.days)}, and can still be slashed for earlier faults; they return to the wallet automatically at the end.`
    case 'epoch-boundary':
      return `Deactivation takes effect at the next epoch boundary; an epoch lasts about ${formatDuration(facts.epochDays)}, so this is up to one epoch.`
    case 'cooldown':
      return `When much stake is leaving at once, at most ${share(facts.rateShare)} of all stake deactivates per epoch; the rest waits.`
    case 'withdraw':
      return 'Inactive stake is withdrawn from the stake account with one transaction.'
    case 'withdrawal-request':
      return `A partial withdrawal request sent from the withdrawal address is processed in the block that includes it; its exit epoch is at least ${epochs(facts.epochs)} ahead.`
    case 'pending-partial-payout':
      return `Once withdrawable, the amount is paid in one of the next blocks, before the sweep (up to ${formatPlain(facts.perBlock)} such payments a block), unless many requests are queued ahead.`
    case 'protocol-redemption':
      return `The protocol pays from its buffer or from exiting validators; its documentation says this normally takes ${formatPlain(facts.minDays)}–${formatDuration(facts.maxDays)}, longer when the exit queue is long.`
    case 'redeem-request':
      return `Ask the ${facts.from} to redeem; it withdraws stake for you and pays out when the network releases it (its own batching can add time).`
    case 'platform-request':
      return facts.platformDays > 0
        ? `The platform adds about ${formatDuration(facts.platformDays)} of its own processing before and after the network’s wait.`
        : 'Platforms may add their own processing time; it is not counted here unless you give it.'
    case 'forced-exit':
      return `A slashed validator is exited through the exit queue and cannot be withdrawn until the later of its exit plus ${formatQuantity(facts.delayEpochs, EPOCH)} and ${formatQuantity(facts.slashingsEpochs, EPOCH)} after the slashing (about ${formatDuration(facts.days)}); penalties keep running meanwhile.`
  }
}
