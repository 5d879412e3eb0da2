export function renderSiteConfig(options: {
  upstreams: string[]
  httpPort?: number
  httpsPort?: number
  serverName?: string
  certificate: string
  certificateKey: string
  cacheDir?: string
}): string
