import type { NetworkId, StakingMethod } from '@/lib/calculator'
import type { RecipientKind } from '@/lib/walkthrough/address'

type Transaction = { does: string; irreversible: string }

const custodial: Transaction = {
  does: 'No transaction of yours reaches the network: you press “stake” in your account, and the platform moves tokens it already holds for you.',
  irreversible:
    'You hand control to the platform. How and when you can leave is set by its terms, which it can change.',
}

const TRANSACTIONS: Record<NetworkId, Partial<Record<StakingMethod, Transaction>>> = {
  ethereum: {
    solo: {
      does: 'Calls the deposit contract with your validator’s public key, its withdrawal credentials, a signature proving you hold the key, and the amount (at least 32 ETH).',
      irreversible:
        'The withdrawal address in the credentials cannot be changed once set: every reward and your exited stake go to that address. A wrong address loses everything.',
    },
    pooled: {
      does: 'Sends ETH to the pool’s contract, which mints pool tokens to your address.',
      irreversible:
        'A deposit cannot be cancelled; you leave by redeeming the pool tokens under the pool’s rules.',
    },
    liquid: {
      does: 'Sends ETH to the protocol’s contract, which mints its liquid staking token to your address.',
      irreversible: 'A deposit cannot be cancelled; you leave by selling the token or queueing a redemption.',
    },
    exchange: custodial,
  },
  cosmos: {
    delegated: {
      does: 'Broadcasts a delegate message (MsgDelegate) naming your address, the validator’s operator address (it starts with cosmosvaloper) and the amount.',
      irreversible:
        'Undelegating takes the full unbonding period. You can redelegate to another validator at once, but the moved stake still answers for the old validator’s past faults.',
    },
    liquid: {
      does: 'Sends ATOM to the protocol, which delegates it for you and mints its liquid staking token to your address.',
      irreversible:
        'A deposit cannot be cancelled; you leave by selling the token or redeeming it (and unbonding).',
    },
    exchange: custodial,
  },
  solana: {
    solo: {
      does: 'Creates a stake account funded with your SOL, sets its stake and withdraw authorities, and delegates it to your own validator’s vote account.',
      irreversible:
        'Whoever holds the withdraw authority controls the funds: it must be a key only you hold.',
    },
    delegated: {
      does: 'Creates a stake account funded with your SOL (plus its rent-exempt reserve), sets you as stake and withdraw authority, and delegates it to the validator’s vote account.',
      irreversible:
        'Whoever holds the withdraw authority controls the funds: check that it is your own address.',
    },
    pooled: {
      does: 'Deposits SOL into the stake pool program, which mints pool tokens to your address.',
      irreversible: 'A deposit cannot be cancelled; you leave by redeeming or selling the pool tokens.',
    },
    liquid: {
      does: 'Deposits SOL into the protocol’s stake pool, which mints its liquid staking token to your address.',
      irreversible: 'A deposit cannot be cancelled; you leave by selling the token or redeeming it.',
    },
    exchange: custodial,
  },
}

export const enWalkthroughReview = {
  heading: 'Review and sign',
  intro:
    'Before signing anything, read what it does. Here is what this transaction would do on a real network.',
  summaryCaption: 'What you are about to sign',
  rows: {
    network: 'Network',
    method: 'Method',
    provider: 'Validator or provider',
    amount: 'Amount',
    fee: 'Network fee (gas)',
    noFee: 'None paid by you',
    credentials: 'Withdrawal credentials',
  },
  credentials: {
    heading: 'Withdrawal credentials',
    kinds: {
      '0x01':
        '0x01: rewards above 32 ETH are swept to your withdrawal address every few days; they do not compound.',
      '0x02':
        '0x02 (compounding, since the Pectra upgrade, EIP-7251): rewards stay in the validator and compound as its effective balance rises in whole-ETH steps, up to 2,048 ETH; you take ETH out with a withdrawal request (EIP-7002).',
    },
    note: 'They are part of the deposit you sign, so choose before signing.',
    /** The amount step's choice, made together with the amount (a 0x02 validator can hold more). */
    legend: 'Withdrawal credentials of your validator',
    options: {
      '0x01': '0x01: rewards are swept out; the validator stakes exactly 32 ETH',
      '0x02': '0x02 (compounding): from 32 ETH up to 2,048 ETH in one validator',
    },
    /** Why switching back to 0x01 is not offered: the amount is above what a 0x01 validator stakes. */
    blocked: (reason: string) => `${reason} Change the amount first (step 3) to switch.`,
    use: (kind: '0x01' | '0x02') => `Use ${kind} credentials instead`,
  },
  doesHeading: 'What the transaction does',
  irreversibleHeading: 'What cannot be undone',
  phishingHeading: 'Before you sign anything real',
  phishing: [
    'Open the site or app from a bookmark you made yourself, never from a link in a message, an ad or a search result.',
    'Compare every address in full, in blocks of four characters, against a source you reached yourself.',
    'Read the transaction on your wallet’s own screen. Reject anything you did not expect, such as a token approval or a transfer.',
    'Nobody legitimate needs your seed phrase: not a validator, a wallet, a support team or a website.',
  ],
  address: {
    heading: 'The address you would sign for',
    kinds: {
      contract: 'Contract',
      validator: 'Validator (operator address)',
      'vote-account': 'Validator (vote account)',
      pool: 'Stake pool',
    } satisfies Record<RecipientKind, string>,
    simulated: 'Invented for this simulation: not a real address, send nothing to it.',
    compare:
      'Compare it in blocks of four, from the first character to the last, with the address the provider or protocol publishes on its own site (reached from your own bookmark), and with the one your wallet shows on its screen. Look-alike addresses are made to match the first and last few characters.',
    custodial:
      'There is no address to check: on a custodial platform you sign nothing on the network. Check instead that you are in the platform’s real app or site, opened from your own bookmark.',
  },
  confirm:
    'I have read what this does and compared the address above in full, block by block (this is a simulation)',
  confirmCustodial:
    'I have read what this does and that the platform, not I, holds the staked tokens (this is a simulation)',
  sign: 'Sign (simulated)',
  transaction(network: NetworkId, method: StakingMethod): Transaction {
    return TRANSACTIONS[network][method] ?? custodial
  },
}
