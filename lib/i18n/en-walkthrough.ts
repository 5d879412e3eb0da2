import type { StakingMethod } from '@/lib/calculator'
import type { FlagId } from '@/lib/walkthrough/flags'
import type { StepId } from '@/lib/walkthrough/types'
import { enWalkthroughIncidents } from './en-walkthrough-incidents'
import { enWalkthroughReview } from './en-walkthrough-review'

/**
 * Strings of the staking walkthrough (`/walkthrough` and `<StakingFlow>`). Kept apart from the rest of the
 * dictionary because the embedded walkthrough renders them in the browser: its client code imports this
 * module (through `getWalkthroughStrings()`), never the whole dictionary.
 */
export const enWalkthrough = {
  title: 'Staking walkthrough',
  metaTitle: 'Staking walkthrough: simulate a stake from first choice to withdrawal',
  description:
    'A guided simulation of a whole stake: choose a network, a method and a validator, sign, wait for activation, earn, see what downtime and slashing cost, then unstake. No wallet, no real money.',
  lead: 'Rehearse a whole stake without risking anything: the choices, the waits, the rewards and what can go wrong. Every number comes from the same engine as the calculator.',
  embedTitle: (network: string) => `Try it: a simulated stake on ${network}`,
  banner:
    'Simulation only. No wallet is connected and nothing is sent anywhere. Validators and platforms here are invented, and none is recommended.',
  progressLabel: 'Walkthrough progress',
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  steps: {
    setup: 'Network and method',
    provider: 'Validator or provider',
    amount: 'Amount',
    review: 'Review and sign',
    activation: 'Activation',
    rewards: 'Rewards',
    incidents: 'What can go wrong',
    unstake: 'Unstake',
    summary: 'Summary',
  } satisfies Record<StepId, string>,
  back: 'Back',
  next: 'Next',
  restart: 'Start again',
  openFull: 'Open this step in the full walkthrough',
  signedNote:
    'This stake is signed. On a real network you could not undo it; start again to try other choices.',
  illustrative: 'illustrative assumption',
  disclaimer: {
    short: 'Educational only, not financial advice.',
    long: 'A simulation: figures are dated estimates from the engine; check the sources before you rely on them.',
  },
  source: 'Source',
  asOf: (date: string) => `as of ${date}`,
  figures: {
    apr: 'Modelled reward rate (APR, before fees)',
    aprBasis: 'Computed by the engine from',
    minimum: 'Minimum stake',
    noMinimum: 'No protocol minimum',
    fee: 'Typical fee on rewards',
    activation: 'Time until it earns',
    exit: 'Time to get out',
    orSell: (d: string) => `or ${d} by selling the token`,
    basis: {
      totalStakedEth: 'ETH staked',
      inflation: 'Inflation',
      bondedRatio: 'Share of supply staked (bonded ratio)',
      communityTax: 'Community tax',
      stakedFraction: 'Share of supply staked',
    },
  },
  setup: {
    heading: 'Choose a network and how to stake',
    intro:
      'Pick a network profile, then one of the ways to stake that it offers. Each shows what it asks of you, who holds the keys, what it costs and how long your tokens are locked.',
    networkLegend: 'Network',
    networkCurrent: 'Selected',
    chooseNetwork: (name: string) => `Use ${name}`,
    methodsHeading: (network: string) => `Ways to stake on ${network}`,
    choose: (method: string) => `Choose: ${method}`,
    chosen: 'Your choice',
    requirements: 'What it asks of you',
    keys: 'Who holds the keys',
    fees: 'Fees',
    lockup: 'Lock-up',
    risks: 'Main risks',
    /** `methods` is a list already joined with “or” (`formatList`). */
    notOffered: (network: string, methods: string) => `${network} does not offer ${methods} in this guide.`,
  },
  methods: {
    solo: {
      name: 'Run your own validator',
      short: 'solo staking',
      requirements:
        'A dedicated computer running around the clock with fast storage and a reliable connection; installing, updating and monitoring node software.',
      keys: 'You hold every key: the signing key on your node and the key that controls withdrawals.',
      fees: 'No fee on rewards, but you pay for hardware, power and internet.',
      risks:
        'Slashing if your key ever signs twice (for example, the same key on two machines); penalties while offline; every mistake is yours.',
    },
    delegated: {
      name: 'Delegate to a validator',
      short: 'delegation',
      requirements: 'A wallet you control, the tokens, and a little extra for transaction fees.',
      keys: 'You keep your keys. The validator never holds your tokens; it votes with their weight.',
      fees: 'The validator keeps a commission on your rewards.',
      risks: 'You share your validator’s slashing and downtime; your tokens are locked while unbonding.',
    },
    pooled: {
      name: 'Join a staking pool',
      short: 'a staking pool',
      requirements: 'A wallet you control and any amount; no hardware.',
      keys: 'The pool’s contract or program holds the stake; you hold pool tokens that represent your share.',
      fees: 'The pool keeps a share of rewards (plus its validators’ commission).',
      risks:
        'Bugs in the pool’s code, operators’ mistakes (losses are shared), and the pool’s own exit rules.',
    },
    liquid: {
      name: 'Liquid staking (receive a token)',
      short: 'liquid staking',
      requirements: 'A wallet you control and any amount; no hardware.',
      keys: 'The protocol’s contracts hold the stake; you hold a token you can sell or use elsewhere.',
      fees: 'The protocol keeps a share of rewards.',
      risks:
        'Smart-contract bugs, the token trading below what backs it, and large protocols concentrating stake.',
    },
    exchange: {
      name: 'Exchange or custodial service',
      short: 'a custodial service',
      requirements: 'An account with the platform, usually with identity checks.',
      keys: 'The platform holds your keys and your tokens; you hold a claim on it.',
      fees: 'Platforms often keep a large share of rewards.',
      risks: 'The platform can pause withdrawals, change its terms or fail; you depend on its solvency.',
    },
  } satisfies Record<StakingMethod, Record<string, string>>,
  provider: {
    heading: {
      setup: 'Set up your validator',
      validator: 'Choose a validator',
      pool: 'Choose a staking pool',
      protocol: 'Choose a liquid staking protocol',
      exchange: 'Choose a custodial platform',
    },
    intro:
      'These are simulated choices with invented names and figures, each built to show one thing to look for. Flags mark warning signs; you can still pick anything and see what happens.',
    caption: 'Simulated choices and what to look for',
    choose: (name: string) => `Choose ${name}`,
    chosen: 'Chosen',
    none: 'No flags',
    columns: {
      name: 'Name',
      fee: 'Fee',
      commission: 'Commission',
      uptime: 'Uptime (30 days)',
      selfStake: 'Self-stake',
      share: 'Share of stake',
      clientShare: 'Client share',
      votingPower: 'Voting power',
      history: 'Slashing history',
      operators: 'Operators',
      hosting: 'Runs on',
      flags: 'Flags',
      action: 'Action',
    },
    hosting: { home: 'Your own machine', cloud: 'A rented server' },
    history: {
      clean: 'None',
      slashed: (days: number) => `Slashed ${days} days ago`,
      jailed: (days: number) => `Jailed ${days} days ago`,
    },
    explainHeading: 'What the columns mean',
    explain: {
      fee: 'The share of your rewards the validator, pool or platform keeps. 100% means you earn nothing.',
      uptime:
        'How much of its work it did lately. The simulation pays full rewards except during the outage you can trigger in step 7.',
      selfStake: 'The operator’s own tokens at risk next to yours: some skin in the game.',
      share:
        'How much of all stake it controls. Stake piled on a few validators or providers lets a small group halt or censor the chain, or be hit by the same failure.',
      clientShare:
        'How many validators run the same client software. A bug in a client used by two thirds of validators could finalise a wrong chain, and its users would be penalised together.',
      history: 'Past slashing or jailing says something about how keys and servers are run.',
      operators: 'How many independent node operators run the validators behind it.',
    },
    concentration:
      'Why concentration harms everyone: proof of stake stays safe while no group controls a third of the stake. Choosing smaller, well-run validators keeps it that way, and spreads your own risk.',
    flags: {
      'keeps-all-rewards': 'Keeps 100% of rewards: you would earn nothing.',
      'high-fee': 'Keeps half or more of your rewards.',
      'zero-commission': 'Zero commission now, which may be raised later up to its declared maximum.',
      'recent-slashing': 'Slashed within the last year.',
      'recent-jailing': 'Jailed for downtime in the last 90 days.',
      'low-uptime': 'Uptime below 98%: missed work means missed rewards.',
      'large-share': 'Holds over a tenth of all voting power: adding to it concentrates the network.',
      'approaching-third':
        'Holds over a quarter of all stake, approaching the third that could stop the chain finalising.',
      'supermajority-client':
        'Runs a client used by two thirds of validators: one bug could hurt all of them.',
      'majority-client': 'Runs a client used by a third or more of validators.',
      'few-operators': 'Fewer than five operators run its validators.',
      'no-self-stake': 'The operator has none of its own tokens at stake.',
    } satisfies Record<FlagId, string>,
    risk: 'Risk',
    warning: 'Warning',
  },
  amount: {
    heading: 'Choose an amount',
    intro:
      'Enter how much to stake from your simulated wallet. Expected rewards and fees appear before you commit.',
    label: (symbol: string) => `Amount to stake (${symbol})`,
    balance: (amount: string) => `Simulated balance: ${amount}`,
    available: (amount: string) => `Available to stake after the transaction fee: ${amount}`,
    reserve: (amount: string) =>
      `A Solana stake account also keeps ${amount} as its rent-exempt reserve, returned when the account is closed.`,
    submit: 'Continue to review',
    expectedHeading: 'Before you commit: a year at today’s modelled rate',
    rewardsYear: 'Expected rewards over a year',
    feeYear: 'Fee on those rewards',
    txFee: 'Network fee to stake (and again to unstake)',
    noTxFee: 'No network fee paid by you (the platform moves the tokens)',
    netApr: 'Net APR after the fee',
    /** A validator counted after a number (chosen by `formatQuantity`). */
    validator: { one: 'validator', other: 'validators' },
    errors: {
      'amount-empty': 'Enter an amount to stake.',
      'amount-not-number':
        'Enter the amount as a plain number with a point for decimals, like 250 or 12.5 (a comma only separates thousands, as in 1,000).',
      'amount-zero': 'Enter an amount above zero.',
      'amount-decimals': (decimals: number) => `This token has at most ${decimals} decimal places.`,
      'amount-below-minimum': (minimum: string) => `This method needs at least ${minimum}.`,
      /** `validators`: the amount in whole 32 ETH validators, as a count with its noun ("3 validators"). */
      'amount-above-0x01': (effective: string, excess: string, validators: string | null) =>
        `With 0x01 credentials a validator earns on ${effective} only; the other ${excess} would be swept back to your withdrawal address and earn nothing. Stake ${effective}, or choose 0x02 credentials to keep up to 2,048 ETH earning in one validator.${validators === null ? '' : ` With 0x01, this amount would need ${validators} of ${effective} each, more than this one-validator simulation runs.`}`,
      'amount-above-0x02': (maximum: string) =>
        `One validator with 0x02 credentials stakes at most ${maximum} (its maximum effective balance since the Pectra upgrade); anything above it is swept back to your withdrawal address. Stake ${maximum} or less here, or split the amount across several validators.`,
      'amount-above-balance': (available: string) =>
        `That is more than you can stake: at most ${available} after the transaction fee.`,
    },
  },
  review: enWalkthroughReview,
  activation: {
    heading: 'Activation: waiting to earn',
    intro: 'Your stake does not earn at once. This is how long it waits on this path, phase by phase.',
    timelineCaption: 'From signing to earning',
    total: (d: string) => `Earning starts after ${d}.`,
    skip: 'Skip ahead: the stake is active',
    activeNote: 'The stake is active and earning.',
    time: {
      ethereum:
        'Ethereum counts time in slots of 12 seconds, grouped into epochs of 32 slots (6.4 minutes). Entries and exits happen at epoch boundaries, limited by a churn of ETH per epoch; other networks call similar periods eras.',
      cosmos:
        'Cosmos SDK chains have no staking epochs: a delegation counts from the next block. What takes time is leaving (unbonding).',
      solana:
        'Solana groups slots into epochs of 432,000 slots, in practice about two days. New stake warms up, and leaving stake cools down, at epoch boundaries.',
    },
  },
  rewards: {
    heading: 'Rewards accrue',
    intro:
      'Move the clock forward and watch the stake grow. Figures come from the engine at the network’s modelled rate.',
    day: (days: string) => `Day ${days} of staking`,
    advanceLabel: 'Move the clock forward',
    advance: { 1: '+1 day', 7: '+1 week', 30: '+1 month (30 days)', 365: '+1 year' },
    advanceAria: (label: string) => `Move the clock ${label}`,
    stopped: 'Earning has stopped: the validator was slashed and forced out.',
    unstakingNote: 'Unstaking has begun, so the clock no longer moves here.',
    maxed: 'The simulation stops at ten years.',
    restakeHeading: 'Restaking',
    restakeOn: 'Restaking is on',
    restakeOff: 'Restaking is off',
    turnOn: 'Turn restaking on',
    turnOff: 'Turn restaking off',
    restakeLocked: 'The setting is fixed once something has happened to the stake; start again to compare.',
    restakeReasons: {
      'compounding-credentials':
        'With 0x02 withdrawal credentials, rewards stay in the validator and compound: its effective balance rises in whole-ETH steps, up to 2,048 ETH.',
      sweep:
        'Solo Ethereum rewards above 32 ETH are swept to your withdrawal address every few days, so they do not compound.',
      'token-value': 'The token’s value grows with rewards every day, so they compound on their own.',
      epoch:
        'Solana adds rewards to the stake every epoch (about every two days), so they compound on their own.',
      claim:
        'Rewards wait unclaimed and do not compound. Restaking here means claiming and delegating them again once a month (each claim costs a small fee, not counted).',
      platform: 'Some platforms restake rewards for you, others pay them out to your account balance.',
    },
    table: {
      caption: 'Your stake so far',
      staked: 'Staked',
      rewards: 'Rewards earned (after fee)',
      fee: 'Fee kept by the provider',
      losses: 'Losses (penalties, slashing)',
      txFees: 'Network fees',
      balance: 'Balance',
      earningDays: 'Days earning',
    },
    assumption:
      'Rewards from the engine’s projection at the modelled APR, with the provider’s fee; the rate is held constant, which real rates are not.',
  },
  incidents: enWalkthroughIncidents,
  unstake: {
    heading: 'Unstake and withdraw',
    intro: 'Leaving takes time too. Here is the wait on this path; your tokens earn nothing during it.',
    routes: {
      standard: 'Start unstaking',
      swap: 'Sell the token on a market',
      redeem: 'Redeem through the protocol',
    },
    routeHelp: {
      swap: 'Minutes, but at the market price, which can be below what backs the token.',
      redeem: 'At the full backing value, after the network’s own exit wait.',
    },
    previewCaption: (route: string) => `The wait if you choose: ${route}`,
    waitCaption: 'Your exit, phase by phase',
    total: (d: string) => `Usable after ${d}.`,
    forced: 'The slashed validator was forced out: this wait started when it was slashed.',
    withdraw: 'Skip to the end of the wait and withdraw',
    requested: 'Unstaking requested.',
  },
  summary: {
    heading: 'Summary',
    intro: 'Your simulated stake from start to finish, next to the calculator’s simple projection.',
    caption: 'What happened to your stake',
    /** `split`: how 0x01 would stake an amount above 32 ETH ("3 validators of 32 ETH, 4 ETH not staked"), or null. */
    credentials: (chosen: '0x01' | '0x02', mine: string, other: string, split: string | null) =>
      chosen === '0x02'
        ? `Your validator has 0x02 credentials: rewards stayed in it, compounding in whole-ETH steps, and without incidents it ends with ${mine}. With 0x01 credentials (rewards paid out to your withdrawal address${split === null ? '' : `; the amount as ${split}`}) it would end with ${other}.`
        : `Your validator has 0x01 credentials: rewards were paid out to your withdrawal address, and without incidents it ends with ${mine}. With 0x02 credentials (rewards compounding in whole-ETH steps) it would end with ${other}.`,
    /** 0x01's way to stake more than 32 ETH: whole validators, the rest left over. */
    sweepSplit: (validators: string, each: string, idle: string | null) =>
      `${validators} of ${each}${idle === null ? '' : `, ${idle} not staked`}`,
    staked: 'Staked',
    rewards: 'Rewards earned (after the provider’s fee)',
    providerFees: 'Fee kept by the provider',
    txFees: 'Network fees (stake and unstake)',
    penalties: 'Penalties',
    slashing: 'Slashing',
    discount: 'Sold below backing',
    missed: 'Rewards missed during the outage',
    received: 'You end with',
    net: 'Net result',
    time: 'Time locked',
    timeDetail: (activation: string, staked: string, exit: string) =>
      `${activation} to activate, ${staked} staked, ${exit} to get out`,
    compareHeading: 'Compared with the calculator',
    compare: (days: string) =>
      `The calculator’s simple projection for the same stake over ${days}, with full uptime and nothing going wrong:`,
    simpleRewards: 'Projected rewards',
    difference: 'Your result minus the projection',
    openCalculator: 'Open this scenario in the calculator',
  },
  rejections: {
    'wrong-step': 'That action belongs to another step.',
    'locked-signed': 'This stake is already signed; start again to change it.',
    'locked-unstaking': 'Unstaking has already begun.',
    'locked-incident': 'The setting is fixed once something has happened to the stake.',
    'unknown-network': 'Choose Ethereum, Cosmos Hub or Solana.',
    'not-offered': 'This network does not offer that method here.',
    'unknown-provider': 'Choose one of the listed options.',
    incomplete: 'Finish this step first.',
    'already-done': 'That is already done.',
    slashed: 'The stake stopped earning when the validator was slashed.',
    'too-long': 'The simulation stops at ten years.',
    'bad-advance': 'Move the clock by a day, a week, a month or a year.',
    'restake-fixed': 'On this path restaking is not your choice.',
    'credentials-fixed': 'Only a solo Ethereum validator has withdrawal credentials to choose.',
    'incident-unavailable': 'That cannot happen on this path now.',
    'bad-route': 'Choose one of the ways out offered for this method.',
    'first-step': 'This is the first step.',
    'not-reached': 'You have not reached that step yet.',
    'unknown-event': 'That action is not part of the walkthrough.',
  },
}

export type WalkthroughStrings = typeof enWalkthrough
