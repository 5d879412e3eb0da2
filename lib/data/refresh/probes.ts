import { cosmosDistributionProbe, cosmosMintProbe, cosmosSlashingProbe, cosmosStakingProbe } from './cosmos'
import { ethereumDepositsProbe, ethereumValidatorsProbe } from './ethereum'
import type { Probe } from './probe'
import { solanaEpochProbe, solanaInflationProbe, solanaStakeProbe } from './solana'

/** Every probe `npm run data:refresh` runs, by network. */
export const PROBES: readonly Probe[] = [
  ethereumValidatorsProbe,
  ethereumDepositsProbe,
  solanaInflationProbe,
  solanaStakeProbe,
  solanaEpochProbe,
  cosmosMintProbe,
  cosmosStakingProbe,
  cosmosDistributionProbe,
  cosmosSlashingProbe,
]
