import { figure } from '@/lib/data/snapshot'
import type { GlossaryEntry } from '@/lib/glossary/types'

/**
 * The glossary: every term used with `<Term id="…">` in the articles, with a one-sentence `short` definition
 * (shown in the popover, at most 200 characters) and a fuller `long` one (shown on `/glossary`). Plain text
 * only. Entries are sorted alphabetically by `term`; every id in `related` must exist in this list.
 */
export const glossary = [
  {
    id: 'activation-queue',
    term: 'Activation queue',
    short:
      'On Ethereum, the waiting line a new validator joins after its deposit, because only a limited amount of new stake can become active per epoch.',
    long: 'Ethereum rate-limits how fast stake can enter (and leave) the active validator set, so that the set of validators cannot change too quickly for the protocol to stay safe. Since the Electra upgrade (May 2025) the limit, called the churn limit, is an amount of ETH per epoch rather than a number of validators, so new deposits wait in a queue whose length depends on how much other ETH is waiting. A validator earns no rewards until it is activated.',
    related: ['exit-queue', 'validator', 'epoch', 'solo-staking'],
    aliases: ['entry queue', 'deposit queue'],
  },
  {
    id: 'address-poisoning',
    term: 'Address poisoning',
    short:
      'A scam that plants a look-alike address in your transaction history, hoping you will copy it instead of the real one when you next send funds.',
    long: 'The attacker creates an address whose first and last characters match one you use, then sends you a tiny or zero-value transfer from it so it appears in your wallet history. If you copy an address from that history without checking every character, you send funds to the attacker. Copy addresses from a saved, verified source, never from recent activity.',
    related: ['phishing', 'wallet', 'self-custody'],
    aliases: ['address spoofing', 'zero-value transfer scam'],
  },
  {
    id: 'amm',
    term: 'AMM (automated market maker)',
    short:
      'A smart contract that lets people trade tokens against a pool of deposited tokens, with the price set by a formula instead of an order book.',
    long: 'An automated market maker holds reserves of two or more tokens supplied by liquidity providers and quotes prices from a formula, for example keeping the product of the two reserves constant. Traders swap against the pool and pay a fee that goes to the liquidity providers. AMMs are a building block of DeFi and the usual place where liquid staking tokens are traded.',
    related: ['liquidity-pool', 'impermanent-loss', 'defi', 'smart-contract'],
    aliases: ['automated market maker', 'DEX pool'],
  },
  {
    id: 'apr',
    term: 'APR (annual percentage rate)',
    short:
      'A staking reward rate expressed per year without compounding: the simple yearly reward as a share of the amount staked.',
    long: 'In staking, APR states how much you would earn in a year if rewards were not added back to your stake. It is usually an estimate that moves with network conditions such as total stake, fees and inflation, and may be quoted before or after commission. Compare it with APY, which assumes rewards are compounded.',
    related: ['apy', 'compounding', 'commission', 'real-yield'],
    aliases: ['annual percentage rate', 'reward rate'],
  },
  {
    id: 'apy',
    term: 'APY (annual percentage yield)',
    short:
      'A yearly return that assumes rewards are regularly added back to the stake and earn rewards themselves, so it is at least as high as the matching APR.',
    long: 'APY converts a rate into the growth you would see over a year if rewards were compounded at a given frequency. For the same underlying rate, more frequent compounding gives a higher APY, but only if you (or the protocol) actually restake the rewards. An APY figure is an estimate, not a promise, because the underlying rate changes.',
    related: ['apr', 'compounding', 'real-yield'],
    aliases: ['annual percentage yield', 'effective annual rate'],
  },
  {
    id: 'arbitrage',
    term: 'Arbitrage',
    short:
      'Buying an asset where it is cheaper and selling it where it is dearer at the same time, profiting from the gap and, in doing so, closing it.',
    long: 'Arbitrage is what keeps the price of one token similar across exchanges and pools. In an AMM, arbitrage traders move the pool’s price back to the wider market after every outside price change; the value they take is the source of a liquidity provider’s impermanent loss. Ordering transactions to win an arbitrage is a large part of MEV.',
    related: ['amm', 'liquidity-pool', 'impermanent-loss', 'mev', 'depeg'],
    aliases: ['arbitrageur', 'arbitrage trade'],
  },
  {
    id: 'attestation',
    term: 'Attestation',
    short:
      "A validator's signed vote on Ethereum saying which block it sees as the head of the chain and which checkpoints it supports for finality.",
    long: 'On Ethereum every active validator is expected to attest once per epoch, in its assigned slot. Attestations drive both fork choice (which chain to follow) and finality (which checkpoints become irreversible). Timely, correct attestations earn rewards; missed or wrong ones cost small penalties, and signing contradictory attestations can be slashed.',
    related: ['validator', 'epoch', 'slot', 'finality', 'block-proposal', 'slashing'],
    aliases: ['attest'],
  },
  {
    id: 'audit',
    term: 'Audit (smart-contract audit)',
    short:
      "An independent review of a protocol's code by security specialists, looking for bugs and design flaws before (and after) it holds users' funds.",
    long: 'Auditors read the code, test it and report issues by severity; the team fixes them and the final report is usually published. An audit lowers risk but does not prove code is safe: it covers one version of the code, within a limited time and scope. Check what was audited, when, by whom, and whether the deployed code matches.',
    related: ['smart-contract', 'bug-bounty', 'defi'],
    aliases: ['security audit', 'code audit'],
  },
  {
    id: 'block-builder',
    term: 'Block builder',
    short:
      'A specialised party that assembles transactions into a complete block and bids to have a validator propose it, paying the validator for the right.',
    long: 'On Ethereum most blocks are not assembled by the proposing validator but by block builders, who collect transactions and bundles from users and searchers, order them for the most value, and offer the finished block with a payment to the proposer. Builders compete in an auction run through relays and MEV-Boost. Because scale and private order flow help a builder win, building tends to concentrate in a few firms, which gives them influence over which transactions get in.',
    related: ['mev', 'relay', 'mev-boost', 'proposer-builder-separation', 'block-proposal'],
    aliases: ['builder'],
  },
  {
    id: 'block-proposal',
    term: 'Block proposal',
    short:
      'The duty of the validator chosen for a slot to assemble a new block and broadcast it for other validators to check and vote on.',
    long: 'In proof of stake, proposers are picked in proportion to stake, pseudo-randomly on Ethereum and by a weighted rotation on CometBFT chains. The proposer packs transactions into the block and earns a proposer reward plus transaction fees or tips, and any MEV it captures. Proposing two different blocks for the same slot is a slashable offence.',
    related: ['validator', 'slot', 'attestation', 'mev', 'slashing'],
    aliases: ['proposer', 'block proposer', 'block producer', 'proposing'],
  },
  {
    id: 'blockchain',
    term: 'Blockchain',
    short:
      'A shared record of transactions, grouped into blocks that each point to the one before, kept in sync by many computers that follow the same rules.',
    long: 'Each block contains a cryptographic fingerprint (hash) of the previous block, so changing old history would change every block after it and be detected. A consensus mechanism such as proof of stake decides who adds the next block and which history everyone agrees on. Public blockchains can be read by anyone.',
    related: ['public-ledger', 'consensus', 'proof-of-stake', 'proof-of-work'],
    aliases: ['distributed ledger'],
  },
  {
    id: 'bls',
    term: 'BLS signature',
    short:
      'The signature scheme Ethereum validators sign blocks and votes with; many BLS signatures can be merged into one, which keeps thousands of votes small.',
    long: 'BLS (Boneh–Lynn–Shacham) signatures can be aggregated: one short signature can prove that many validators signed the same message, which is how Ethereum can check a vote from every active validator in every epoch. A validator’s BLS signing key is separate from the key of its withdrawal address: the signing key can sign duties (and get the validator slashed if misused) but cannot move the stake.',
    related: ['validator', 'attestation', 'withdrawal-credentials', 'validator-client', 'sync-committee'],
    aliases: ['BLS', 'BLS key', 'validator signing key', 'Boneh–Lynn–Shacham'],
  },
  {
    id: 'bonded-pool',
    term: 'Bonded pool',
    short:
      'On Cosmos SDK chains, the staking module’s account that holds every token bonded to a validator; in Polkadot, a nomination pool’s shared stake.',
    long: 'When you delegate on a Cosmos SDK chain, your tokens move from your account into the staking module’s bonded pool, and the module records the delegation in your name; while unbonding they sit in a separate not-bonded pool. No company holds these accounts: only the module’s rules can move the tokens. Polkadot’s nomination pools use the same name for the stake members put together.',
    related: ['delegation', 'unbonding', 'staking-pool', 'bonded-ratio'],
    aliases: ['bonded tokens pool', 'not-bonded pool'],
  },
  {
    id: 'bonded-ratio',
    term: 'Bonded ratio',
    short: 'The share of a token’s total supply that is currently staked (bonded) with validators.',
    long: 'Some networks steer their issuance with it: in the Cosmos SDK mint module, for instance, inflation drifts up when the bonded ratio is below a target and down when it is above. A high bonded ratio means more stake secures the chain, but fewer tokens are liquid for other uses.',
    related: ['total-staked', 'inflation', 'issuance', 'staking'],
    aliases: ['staking ratio', 'bonded share', 'goal bonded'],
  },
  {
    id: 'bug-bounty',
    term: 'Bug bounty',
    short:
      'A published programme that pays security researchers for privately reporting vulnerabilities instead of exploiting them.',
    long: 'A bounty states what is in scope, how to report, and how much is paid by severity. A well-funded, public bug bounty gives researchers a reason to disclose problems responsibly and complements audits, which only cover one review at one point in time.',
    related: ['audit', 'smart-contract'],
    aliases: ['bounty programme'],
  },
  {
    id: 'client-diversity',
    term: 'Client diversity',
    short:
      'Running a mix of independently written node and validator software, so that a bug in one program cannot take down or corrupt most of the network.',
    long: 'If one client is used by most validators, a bug in it could stall the chain or, past two thirds of stake on Ethereum, even finalise a wrong chain, and everyone using it could be penalised together. Spreading stake across several clients limits the damage any single bug can do. It is a consideration for solo stakers and for anyone choosing a staking provider.',
    related: ['validator-client', 'finality', 'inactivity-leak', 'slashing'],
    aliases: ['client distribution'],
  },
  {
    id: 'commission',
    term: 'Commission',
    short:
      'The share of staking rewards that a validator or staking service keeps as its fee before passing the rest to delegators.',
    long: 'Commission is usually a percentage of rewards, not of your stake: if a validator charges commission c on rewards r, delegators receive about r(1 − c). On networks such as Cosmos SDK chains it is set by each validator within limits it declares, and changes are visible on chain. Very low commission is not automatically better if the validator is unreliable.',
    related: ['validator', 'delegator', 'delegation', 'apr', 'staking-pool'],
    aliases: ['validator fee'],
    otherSenses: [
      'Securities and Exchange Commission',
      'Commodity Futures Trading Commission',
      'European Commission',
      'Federal Trade Commission',
    ],
  },
  {
    id: 'community-tax',
    term: 'Community tax',
    short:
      'In Cosmos SDK chains, the share of each block’s fees and newly minted rewards sent to a community pool instead of to validators and delegators.',
    long: 'The community tax is a parameter of the distribution module, changed through on-chain governance. Funds in the community pool can be spent by governance proposals, for example on grants. It slightly reduces what stakers receive compared with the gross reward.',
    related: ['inflation', 'issuance', 'commission', 'bonded-ratio'],
    aliases: ['community pool tax'],
  },
  {
    id: 'compounding',
    term: 'Compounding',
    short:
      'Adding earned rewards back to the stake so that later rewards are also earned on earlier rewards.',
    long: 'With compounding, the amount earning rewards grows over time, so the yearly result (APY) is higher than the simple rate (APR). On some networks compounding happens automatically; on others you must claim rewards and delegate them again yourself, which can cost transaction fees and creates extra records for tax purposes. This guide does not call that restaking: restaking means pledging staked tokens to secure other services.',
    related: ['apr', 'apy', 'gas'],
    aliases: ['auto-compounding'],
  },
  {
    id: 'consensus',
    term: 'Consensus',
    short:
      'The process by which the computers running a blockchain agree on one shared history of transactions, even if some of them fail or misbehave.',
    long: 'A consensus mechanism answers two questions: who may add the next block, and which chain everyone treats as the real one. Proof of work ties this to computing power spent; proof of stake ties it to tokens locked as collateral. Good consensus keeps the chain consistent (safety) and keeps it moving (liveness).',
    related: ['proof-of-stake', 'proof-of-work', 'finality', 'blockchain'],
    aliases: ['consensus mechanism', 'consensus protocol'],
    otherSenses: ['consensus specs', 'consensus specifications', 'consensus spec repository'],
  },
  {
    id: 'consolidation',
    term: 'Consolidation',
    short:
      "On Ethereum since Pectra (May 2025), merging one validator's whole balance into another validator that has 0x02 (compounding) withdrawal credentials.",
    long: "A consolidation request is sent from the source validator's withdrawal address to a system contract. If the checks pass, the source validator exits and its balance is added to the target, whose effective balance can grow up to 2,048 ETH. The money then belongs to whoever controls the target's withdrawal address. A request that names the same validator as source and target switches it from 0x01 to 0x02 credentials.",
    related: ['validator', 'withdrawal-credentials', 'exit-queue', 'compounding'],
    aliases: ['validator consolidation'],
  },
  {
    id: 'cost-basis',
    term: 'Cost basis',
    short:
      'The value a tax system treats you as having paid for an asset, used to work out your gain or loss when you sell or swap it.',
    long: 'For tokens you buy, cost basis is usually the price paid plus fees. For staking rewards taxed as income when received, the value counted as income often becomes their cost basis. Rules differ between countries, so keep records of dates, amounts and values and check your local tax authority’s guidance.',
    related: ['fair-market-value', 'staking'],
    aliases: ['tax basis', 'acquisition cost'],
  },
  {
    id: 'custodial-staking',
    term: 'Custodial staking',
    short:
      'Staking through a company that holds your tokens (and their keys) for you and stakes them on your behalf.',
    long: 'It is convenient, but you depend on the provider: its security, its solvency, its terms (lock-ups, fees, what share of rewards it passes on) and the law where it operates. If it fails or freezes withdrawals, you may not be able to get your tokens back. Compare with non-custodial options where you keep your keys.',
    related: ['custody', 'self-custody', 'kyc', 'staking-pool'],
    aliases: ['exchange staking', 'centralised staking'],
  },
  {
    id: 'custody',
    term: 'Custody',
    short:
      'Who controls the private keys, and therefore the tokens: you, or someone else holding them for you.',
    long: 'On a blockchain, whoever controls the private key can move the tokens. With a custodian, you hold a claim on a company rather than the tokens themselves. Custody is one of the first questions to ask of any staking option.',
    related: ['self-custody', 'custodial-staking', 'private-key'],
    aliases: ['custodian', 'key custody'],
  },
  {
    id: 'dao',
    term: 'DAO (decentralised autonomous organisation)',
    short:
      'A group that makes decisions through votes recorded on a blockchain, typically weighted by holdings of a governance token, with results often executed by smart contracts.',
    long: 'DAOs govern many DeFi protocols: they can change parameters, spend a treasury or upgrade contracts. How decentralised a DAO really is depends on how tokens are distributed, how many holders vote, and whether a small group or a multisig can override decisions.',
    related: ['governance-token', 'governance-staking', 'smart-contract', 'defi'],
    aliases: ['decentralised autonomous organisation', 'decentralized autonomous organization'],
  },
  {
    id: 'defi',
    term: 'DeFi (decentralised finance)',
    short:
      'Financial services such as trading, lending and staking built as smart contracts on public blockchains, usable without a bank or broker.',
    long: 'In DeFi, code on a blockchain holds the funds and applies the rules, and anyone with a wallet can use it. This removes some intermediaries but adds risks of its own: software bugs, faulty price oracles, governance attacks and user mistakes that cannot be reversed.',
    related: ['smart-contract', 'self-custody', 'tvl', 'amm'],
    aliases: ['decentralised finance', 'decentralized finance'],
  },
  {
    id: 'delegation',
    term: 'Delegation',
    short:
      'Assigning your tokens’ staking weight to a validator that does the technical work, while the tokens stay on chain under rules you can check.',
    long: 'On proof-of-stake networks with built-in delegation, such as Cosmos SDK chains and Solana, delegation adds your stake to a validator’s voting power without sending your tokens to it: the validator cannot spend them. You share its rewards, minus commission, and its penalties, including slashing where the network has it. Undoing a delegation usually involves an unbonding or cool-down period.',
    related: ['delegator', 'validator', 'commission', 'unbonding', 'voting-power'],
    aliases: ['delegate', 'delegated staking'],
  },
  {
    id: 'delegator',
    term: 'Delegator',
    short: 'A token holder who stakes by delegating to a validator instead of running one.',
    long: 'Delegators choose which validator to back, which affects their rewards (through commission and uptime) and their risk (through the validator’s slashing record and security). Their choice also shapes how decentralised the network is.',
    related: ['delegation', 'validator', 'commission', 'voting-power'],
    aliases: ['nominator'],
  },
  {
    id: 'depeg',
    term: 'Depeg',
    short:
      'When a token meant to track another asset, such as a liquid staking token, trades noticeably below (or above) the value it is supposed to represent.',
    long: 'A liquid staking token can trade at a discount when many holders want to exit faster than the underlying stake can be withdrawn, or when the market doubts the protocol. Anyone forced to sell during a depeg, for example in a liquidation, locks in the loss even if the token later recovers.',
    related: ['liquid-staking-token', 'liquid-staking', 'liquidity-pool'],
    aliases: ['de-peg', 'peg break', 'discount to NAV'],
  },
  {
    id: 'dvt',
    term: 'DVT (distributed validator technology)',
    short:
      'A way to run one validator on several machines, usually run by different operators, so that it keeps working and stays safe if a minority of them fail.',
    long: "With DVT the validator's signing key is split into shares held by a cluster of nodes. The nodes agree on what to sign and combine their partial signatures with a threshold scheme, so a set number of them (for example 3 of 4) can sign and no single node can sign alone. This removes single points of failure at the cost of more coordination, more machines and new software in the signing path.",
    related: ['validator', 'validator-client', 'slashing', 'uptime', 'client-diversity'],
    aliases: ['distributed validator', 'distributed validator technology', 'distributed validator cluster'],
  },
  {
    id: 'effective-balance',
    term: 'Effective balance',
    short:
      'The rounded figure Ethereum uses instead of a validator’s exact balance to size its rewards, penalties, duties and slashing.',
    long: 'It moves in whole ETH and only when the real balance has moved far enough past it, so that tiny reward changes do not alter it every epoch. It is capped at 32 ETH for 0x01 validators and, since the Electra upgrade of May 2025, at 2,048 ETH for 0x02 (compounding) validators, whose rewards therefore earn rewards. Slashing penalties and the exit queue count effective balance, not validators.',
    related: ['validator', 'withdrawal-credentials', 'slashing', 'compounding', 'exit-queue'],
    aliases: ['max effective balance', 'MaxEB'],
  },
  {
    id: 'epoch',
    term: 'Epoch',
    short:
      'A fixed stretch of time, or run of blocks, that a proof-of-stake chain uses to organise duties, rewards and changes to the validator set.',
    long: 'On Ethereum an epoch is 32 slots of 12 seconds (6.4 minutes), and each active validator attests once per epoch. Other chains use the word differently: on Solana an epoch is 432,000 slots, two days at the target slot time of 0.4 seconds, but slots have run slower, so an epoch has lasted about 2.5 days, and it marks when stake changes take effect.',
    related: ['slot', 'attestation', 'finality', 'validator'],
  },
  {
    id: 'evm',
    term: 'EVM (Ethereum Virtual Machine)',
    short:
      'The shared computer that runs Ethereum’s smart contracts: every node executes the same code and must reach the same result.',
    long: 'The EVM defines the instructions smart contracts are made of and what each costs in gas. Other chains that copy it are called EVM-compatible, so the same contract code and wallets can work there. Staking contracts, liquid staking tokens and the deposit contract all run in the EVM.',
    related: ['smart-contract', 'gas', 'blockchain'],
    aliases: ['Ethereum Virtual Machine', 'EVM-compatible'],
  },
  {
    id: 'exit-queue',
    term: 'Exit queue',
    short:
      'On Ethereum, the waiting line validators join when they ask to stop validating, because only a limited amount of stake may leave per epoch.',
    long: 'Exiting is rate-limited for the same reason as entering: the validator set must not change faster than the protocol can safely handle. Since the Electra upgrade (May 2025) the limit is counted in ETH, at most 256 ETH per epoch, so the wait depends on how much ETH is queued, not how many validators. A validator keeps its duties, and its risk of penalties, until its exit epoch; after exiting there is a further delay before its balance becomes withdrawable.',
    related: ['activation-queue', 'withdrawal-sweep', 'unbonding', 'validator'],
  },
  {
    id: 'fair-market-value',
    term: 'Fair market value',
    short:
      'The price an asset would fetch between a willing buyer and seller at a given moment, often used by tax authorities to value staking rewards.',
    long: 'Many tax authorities value rewards at their fair market value when you receive or gain control of them, typically using a reliable market price in your currency at that time. Keeping a record of the price source and timestamp for each reward makes later tax returns much easier.',
    related: ['cost-basis', 'staking'],
    aliases: ['FMV', 'market value'],
  },
  {
    id: 'finality',
    term: 'Finality',
    short:
      'The point after which a block cannot be reversed without a huge, provable cost, so the transactions in it can be treated as settled.',
    long: 'On Ethereum, a checkpoint is justified when validators with at least two thirds of the staked ETH vote for it, and finalised when the next epoch’s checkpoint is justified on top of it, typically 13 to 19 minutes after a block is proposed; reverting it would require validators with at least one third of all stake to commit slashable offences. Chains built on Tendermint-style consensus, such as Cosmos SDK chains, finalise each block as soon as it is committed.',
    related: ['consensus', 'attestation', 'epoch', 'inactivity-leak'],
    aliases: ['finalised', 'finalized', 'economic finality'],
  },
  {
    id: 'gas',
    term: 'Gas',
    short:
      'On Ethereum and similar chains, the unit that measures the computation a transaction uses; loosely, the fee paid for it in the native token.',
    long: 'The fee is the gas used times the price per unit of gas, and the price rises when the network is busy. Other networks simply call it a transaction fee. Every staking action that sends a transaction, such as delegating, claiming rewards or approving a token, costs gas, which matters most when the amount staked is small.',
    related: ['smart-contract', 'compounding', 'token-approval'],
    aliases: ['transaction fee', 'network fee', 'gas fee'],
  },
  {
    id: 'governance-staking',
    term: 'Governance staking',
    short:
      'Locking a protocol’s governance token to gain voting rights (and sometimes rewards), rather than to secure a blockchain’s consensus.',
    long: 'Some DeFi protocols ask holders to stake or lock their governance tokens, sometimes for a chosen period, to vote or to earn a share of fees or new tokens. It shares the name with proof-of-stake staking but works differently: the risks are mainly smart-contract, token-price and governance risks rather than slashing. On some chains, staked tokens also carry governance votes on protocol changes.',
    related: ['governance-token', 'dao', 'lock-up', 'real-yield'],
    aliases: ['vote-escrow', 've-token', 'governance lock'],
  },
  {
    id: 'governance-token',
    term: 'Governance token',
    short:
      'A token that gives its holders votes on how a protocol or DAO is run, such as parameter changes, upgrades or treasury spending.',
    long: 'Voting power is usually proportional to the tokens held or locked. A governance token can also have a market price and sometimes a claim on fees, but its value and rights are set by the protocol’s rules, which can change by vote.',
    related: ['dao', 'governance-staking', 'voting-power'],
    aliases: ['voting token'],
  },
  {
    id: 'hardware-wallet',
    term: 'Hardware wallet',
    short:
      'A small dedicated device that stores private keys offline and signs transactions internally, so the keys never touch your computer or phone.',
    long: 'The device shows what you are about to sign on its own screen, which protects against malware on your computer, provided you actually read and check it. It is only as safe as its seed phrase backup: anyone who gets the seed phrase can recreate the keys on another device.',
    related: ['wallet', 'private-key', 'seed-phrase', 'self-custody'],
    aliases: ['signing device'],
  },
  {
    id: 'impermanent-loss',
    term: 'Impermanent loss',
    short:
      'What a liquidity provider gives up, compared with simply holding the tokens, when the prices of the pooled tokens move apart.',
    long: 'An AMM rebalances the pool as prices move, so a liquidity provider ends up with more of the token that fell and less of the one that rose. The loss is called impermanent because it shrinks if prices return to where they were, but it becomes permanent when you withdraw. Trading fees may or may not make up for it.',
    related: ['amm', 'liquidity-pool', 'yield-farming'],
    aliases: ['divergence loss', 'IL'],
  },
  {
    id: 'inactivity-leak',
    term: 'Inactivity leak',
    short:
      'Ethereum’s recovery mechanism when the chain stops finalising: offline validators’ stake is gradually drained until the online ones again hold two thirds.',
    long: 'If more than a third of stake goes offline, Ethereum cannot finalise. Once finality has been missing for more than four epochs, inactive validators lose an increasing amount of stake each epoch, so that the share of stake held by active validators grows until they can finalise again. It is specific to Ethereum’s design and separate from slashing.',
    related: ['finality', 'slashing', 'uptime', 'client-diversity'],
    aliases: ['inactivity penalty', 'quadratic leak'],
  },
  {
    id: 'inflation',
    term: 'Inflation',
    short:
      'Growth of a token’s supply over time, usually from new tokens minted to pay validators and stakers.',
    long: 'If a network pays staking rewards by minting new tokens, holders who do not stake see their share of the supply shrink, and part of a staker’s nominal reward merely offsets that dilution. Some networks set inflation by formula, some by governance; fees burned can offset it.',
    related: ['issuance', 'real-yield', 'bonded-ratio', 'apr'],
    aliases: ['token inflation', 'supply inflation', 'dilution'],
  },
  {
    id: 'issuance',
    term: 'Issuance',
    short: 'New tokens created by the protocol, most often as rewards to validators and stakers.',
    long: 'Issuance is the gross amount minted; inflation is the net change in supply after anything burned or destroyed. On Ethereum, issuance to validators depends on how much ETH is staked; on many Cosmos SDK chains it follows a target bonded ratio.',
    related: ['inflation', 'real-yield', 'bonded-ratio', 'total-staked'],
    aliases: ['token issuance', 'emissions'],
  },
  {
    id: 'jailing',
    term: 'Jailing',
    short:
      'In Cosmos SDK chains, temporarily removing a misbehaving or offline validator from the active set, so it and its delegators earn nothing while jailed.',
    long: 'The Cosmos SDK slashing module jails a validator that misses too many blocks or double-signs. After a downtime jailing the operator can send an unjail transaction once the jail period ends; a double-signing validator is also tombstoned, meaning it can never rejoin. Delegators may redelegate or unbond while their validator is jailed.',
    related: ['slashing', 'uptime', 'validator', 'delegator', 'tombstoning'],
    aliases: ['jailed', 'unjail'],
  },
  {
    id: 'kyc',
    term: 'KYC (know your customer)',
    short:
      'Identity checks that regulated businesses must run on their customers, typically asking for ID documents and proof of address.',
    long: 'Custodial staking services and exchanges are often required to perform KYC under anti-money-laundering rules; the exact duties depend on the jurisdiction and the service. Directly interacting with a protocol from your own wallet usually involves no KYC, though the website or interface you use may impose its own checks.',
    related: ['custodial-staking', 'custody'],
    aliases: ['know your customer', 'identity verification'],
  },
  {
    id: 'liquid-restaking-token',
    term: 'Liquid restaking token (LRT)',
    short:
      'A token that represents a deposit in a restaking protocol and can be traded or used in DeFi while the deposit stays restaked.',
    long: "A liquid restaking protocol takes deposits of a token or of a liquid staking token, restakes them with operators that secure other services, and issues a token in return. The LRT carries the risks of every layer beneath it: the validators, the liquid staking protocol, the restaking protocol and its slashing conditions, and the LRT's own contracts and market, where it can trade below the value of what backs it.",
    related: ['restaking', 'liquid-staking-token', 'depeg', 'slashing', 'smart-contract'],
    aliases: ['LRT', 'liquid restaking'],
  },
  {
    id: 'liquid-staking',
    term: 'Liquid staking',
    short:
      'Staking through a protocol that gives you a tradable token representing your staked position, so you can use or sell it without waiting to unstake.',
    long: 'A liquid staking protocol pools deposits, stakes them with validators and issues a liquid staking token in return. It adds smart-contract, operator and market risk on top of normal staking risks: the token can trade below the value of the stake behind it, especially in stressed markets.',
    related: ['liquid-staking-token', 'depeg', 'staking-pool', 'restaking'],
    aliases: ['LSD', 'liquid staking derivative'],
  },
  {
    id: 'liquid-staking-token',
    term: 'Liquid staking token (LST)',
    short:
      'A token that represents a claim on staked tokens and their rewards, issued by a liquid staking protocol.',
    long: 'Some LSTs grow in number as rewards arrive (rebasing); others stay constant in number and grow in value against the underlying token. An LST can be held, traded or used in DeFi, but its value depends on the protocol’s contracts and validators and on market demand.',
    related: ['liquid-staking', 'depeg', 'restaking', 'amm'],
    aliases: ['LST', 'staking derivative', 'receipt token'],
  },
  {
    id: 'liquidity-pool',
    term: 'Liquidity pool',
    short:
      'A smart contract holding tokens deposited by many users, which others can trade against or borrow from.',
    long: 'Depositors, called liquidity providers, receive a share of trading fees or interest and a token representing their share of the pool. Pools are exposed to smart-contract risk and, in trading pools, to impermanent loss.',
    related: ['amm', 'impermanent-loss', 'yield-farming', 'tvl'],
    aliases: ['AMM pool'],
  },
  {
    id: 'lock-up',
    term: 'Lock-up',
    short: 'A period during which staked tokens cannot be moved, sold or withdrawn.',
    long: 'Lock-ups come from the protocol itself (for example an unbonding period or an exit queue) or from a platform’s own terms (fixed-term products). While tokens are locked, you cannot react to price moves, so a lock-up is a real cost even when no fee is charged.',
    related: ['unbonding', 'exit-queue', 'liquid-staking', 'governance-staking'],
    aliases: ['lockup', 'lock period'],
  },
  {
    id: 'mev',
    term: 'MEV (maximal extractable value)',
    short:
      'Extra value a block producer can capture by choosing which transactions to include and in what order, beyond the normal fees.',
    long: 'Arbitrage and liquidations create opportunities that depend on transaction order, and specialised searchers and builders pay block proposers for the right to order them. MEV adds to staking rewards but is irregular, and some forms, such as front-running users’ trades, harm other users.',
    related: ['block-proposal', 'validator', 'real-yield'],
    aliases: ['maximal extractable value', 'miner extractable value'],
  },
  {
    id: 'mev-boost',
    term: 'MEV-Boost',
    short:
      'Open-source software, built by Flashbots, that lets an Ethereum validator buy its blocks from competing builders through relays instead of building them itself.',
    long: 'MEV-Boost runs beside the consensus client. When the validator is due to propose, it asks the relays it trusts for their best bid, signs the header of the most valuable block without seeing its transactions, and gets the full block back from the relay. If no usable bid arrives, the client falls back to building its own block. It is the common, out-of-protocol form of proposer-builder separation.',
    related: ['mev', 'block-builder', 'relay', 'proposer-builder-separation', 'block-proposal'],
    aliases: ['mev-boost', 'MEV Boost'],
  },
  {
    id: 'nakamoto-coefficient',
    term: 'Nakamoto coefficient',
    short:
      'The smallest number of independent entities that together control enough of a network to disrupt it, for example a third of the stake.',
    long: 'On proof-of-stake chains it is usually counted as how many of the largest validators (or operators) would need to collude to pass a critical threshold, such as one third of stake to halt finality. A higher number means power is more spread out. It simplifies reality: one operator may run many validators, and several validators may share infrastructure.',
    related: ['voting-power', 'validator', 'consensus', 'total-staked'],
  },
  {
    id: 'oracle',
    term: 'Oracle',
    short:
      'A service that brings outside data, such as asset prices, onto a blockchain so smart contracts can use it.',
    long: 'Smart contracts cannot look outside their chain, so lending markets and many staking protocols rely on oracles to report prices or validator balances. A wrong or manipulated oracle value can trigger liquidations or mis-pricing, so oracle design is a major source of DeFi risk.',
    related: ['smart-contract', 'defi', 'liquid-staking'],
    aliases: ['price feed', 'price oracle'],
  },
  {
    id: 'phishing',
    term: 'Phishing',
    short:
      'Tricking people into revealing secrets or signing harmful transactions, for example through fake websites, messages or support staff.',
    long: 'In crypto, phishing often aims at your seed phrase or at getting you to sign an approval or transfer that hands your tokens to the attacker. Real support never asks for your seed phrase. Reach sites through bookmarks, and read what your wallet asks you to sign.',
    related: ['seed-phrase', 'token-approval', 'address-poisoning', 'wallet'],
    aliases: ['drainer', 'fake site'],
  },
  {
    id: 'private-key',
    term: 'Private key',
    short:
      'The secret number that proves ownership of a blockchain address and signs its transactions; whoever has it controls the funds.',
    long: 'A private key is generated by a wallet and should never leave it. Losing it, and its backup, means losing access for good, and anyone who copies it can move the funds. Most wallets derive their keys from a seed phrase.',
    related: ['seed-phrase', 'wallet', 'self-custody', 'hardware-wallet'],
    aliases: ['secret key'],
  },
  {
    id: 'proof-of-reserves',
    term: 'Proof of reserves',
    short:
      'A published check that a custodian holds on-chain assets at least equal to what it owes its customers.',
    long: 'A useful proof of reserves shows both sides: the assets, by proving control of wallets, and the liabilities, for example through a Merkle tree that lets each customer check their balance is included. It is a snapshot at one moment, and without an independent review of liabilities it can be misleading.',
    related: ['custodial-staking', 'custody', 'audit'],
    aliases: ['PoR', 'reserve attestation'],
  },
  {
    id: 'proof-of-stake',
    term: 'Proof of stake',
    short:
      'A consensus mechanism where validators lock tokens as collateral to earn the right to propose and vote on blocks, and can lose them for misbehaving.',
    long: 'Validators are chosen to propose blocks and attest to others’ blocks roughly in proportion to their stake. Honest work earns rewards; going offline or breaking the rules costs penalties or, for provable attacks, slashing. Security comes from the value at stake rather than from electricity spent.',
    related: ['validator', 'staking', 'slashing', 'consensus', 'proof-of-work'],
    aliases: ['PoS'],
  },
  {
    id: 'proof-of-work',
    term: 'Proof of work',
    short:
      'A consensus mechanism where miners compete to add blocks by spending computing power and electricity on repeated hashing.',
    long: 'The miner who first finds a block hash below a target adds the block and earns the reward. Security comes from the cost of the hardware and energy an attacker would need. Bitcoin uses proof of work; Ethereum used it until September 2022, when it switched to proof of stake.',
    related: ['proof-of-stake', 'consensus', 'blockchain'],
    aliases: ['PoW', 'mining'],
  },
  {
    id: 'proposer-builder-separation',
    term: 'Proposer–builder separation (PBS)',
    short:
      'Splitting block production in two: specialised builders assemble blocks and bid for them, and the validator chosen to propose only picks a bid and signs.',
    long: 'PBS keeps the economically complex and centralising work of ordering transactions for MEV away from validators, so that a home validator earns about as much per block as a professional one. On Ethereum today it happens outside the protocol through MEV-Boost and trusted relays. EIP-7732 proposes to build it into the protocol (enshrined PBS) so that relays are no longer needed.',
    related: ['block-builder', 'relay', 'mev-boost', 'mev', 'block-proposal'],
    aliases: ['PBS', 'proposer-builder separation', 'ePBS', 'enshrined PBS'],
  },
  {
    id: 'pseudonymity',
    term: 'Pseudonymity',
    short:
      'Acting under an address rather than a name: public blockchains do not record who you are, but every transaction of an address is visible forever.',
    long: 'Your name is not on the chain, but your history is. Once an address is linked to a person, for example through an exchange with KYC or a public post, its whole history can be traced. Staking activity, rewards and withdrawals are all public.',
    related: ['public-ledger', 'blockchain', 'kyc'],
    aliases: ['pseudonymous'],
  },
  {
    id: 'public-ledger',
    term: 'Public ledger',
    short: 'A record of transactions that anyone can read and check, as on public blockchains.',
    long: 'Because the ledger is public, anyone can verify balances, stakes and rewards without trusting a company’s statement. It also means your activity is visible to everyone, under your address.',
    related: ['blockchain', 'pseudonymity'],
    aliases: ['open ledger'],
  },
  {
    id: 'real-yield',
    term: 'Real yield',
    short:
      'A return paid out of genuine revenue, such as fees, or measured after subtracting inflation, rather than from newly minted tokens alone.',
    long: 'The phrase is used in two related ways: rewards funded by fees users pay rather than by new issuance, and the reward rate minus the token’s inflation, which is roughly what you gain in share of supply. Both help to see through a high headline rate that mostly comes from dilution.',
    related: ['inflation', 'issuance', 'apr', 'mev'],
    aliases: ['net yield', 'inflation-adjusted yield'],
  },
  {
    id: 'rehypothecation',
    term: 'Rehypothecation',
    short:
      'When a firm holding your assets as collateral or in custody reuses them for its own purposes, such as lending them out or pledging them again.',
    long: 'In traditional finance rehypothecation is regulated and limited. With crypto platforms, terms of service have often allowed the firm to lend, pledge or stake customer tokens. If the firm then fails, the customer may hold only an unsecured claim rather than the tokens themselves, as the Celsius bankruptcy showed in 2023. Reading whether a platform may reuse your assets is part of judging its custody.',
    related: ['custody', 'custodial-staking', 'proof-of-reserves', 'self-custody'],
    aliases: ['re-hypothecation', 'reuse of customer assets', 'lending customer assets'],
  },
  {
    id: 'relay',
    term: 'Relay (MEV relay)',
    short:
      "In Ethereum block building, a trusted go-between that receives blocks from builders, checks them, and passes only the best bid's header to the proposing validator.",
    long: 'Relays exist because neither side can trust the other: the builder does not want the validator to see and steal its transactions, and the validator wants to be sure the block is valid and pays what it promises. The relay holds the block in escrow until the validator signs its header. Validators choose which relays to use, and a relay can filter transactions, withhold a block or misreport a bid.',
    related: ['mev-boost', 'block-builder', 'proposer-builder-separation', 'mev'],
    aliases: ['MEV-Boost relay', 'block relay'],
  },
  {
    id: 'restaking',
    term: 'Restaking',
    short:
      'Pledging already-staked tokens, or liquid staking tokens, as collateral to secure additional services in exchange for extra rewards.',
    long: 'Restaking protocols let stakers opt in to extra duties whose rules can add penalties, so the same stake can be slashed by more than one system; EigenLayer turned such slashing on for its Ethereum mainnet contracts in April 2025, for operators who opt in. It stacks smart-contract, operator and slashing risks on top of the base layer, and its terms vary widely between protocols. Claiming rewards and staking them again is compounding, not restaking.',
    related: ['liquid-staking', 'liquid-staking-token', 'slashing', 'smart-contract'],
    aliases: ['re-staking'],
  },
  {
    id: 'seed-phrase',
    term: 'Seed phrase',
    short:
      'A list of usually 12 or 24 words that encodes the master secret from which a wallet derives all its private keys.',
    long: 'Anyone who has your seed phrase has all the funds in every account derived from it, so keep it offline, never type it into a website or share it with "support", and store the backup where fire, water and curious people cannot reach it. Many wallets follow the BIP-39 standard for the word list.',
    related: ['private-key', 'wallet', 'hardware-wallet', 'phishing'],
    aliases: ['recovery phrase', 'mnemonic', 'secret recovery phrase', 'BIP-39'],
  },
  {
    id: 'self-custody',
    term: 'Self-custody',
    short:
      'Holding your own private keys, so only you can move your tokens and no custodian can freeze or lose them for you.',
    long: 'Self-custody removes the risk of a custodian failing, but moves all responsibility to you: there is no password reset, and mistakes cannot be undone. Good backups of the seed phrase and a hardware wallet make it much safer.',
    related: ['custody', 'custodial-staking', 'private-key', 'seed-phrase', 'hardware-wallet'],
    aliases: ['non-custodial', 'self-custodial'],
  },
  {
    id: 'self-stake',
    term: 'Self-stake (self-bond)',
    short:
      'The tokens a validator operator stakes on its own validator, as opposed to tokens delegated to it by others.',
    long: 'Self-stake is the operator’s own money at risk: if the validator is slashed, the operator loses too. A meaningful self-stake aligns its interests with its delegators’, though a small one is not proof of bad intent.',
    related: ['validator', 'delegation', 'slashing', 'voting-power'],
    aliases: ['self-bond', 'self-delegation'],
  },
  {
    id: 'slashing',
    term: 'Slashing',
    short:
      'A protocol penalty that destroys part of a validator’s stake for provable misbehaviour, such as signing two conflicting blocks or votes.',
    long: 'On Ethereum, slashing applies to double proposals and to contradictory attestations: the validator loses 1/4,096 of its effective balance at once, is forcibly exited, and about 18 days later pays a correlation penalty that grows with the total balance slashed around the same time (since the Electra upgrade, balance rather than number of validators, so one 2,048 ETH validator counts as much as 64 of 32 ETH). On Cosmos SDK chains, double-signing is slashed by a governance-set fraction and the validator is jailed and tombstoned, while excessive downtime leads to jailing and, depending on the chain, a much smaller slash; delegators lose the same fraction of their stake as the validator. Networks differ: some have no automatic slashing at all.',
    related: ['validator', 'effective-balance', 'jailing', 'tombstoning', 'inactivity-leak', 'self-stake'],
    aliases: ['slashed', 'slash'],
  },
  {
    id: 'slot',
    term: 'Slot',
    short:
      'A short time window in which one validator may propose a block; on Ethereum a slot lasts 12 seconds.',
    long: 'Slots can be empty if the chosen proposer is offline. On Ethereum, 32 slots form an epoch, and the validators attesting in a given slot vote on the block proposed in it.',
    related: ['epoch', 'block-proposal', 'attestation'],
  },
  {
    id: 'smart-contract',
    term: 'Smart contract',
    short:
      'A program stored on a blockchain that runs exactly as written when called, and can hold and move tokens by its own rules.',
    long: 'Smart contracts are the building blocks of DeFi: staking pools, liquid staking and AMMs are all contracts. Their code is usually public and sometimes cannot be changed, which makes them predictable but also means bugs can be exploited by anyone and may not be fixable; upgradeable contracts instead depend on whoever controls the upgrade.',
    related: ['defi', 'audit', 'bug-bounty', 'token-approval'],
    aliases: ['contract'],
  },
  {
    id: 'solo-staking',
    term: 'Solo staking',
    short: 'Running your own validator with your own stake and hardware, with no third party in between.',
    long: 'Solo stakers keep full control and the whole reward, and strengthen decentralisation, but they bear the technical work and the penalties of any mistakes. On Ethereum it requires at least 32 ETH per validator and an always-on machine running an execution client, a consensus client and a validator client.',
    related: ['validator', 'validator-client', 'withdrawal-credentials', 'client-diversity', 'uptime'],
    aliases: ['home staking', 'running a validator'],
  },
  {
    id: 'staking',
    term: 'Staking',
    short:
      'Locking tokens in a proof-of-stake system, yourself or through someone else, to help secure it and earn rewards, while accepting the risk of penalties.',
    long: 'The word covers several arrangements: running a validator, delegating to one, pooling through a service or a liquid staking protocol, and, loosely, locking tokens in DeFi contracts. Each has different rewards, costs and risks, so it always helps to ask what the tokens are actually doing.',
    related: ['proof-of-stake', 'validator', 'delegation', 'liquid-staking', 'governance-staking'],
    aliases: ['stake', 'bonding'],
    otherSenses: ['at stake'],
  },
  {
    id: 'staking-pool',
    term: 'Staking pool',
    short:
      'An arrangement that combines many people’s tokens so they can stake together, share rewards and split costs.',
    long: 'Pools let people with less than a validator’s minimum take part. They can be smart contracts (as in liquid staking) or a custodian’s internal accounting. The questions to ask are who holds the keys, who picks the validators, what fees apply and how quickly you can leave.',
    related: ['liquid-staking', 'custodial-staking', 'commission', 'smart-contract'],
    aliases: ['pooled staking', 'stake pool'],
  },
  {
    id: 'sync-committee',
    term: 'Sync committee',
    short:
      'A group of 512 Ethereum validators, chosen at random for about 27 hours, that signs every block so that light clients can follow the chain cheaply.',
    long: 'Members sign the head block in every slot of their period (256 epochs) and earn an extra reward for it, or a matching penalty for each missed signature. Being picked is rare for any one validator, so it adds to the unevenness of a solo staker’s income. Light clients, such as wallets that do not run a full node, check the committee’s aggregate BLS signature instead of every vote.',
    related: ['validator', 'bls', 'attestation', 'epoch', 'slot'],
    aliases: ['sync committee duty'],
  },
  {
    id: 'token-approval',
    term: 'Token approval',
    short:
      'Permission you sign for a smart contract to move a set amount, or unlimited amounts, of one of your tokens on your behalf.',
    long: 'DeFi contracts need approvals to pull tokens from your wallet, for example when you deposit into a staking contract. An approval stays valid until you revoke it, so an unlimited approval to a buggy or malicious contract can drain that token later. Approve only what you need and revoke approvals you no longer use.',
    related: ['smart-contract', 'phishing', 'wallet', 'gas'],
    aliases: ['token allowance', 'signed approval'],
  },
  {
    id: 'tombstoning',
    term: 'Tombstoning',
    short:
      'In Cosmos SDK chains, permanently banning a validator key from the validator set after it double-signs.',
    long: 'A tombstoned validator is jailed for good and cannot unjail, and further evidence of the same kind against it is not slashed again. Its delegators keep their remaining tokens but must redelegate or unbond to earn rewards again.',
    related: ['jailing', 'slashing', 'validator'],
    aliases: ['tombstoned'],
  },
  {
    id: 'total-staked',
    term: 'Total staked',
    short:
      'The total amount of a network’s tokens currently staked, a rough measure of how much value secures it.',
    long: 'More total stake makes attacks costlier, and on many networks it also lowers the reward per token because fixed rewards are shared among more stake. Quoted figures change every day, so check the date of any number you read.',
    related: ['bonded-ratio', 'tvl', 'issuance', 'nakamoto-coefficient'],
    aliases: ['staked supply'],
  },
  {
    id: 'tvl',
    term: 'TVL (total value locked)',
    short: 'The total market value of tokens deposited in a DeFi protocol or chain at a given moment.',
    long: 'TVL is a popular size measure, but it moves with token prices, can count the same tokens more than once across protocols, and says nothing about safety or profitability. Treat it as a rough, dated snapshot.',
    related: ['defi', 'total-staked', 'liquidity-pool'],
    aliases: ['total value locked'],
  },
  {
    id: 'unbonding',
    term: 'Unbonding (unbonding period)',
    short:
      'The waiting period after you ask to unstake, during which tokens earn no rewards, cannot be moved, and may still be slashed for past faults.',
    long: `Unbonding gives the network time to detect and punish misbehaviour that happened while the stake was active. Its length is a network parameter, for example ${figure('cosmos.unbondingDays').value} days on the Cosmos Hub. Liquid staking tokens let you sell your position instead of waiting, often at a small discount.`,
    related: ['lock-up', 'exit-queue', 'slashing', 'delegation'],
    aliases: ['unstaking', 'cool-down', 'cooldown'],
  },
  {
    id: 'uptime',
    term: 'Uptime',
    short: 'The share of the time a validator is online and doing its duties correctly.',
    long: 'Missed duties mean missed rewards for the validator and its delegators, and on some networks penalties: on Cosmos SDK chains, too many missed blocks lead to jailing and, on many chains, a small slash. Past uptime, visible on chain and in block explorers, is a useful signal when choosing a validator.',
    related: ['validator', 'jailing', 'inactivity-leak', 'slashing'],
    aliases: ['signing rate'],
  },
  {
    id: 'validator',
    term: 'Validator',
    short:
      'A participant that stakes tokens to propose and attest to blocks, earning rewards for honest work and risking penalties for faults.',
    long: 'A validator runs software that follows the chain, checks blocks and signs its votes with a key tied to its stake. On some networks validators accept delegated stake from others and charge a commission. A validator’s reliability and security affect everyone who stakes with it.',
    related: ['proof-of-stake', 'validator-client', 'delegator', 'commission', 'slashing'],
    aliases: ['validator node'],
  },
  {
    id: 'validator-client',
    term: 'Validator client',
    short:
      'The software that holds a validator’s signing keys and performs its duties, such as proposing blocks and signing attestations.',
    long: 'On Ethereum, the validator client works with a consensus client (beacon node) and an execution client; several independent teams build each kind. Its slashing-protection database refuses to sign messages that contradict ones it signed before, but it only knows about its own signatures: two clients running the same keys cannot protect each other, which is why doing so is so dangerous.',
    related: ['validator', 'client-diversity', 'solo-staking', 'slashing'],
  },
  {
    id: 'voting-power',
    term: 'Voting power',
    short:
      'A validator’s weight in consensus, proportional to the stake bonded to it, including delegated stake.',
    long: 'Voting power decides how often a validator proposes blocks and how much its votes count. On chains with governance, delegators’ stake usually votes with their validator unless they vote themselves. When a few validators hold most voting power, the network is easier to halt or capture.',
    related: ['validator', 'delegation', 'nakamoto-coefficient', 'governance-token'],
    aliases: ['stake weight', 'consensus weight'],
  },
  {
    id: 'wallet',
    term: 'Wallet',
    short:
      'Software or a device that manages your private keys, shows your balances and signs the transactions you approve.',
    long: 'A wallet does not hold tokens; the blockchain does. The wallet holds the keys that control them. It can be an app, a browser extension, a hardware device or a custodian’s account, each with different security trade-offs.',
    related: ['private-key', 'seed-phrase', 'hardware-wallet', 'self-custody'],
    aliases: ['crypto wallet'],
  },
  {
    id: 'withdrawal-credentials',
    term: 'Withdrawal credentials',
    short:
      'The part of an Ethereum validator’s record that says where its stake and rewards are withdrawn to, and (by its type, 0x01 or 0x02) how its rewards are paid.',
    long: 'They are set at deposit time. Type 0x01 points to an Ethereum address and caps the effective balance at 32 ETH: anything above is swept to that address automatically. Type 0x02 (compounding, since the Electra upgrade of May 2025) also points to an address but lets the balance grow and earn up to 2,048 ETH; the address can ask for partial withdrawals or a full exit with an EIP-7002 request. The older 0x00 type points to a BLS key and must be changed once before any withdrawal. Whoever controls the address controls the money.',
    related: ['solo-staking', 'effective-balance', 'withdrawal-sweep', 'exit-queue', 'bls'],
    aliases: ['withdrawal address', '0x01 credentials', '0x02 credentials', 'compounding credentials'],
  },
  {
    id: 'withdrawal-sweep',
    term: 'Withdrawal sweep',
    short:
      'Ethereum’s automatic process that cycles through validators and pays out excess balances and exited stakes to their withdrawal addresses.',
    long: 'Each block processes a limited number of withdrawals, moving through the validator set in order, so the time between two payouts to the same validator grows with the size of the validator set, typically several days. It pays 0x01 validators everything above 32 ETH and 0x02 validators everything above 2,048 ETH, plus any partial withdrawal their withdrawal address requested; no transaction is needed to receive them.',
    related: ['withdrawal-credentials', 'exit-queue', 'validator'],
    aliases: ['skimming', 'automatic withdrawals'],
  },
  {
    id: 'yield-farming',
    term: 'Yield farming',
    short:
      'Moving tokens between DeFi protocols to collect rewards such as fees and incentive tokens, often stacking several strategies at once.',
    long: 'Headline farming rates are often paid in newly minted incentive tokens whose price can fall quickly. Each extra protocol adds smart-contract, oracle and liquidity risks, and stacked positions can unwind fast in a market shock.',
    related: ['liquidity-pool', 'impermanent-loss', 'real-yield', 'defi'],
    aliases: ['liquidity mining', 'farming'],
  },
] satisfies GlossaryEntry[]
