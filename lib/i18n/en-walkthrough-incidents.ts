import type { IncidentBlock } from '@/lib/walkthrough/incidents'
import type { IncidentId } from '@/lib/walkthrough/types'

/** Strings of step 7: what can go wrong. Amounts arrive already formatted. */
export const enWalkthroughIncidents = {
  heading: 'What can go wrong',
  intro:
    'Trigger what could happen to this stake and see what it costs. Each can happen once; anything that cannot happen on your path says why.',
  happenedHeading: 'What happened',
  lostHeading: 'What you lost',
  reduceHeading: 'How it could have been smaller',
  continue: 'Continue to unstaking',
  titles: {
    downtime: 'The validator goes offline for two days',
    slashing: 'The validator is slashed',
    discount: 'The liquid staking token trades below its backing',
    pause: 'The platform pauses withdrawals',
  } satisfies Record<IncidentId, string>,
  trigger: {
    downtime: 'Simulate two days of downtime',
    slashing: 'Simulate a slashing',
    discount: 'Simulate a 5% discount',
    pause: 'Simulate a 30-day pause',
  } satisfies Record<IncidentId, string>,
  onDay: (day: string) => `Happened on day ${day}.`,
  blocked: {
    'no-protocol-slashing':
      'Solana’s documentation says slashing is not currently implemented in the protocol; a delinquent validator simply earns nothing.',
    'custodial-terms':
      'Whether a platform passes slashing losses on depends on its terms; the withdrawal pause shows the risk that is specific to custodians.',
    'spread-over-validators':
      'Your stake is spread over many validators, so one going offline barely shows in your rate; the provider’s overall record is what matters.',
    'custodial-operations':
      'The platform runs the validators; an outage shows up only as a slightly lower rate.',
    'not-liquid': 'Only a liquid staking token can trade below its backing.',
    'not-exchange': 'Only a custodial platform can pause your withdrawals.',
    'already-happened': 'This has happened already.',
    'after-slashing': 'The validator was slashed and forced out; it no longer validates.',
    unstaking: 'Unstaking has begun; nothing more happens to the staked tokens here.',
    'clock-full': 'The simulation stops at ten years.',
  } satisfies Record<IncidentBlock, string>,
  downtime: {
    happened: {
      ethereum:
        'Your validator was offline for two days. It missed its attestations and any block it should have proposed, and the protocol charged penalties for the missed votes.',
      cosmos: (hours: string) =>
        `The validator stopped signing blocks. After about ${hours} it had missed more than the slashing window allows, so it was jailed, a small slash was taken, and no rewards were paid until its operator unjailed it two days later.`,
      solana:
        'The validator stopped voting (it became delinquent). It earned no vote credits, so neither did your stake; Solana charges no penalty.',
    },
    missed: (amount: string) => `Rewards missed: ${amount}`,
    penalty: (amount: string) => `Penalties taken from your stake: ${amount}`,
    noPenalty: 'No penalty beyond the missed rewards.',
    reduce: {
      solo: 'Monitor the node and get alerts; keep a tested backup plan, but never run the same signing key on two machines at once: that is how validators get slashed.',
      delegated:
        'Look at uptime and jailing history before choosing, spread stake over several validators, and check on them every few weeks.',
    },
  },
  slashing: {
    happened: {
      solo: 'Your validator signed two conflicting messages (typically the same key running on two machines). The protocol slashed it and forced it out of the validator set.',
      delegated:
        'The validator double-signed. It was slashed, and on the Cosmos Hub it is tombstoned: it can never validate again. Your delegation lost its share and stopped earning; you can redelegate at once or unbond.',
      pooled:
        'One of the pool’s node operators was slashed with all of its validators at once. The loss is shared by everyone in the pool; the rest of the stake keeps earning.',
      liquid:
        'One of the protocol’s node operators was slashed with all of its validators at once. The loss is shared by all holders of the token; the rest keeps earning.',
    },
    lost: (amount: string, share: string) => `Principal lost: ${amount} (${share} of your stake).`,
    forcedExit: (d: string) => `The validator is forced out and can be withdrawn only after ${d}.`,
    correlation:
      'On Ethereum, the more stake is slashed in the same 36 days, the larger the correlation penalty: a mass slashing of a third of all stake would take everything.',
    reduce: {
      solo: 'Never run one key in two places (use slashing protection and a single active node), keep software up to date, and prefer a minority client.',
      delegated:
        'Check slashing history and self-stake, spread stake across validators, and prefer operators who explain their setup.',
      pooled:
        'Prefer pools with many independent operators, so one operator’s failure is a small share of the whole.',
      liquid:
        'Prefer protocols with many independent operators and insurance or cover for slashing, and avoid over-concentrated ones.',
    },
  },
  discount: {
    happened: (discount: string) =>
      `Markets got nervous and the token traded ${discount} below the tokens that back it. The backing itself did not change.`,
    lostIfSold: (amount: string) => `Selling now would lose about ${amount}.`,
    lostNone:
      'You lose nothing if you wait, or redeem through the protocol instead of selling (which takes longer).',
    reduce:
      'Do not rely on selling quickly for money you may need; check how redemption works and how long it takes before you need it.',
  },
  pause: {
    happened: (days: string) =>
      `The platform paused withdrawals for ${days}. Your tokens were still listed in your account, but you could not move them.`,
    lost: 'Nothing yet, but your exit waits longer. If a platform fails instead of pausing, customers can wait years and recover only part of their funds.',
    reduce:
      'Keep only what you can afford to have locked on any platform, read its terms on custody and withdrawals, and prefer staking from a wallet you control.',
  },
}
