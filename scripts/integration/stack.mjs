// The production stack on loopback for the integration tests and the bench: several `next start` servers,
// and Debian's nginx in front of them with deploy/nginx's configuration, a throwaway CA and a localhost
// certificate. Every process is started here, remembered by its id and stopped by that id.
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderSiteConfig } from '../../deploy/nginx/render.mjs'

const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx']
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so'

export function findNginx() {
  if (process.env.NGINX_PATH) return process.env.NGINX_PATH
  const found = NGINX_CANDIDATES.find((p) => existsSync(p))
  if (found) return found
  try {
    return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

/** A CA (basicConstraints CA:TRUE) and a leaf certificate for localhost / 127.0.0.1 signed by it. */
export function makeCertificates(dir) {
  const openssl = (...args) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' })
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  openssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=Staking Field Guide test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  )
  openssl('req', ...ec, '-keyout', 'localhost.key', '-out', 'localhost.csr', '-subj', '/CN=localhost')
  writeFileSync(
    join(dir, 'leaf.ext'),
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n',
  )
  openssl(
    'x509',
    '-req',
    '-in',
    'localhost.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'localhost.pem',
    '-days',
    '2',
    '-extfile',
    'leaf.ext',
  )
  return { ca: join(dir, 'ca.pem'), certificate: join(dir, 'localhost.pem'), key: join(dir, 'localhost.key') }
}

/**
 * One production server (server.mjs: Next.js plus the build's compressed pages) on `port` (the server itself, not a wrapper, so its id stops it). `frontNonceKey` is shared
 * with the front (deploy/README.md § nonce substitution). `quiet` drops its stderr: a server that outlives the
 * process starting it must not hold that process's pipes open.
 */
export function spawnNext({ port, root = process.cwd(), frontNonceKey, quiet = false }) {
  return spawn(process.execPath, ['server.mjs', '-p', String(port)], {
    cwd: root,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      ...(frontNonceKey ? { FRONT_NONCE_KEY: frontNonceKey } : {}),
    },
    stdio: ['ignore', 'ignore', quiet ? 'ignore' : 'inherit'],
  })
}

export async function waitFor(url, what, timeoutMs = 60_000, init = {}) {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual', ...init })
      if (response.status < 500) return
      last = `status ${response.status}`
    } catch (error) {
      last = String(error?.cause?.code ?? error)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000}s (${last})`)
}

/**
 * Starts `next start` on each of `nextPorts` and, when nginx exists, the TLS front on httpPort/httpsPort.
 * With `staticSite: { port, root }`, the same nginx also serves that folder as plain files over TLS (the bench
 * compares the cached pages with the same HTML served as a file). Returns the URLs, the CA file for
 * NODE_EXTRA_CA_CERTS, why nginx is missing (if it is), and stop(). `nonceSubstitution: false` runs the front
 * without the key it shares with the app (for a before/after comparison).
 */
export async function startStack({
  nextPorts,
  httpPort,
  httpsPort,
  withFront = true,
  root = process.cwd(),
  staticSite,
  certificates,
  nonceSubstitution = true,
}) {
  if (!existsSync(join(root, '.next', 'BUILD_ID')) || !existsSync(join(root, '.next', 'csp-manifest.json')))
    throw new Error('No production build with its CSP manifest: run `npm run build` first.')
  const dir = mkdtempSync(join(tmpdir(), 'sfg-stack-'))
  // A fresh key per stack: the front proves with it that a request came through it (nonce substitution; without
  // it the front passes the per-request pages through, as before).
  const frontNonceKey = nonceSubstitution ? randomBytes(24).toString('base64url') : undefined
  chmodSync(dir, 0o755)
  const children = []
  // Servers a test restarted (integration/failover.test.ts) write their ids here, to be stopped with the rest.
  const restartedPidsFile = join(dir, 'restarted.pids')
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    }
    if (existsSync(restartedPidsFile)) {
      for (const pid of readFileSync(restartedPidsFile, 'utf8').split('\n').filter(Boolean).map(Number)) {
        try {
          process.kill(pid, 'SIGTERM')
        } catch {
          // already gone
        }
      }
    }
    await new Promise((r) => setTimeout(r, 300))
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    for (const port of nextPorts) children.push(spawnNext({ port, root, frontNonceKey }))
    await Promise.all(
      nextPorts.map((port) => waitFor(`http://127.0.0.1:${port}/healthz`, `next start :${port}`)),
    )
    const direct = `http://localhost:${nextPorts[0]}`
    const upstreams = nextPorts.map((port) => `http://localhost:${port}`)
    const upstreamPids = children.map((child) => child.pid)
    const nginx = withFront ? findNginx() : undefined
    if (!nginx) {
      return {
        direct,
        upstreams,
        upstreamPids,
        restartedPidsFile,
        frontNonceKey,
        frontUnavailable: withFront
          ? 'nginx is not installed and could not be installed here (run scripts/ensure-nginx.sh as root, or apt-get install -y nginx)'
          : 'front not requested',
        stop,
      }
    }
    const certs = certificates ?? makeCertificates(dir)
    for (const sub of ['cache', 'body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
      mkdirSync(join(dir, sub))
      chmodSync(join(dir, sub), 0o777)
    }
    const site = renderSiteConfig({
      upstreams: nextPorts.map((port) => `127.0.0.1:${port}`),
      httpPort,
      httpsPort,
      serverName: 'localhost',
      certificate: certs.certificate,
      certificateKey: certs.key,
      cacheDir: join(dir, 'cache'),
      frontNonceKey,
    })
    writeFileSync(join(dir, 'site.conf'), site)
    const brotli = existsSync(BROTLI_MODULE)
    writeFileSync(
      join(dir, 'nginx.conf'),
      [
        brotli ? `load_module ${BROTLI_MODULE};` : '# brotli module not installed: gzip only',
        'worker_processes 2;',
        `pid ${join(dir, 'nginx.pid')};`,
        `error_log ${join(dir, 'error.log')} warn;`,
        'events { worker_connections 2048; }',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  access_log off;',
        ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
          (sub) => `  ${sub === 'body' ? 'client_body' : sub}_temp_path ${join(dir, sub)};`,
        ),
        brotli ? `  include ${join(root, 'deploy', 'nginx', 'brotli.conf')};` : '',
        `  include ${join(dir, 'site.conf')};`,
        ...(staticSite
          ? [
              `  server { listen ${staticSite.port} ssl http2; server_name localhost; root ${staticSite.root};`,
              `    ssl_certificate ${certs.certificate}; ssl_certificate_key ${certs.key};`,
              '    gzip on; gzip_vary on; gzip_comp_level 5; gzip_min_length 512;',
              '    location / { try_files $uri =404; } }',
            ]
          : []),
        '}',
      ].join('\n'),
    )
    const front = spawn(
      nginx,
      ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log'), '-g', 'daemon off;'],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    )
    children.push(front)
    const https = `https://localhost:${httpsPort}`
    process.env.NODE_EXTRA_CA_CERTS = certs.ca
    await waitFor(`http://127.0.0.1:${httpPort}/`, 'nginx (http)')
    return {
      direct,
      upstreams,
      upstreamPids,
      restartedPidsFile,
      frontNonceKey,
      nginx,
      http: `http://localhost:${httpPort}`,
      https,
      ca: certs.ca,
      brotli,
      dir,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
