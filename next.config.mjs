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

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
}

export default withMDX(nextConfig)
