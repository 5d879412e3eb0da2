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
      ['rehype-katex', { output: 'htmlAndMathml', strict: 'error', throwOnError: true }],
      fileURLToPath(new URL('./lib/mdx/rehype-focusable-math.mjs', import.meta.url)),
    ],
  },
})

/**
 * Framing policy. The embeddable widget (/embed/…) may be framed by any https site (and by our own pages, for
 * the embed dialog's preview); every other route may not be framed at all. Headers are fixed at build time.
 */
const COMMON_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
]
const BASE_CSP = "base-uri 'self'; object-src 'none'; form-action 'self'"

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
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
      {
        // Every page except the widget: not framable. Build assets (/_next/…) are not documents and skip these
        // headers, which would only add bytes to every script.
        source: '/((?!embed/|_next/).*)',
        headers: [
          ...COMMON_HEADERS,
          { key: 'Content-Security-Policy', value: `frame-ancestors 'none'; ${BASE_CSP}` },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
      {
        source: '/embed/:path+',
        headers: [
          ...COMMON_HEADERS,
          // Any https page, and http pages on this machine (local testing of an embed).
          {
            key: 'Content-Security-Policy',
            value: `frame-ancestors 'self' https: http://localhost:* http://127.0.0.1:*; ${BASE_CSP}`,
          },
        ],
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
