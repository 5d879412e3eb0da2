import { fileURLToPath } from 'node:url'
import createMDX from '@next/mdx'

/**
 * MDX is compiled at build time by @next/mdx. With Turbopack, remark/rehype plugins must be named by module
 * (imported functions are not serialisable), local plugins by absolute path. See ../shared/TOOLCHAIN.md.
 */
const withMDX = createMDX({
  extension: /\.mdx$/,
  options: {
    remarkPlugins: [
      'remark-frontmatter',
      ['remark-mdx-frontmatter', { name: 'frontmatter' }],
      'remark-gfm',
      'remark-math',
      fileURLToPath(new URL('./lib/mdx/remark-article-images.mjs', import.meta.url)),
    ],
    rehypePlugins: [
      'rehype-slug',
      ['rehype-autolink-headings', { behavior: 'wrap', properties: { className: ['heading-anchor'] } }],
      // MathML only: the browser draws it, with no KaTeX stylesheet or fonts (lib/mdx/rehype-native-math.mjs).
      // rehype-katex fails the build on a bad formula itself (it takes no throwOnError option).
      ['rehype-katex', { output: 'mathml', strict: 'error' }],
      fileURLToPath(new URL('./lib/mdx/rehype-native-math.mjs', import.meta.url)),
      // Last: it groups the finished blocks into static segments (see the plugin).
      fileURLToPath(new URL('./lib/mdx/rehype-static-segments.mjs', import.meta.url)),
    ],
  },
})

/**
 * Security headers on every response (README § "Security headers and CSP"). The Content-Security-Policy is
 * per page and set by proxy.ts (hashes for prerendered pages, nonces for per-request ones). The embeddable
 * widget (/embed/…) and its loader may be loaded by other sites; everything else is same-origin only, and every
 * page except the widget refuses to be framed (CSP frame-ancestors, plus X-Frame-Options for old browsers).
 */
// Only features Chromium knows: it logs a warning for every page that names one it does not ("bluetooth" did, in
// Chromium 156); e2e/fixtures.ts fails any test whose page logs one.
const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ')

const SECURITY_HEADERS = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` runs `tsc --noEmit` over the whole project, route types included, right after it builds, and says
  // so with BUILD_TYPES_CHECKED=1; every other build (`npm run build`, deploys) checks the types itself.
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPES_CHECKED === '1' },
  // Prerendered pages get their ETag from the build (proxy.ts, lib/http/etag.ts) instead of a hash of the whole
  // page on every request; pages rendered per request carry none either way, and files (public/, /_next/static)
  // are still revalidated by their Last-Modified.
  generateEtags: false,
  reactStrictMode: true,
  typedRoutes: false,
  /**
   * Browsers ask for /favicon.ico when a page's icon links are re-rendered (e.g. as the calculator rewrites its
   * URL with history.replaceState); answer with the site icon instead of a 404.
   */
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon.svg' }]
  },
  async headers() {
    return [
      // Later entries override earlier ones for the same header.
      // Documents and files: every security header. Build assets (/_next/…) only need the two that apply to a
      // script or stylesheet (nosniff, CORP); the rest would add about 700 bytes to each of a page's ~12 scripts.
      { source: '/((?!_next/).*)', headers: SECURITY_HEADERS },
      {
        source: '/_next/:path*',
        headers: SECURITY_HEADERS.filter(({ key }) =>
          ['X-Content-Type-Options', 'Cross-Origin-Resource-Policy'].includes(key),
        ),
      },
      { source: '/((?!embed/|_next/).*)', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
      {
        // The widget: framed by other sites (CSP frame-ancestors, set by proxy.ts, allows https: pages).
        source: '/embed/:path+',
        headers: [{ key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' }],
      },
      {
        // Search index chunks and result fragments (Pagefind): named by a hash of their content, so they can be
        // cached for a year; the search dialog downloads them all once it opens, so search works offline
        // (components/search/offline-index.ts). Pagefind's script, worker, WebAssembly and entry file keep
        // their fixed names and are revalidated.
        source: '/pagefind/:folder(index|fragment|filter)/:file',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
      {
        // The embed loader: versioned by file name, so it can be cached for a year and loaded from any site.
        source: '/embed.v:version.js',
        headers: [
          { key: 'Cache-Control', value: 'public, max-age=31536000, immutable' },
          { key: 'Access-Control-Allow-Origin', value: '*' },
          { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' },
        ],
      },
    ]
  },
}

export default withMDX(nextConfig)
