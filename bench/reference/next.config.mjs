import { fileURLToPath } from 'node:url'
import createMDX from '@next/mdx'

// The same MDX syntax as the site, nothing else. `root` lets Turbopack resolve the site's node_modules.
const withMDX = createMDX({
  extension: /\.mdx$/,
  options: {
    remarkPlugins: ['remark-frontmatter', 'remark-gfm', 'remark-math'],
    rehypePlugins: [['rehype-katex', { output: 'htmlAndMathml' }]],
  },
})

export default withMDX({
  pageExtensions: ['js', 'jsx', 'mdx'],
  poweredByHeader: false,
  turbopack: { root: fileURLToPath(new URL(process.env.SITE_ROOT ?? '../..', import.meta.url)) },
})
