const plural = new Intl.PluralRules('en-US')
const figures = (n: number) => `${n} figure${plural.select(n) === 'one' ? '' : 's'}`

/** Strings of the /data page, the "Network data as of" note and <Stat id>. */
export const enData = {
  title: 'Network data',
  description:
    'Every network figure the guide uses, from ETH staked to Cosmos slashing parameters, with its source, the date it was true for, when we read it and whether it is out of date.',
  lead: 'The calculator, the walkthrough and the articles take every network figure from this one table. Each figure names its source, the date it was true for and the day we read it. A figure older than its allowed age is marked out of date until it is refreshed.',
  howTitle: 'How these figures are kept',
  how: 'Aggregates such as ETH staked are read from the chains’ own APIs (a beacon node, Solana JSON-RPC, the Cosmos Hub LCD) by a refresh command, or by hand from the newest primary source we could find. Protocol constants are read from the specifications and client code; governance parameters from the proposals that set them. Where no primary source exists, the figure is marked as coming from a secondary source.',
  builtOn: (date: string) => `Ages are counted on ${date}, the day this page was built.`,
  networks: { ethereum: 'Ethereum', solana: 'Solana', cosmos: 'Cosmos Hub' },
  caption: (network: string) => `${network} figures`,
  columns: {
    figure: 'Figure',
    value: 'Value',
    source: 'Source',
    asOf: 'True as of',
    retrieved: 'Read on',
    age: 'Age',
    status: 'Status',
  },
  ageDays: (n: number) => `${n.toLocaleString('en-US')} day${plural.select(n) === 'one' ? '' : 's'}`,
  maxAge: (n: number) => `allowed ${n.toLocaleString('en-US')}`,
  stale: 'Out of date',
  current: 'Current',
  secondary: 'Secondary source',
  methods: {
    api: 'read from the chain’s API',
    spec: 'from the specification or client code',
    governance: 'set by governance',
    manual: 'read by hand',
  },
  note: {
    asOf: (date: string) => `Network data as of ${date}`,
    stale: (n: number) => `${figures(n)} out of date`,
    link: 'every figure with its source and date',
  },
  stat: { stale: 'out of date', secondary: 'secondary source', details: 'details' },
}
