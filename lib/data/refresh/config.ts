/** Environment variables of `npm run data:refresh`, each with its documented default. */
export const REFRESH_ENV = {
  ETHEREUM_BEACON_API: {
    default: 'http://localhost:5052',
    doc: 'Beacon node REST API (beacon-APIs standard). Default: a local beacon node on its usual port; the validators list is large (about a million entries), so use your own node.',
  },
  SOLANA_RPC_URL: {
    default: 'https://api.mainnet-beta.solana.com',
    doc: 'Solana JSON-RPC endpoint. Default: the public mainnet-beta endpoint run by the Solana Foundation.',
  },
  COSMOS_LCD_URL: {
    default: 'https://rest.cosmos.directory/cosmoshub',
    doc: 'Cosmos Hub LCD (gRPC gateway REST). Default: the chain-registry proxy for cosmoshub.',
  },
  DATA_TIMEOUT_MS: { default: '30000', doc: 'Timeout for each request, in milliseconds.' },
  DATA_MAX_CHANGE: {
    default: '3',
    doc: 'Refuse a value more than this many times larger or smaller than the stored one (queues, which swing, are only range-checked).',
  },
  DATA_SNAPSHOT: { default: 'content/data/networks.json', doc: 'The snapshot file to refresh.' },
} as const

export type RefreshConfig = {
  snapshotPath: string
  endpoints: { ethereum: string; solana: string; cosmos: string }
  timeoutMs: number
  maxChangeFactor: number
}

type Env = Record<string, string | undefined>

function url(env: Env, name: keyof typeof REFRESH_ENV, problems: string[]): string {
  const value = env[name] ?? REFRESH_ENV[name].default
  if (!/^https?:\/\/[^\s/]+/.test(value)) problems.push(`${name} must be an http(s) URL, got "${value}"`)
  return value
}

function positive(env: Env, name: keyof typeof REFRESH_ENV, problems: string[], min: number): number {
  const text = env[name] ?? REFRESH_ENV[name].default
  const value = Number(text)
  if (!Number.isFinite(value) || value < min)
    problems.push(`${name} must be a number of at least ${min}, got "${text}"`)
  return value
}

/** Reads the configuration from environment variables; every problem is listed, none throws. */
export function readRefreshConfig(env: Env): { config: RefreshConfig; problems: string[] } {
  const problems: string[] = []
  const config: RefreshConfig = {
    snapshotPath: env.DATA_SNAPSHOT ?? REFRESH_ENV.DATA_SNAPSHOT.default,
    endpoints: {
      ethereum: url(env, 'ETHEREUM_BEACON_API', problems),
      solana: url(env, 'SOLANA_RPC_URL', problems),
      cosmos: url(env, 'COSMOS_LCD_URL', problems),
    },
    timeoutMs: positive(env, 'DATA_TIMEOUT_MS', problems, 1),
    maxChangeFactor: positive(env, 'DATA_MAX_CHANGE', problems, 1),
  }
  return { config, problems }
}
