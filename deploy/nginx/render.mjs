#!/usr/bin/env node
// Renders deploy/nginx/site.conf.template with this deployment's ports, paths and upstreams, e.g.
//   UPSTREAMS=127.0.0.1:3000,127.0.0.1:3001 TLS_CERTIFICATE=/etc/ssl/site.pem TLS_CERTIFICATE_KEY=/etc/ssl/site.key \
//     FRONT_NONCE_KEY=… node deploy/nginx/render.mjs > /etc/nginx/conf.d/staking-field-guide.conf
// FRONT_NONCE_KEY (the same value in every `next start`'s environment) turns on nonce substitution for the
// per-request pages (deploy/README.md); without it they are passed through uncached.
// The integration test (integration/front.test.ts) renders the same template with loopback ports.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const TEMPLATE = fileURLToPath(new URL('./site.conf.template', import.meta.url))
const NONCE_KEY = /^[A-Za-z0-9_-]{16,}$/

/**
 * @param {{ upstreams: string[], httpPort?: number, httpsPort?: number, serverName?: string,
 *   certificate: string, certificateKey: string, cacheDir?: string, frontNonceKey?: string }} options
 */
export function renderSiteConfig(options) {
  const httpsPort = options.httpsPort ?? 443
  const frontNonceKey = options.frontNonceKey ?? ''
  if (frontNonceKey && !NONCE_KEY.test(frontNonceKey))
    throw new Error(
      'FRONT_NONCE_KEY: at least 16 characters of A-Z, a-z, 0-9, _ and - (openssl rand -hex 24)',
    )
  const values = {
    UPSTREAM_SERVERS: options.upstreams
      .map((address) => `    server ${address} max_fails=2 fail_timeout=10s;`)
      .join('\n'),
    CACHE_DIR: options.cacheDir ?? '/var/cache/nginx/staking-field-guide',
    HTTP_PORT: String(options.httpPort ?? 80),
    HTTPS_PORT: String(httpsPort),
    HTTPS_PORT_SUFFIX: httpsPort === 443 ? '' : `:${httpsPort}`,
    SERVER_NAME: options.serverName ?? '_',
    TLS_CERTIFICATE: options.certificate,
    TLS_CERTIFICATE_KEY: options.certificateKey,
    FRONT_NONCE_KEY: frontNonceKey,
  }
  return readFileSync(TEMPLATE, 'utf8').replace(/\{\{([A-Z_]+)\}\}/g, (_, name) => {
    if (!(name in values)) throw new Error(`site.conf.template: unknown placeholder {{${name}}}`)
    return values[/** @type {keyof typeof values} */ (name)]
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const env = process.env
  if (!env.TLS_CERTIFICATE || !env.TLS_CERTIFICATE_KEY) {
    console.error(
      'Set TLS_CERTIFICATE and TLS_CERTIFICATE_KEY (and UPSTREAMS, SERVER_NAME, CACHE_DIR if needed).',
    )
    process.exit(1)
  }
  process.stdout.write(
    renderSiteConfig({
      upstreams: (env.UPSTREAMS ?? '127.0.0.1:3000').split(',').map((s) => s.trim()),
      serverName: env.SERVER_NAME,
      certificate: env.TLS_CERTIFICATE,
      certificateKey: env.TLS_CERTIFICATE_KEY,
      cacheDir: env.CACHE_DIR,
      frontNonceKey: env.FRONT_NONCE_KEY,
    }),
  )
}
