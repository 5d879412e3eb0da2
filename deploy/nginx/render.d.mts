export function renderSiteConfig(options: {
  upstreams: string[]
  httpPort?: number
  httpsPort?: number
  serverName?: string
  certificate: string
  certificateKey: string
  cacheDir?: string
  /** Shared with the app servers' FRONT_NONCE_KEY; turns on nonce substitution (deploy/README.md). */
  frontNonceKey?: string
}): string
