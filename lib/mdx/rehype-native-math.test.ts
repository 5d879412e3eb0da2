import type { Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import rehypeKatex from 'rehype-katex'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import rehypeNativeMath from './rehype-native-math.mjs'

/** The article pipeline's maths steps, as next.config.mjs runs them. */
const html = async (markdown: string) => {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMath)
    .use(remarkRehype)
    .use(rehypeKatex, { output: 'mathml', strict: 'error' })
    .use(rehypeNativeMath)
  return toHtml(await processor.run(processor.parse(markdown)))
}

describe('rehypeNativeMath', () => {
  it('leaves inline maths as a bare MathML element inside its sentence', async () => {
    const out = await html('The rate $r = 5\\%$ is used.')
    expect(out).toMatch(/^<p>The rate <math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"><semantics>/)
    expect(out).toContain('<mi>r</mi><mo>=</mo><mn>5</mn><mi mathvariant="normal">%</mi>')
    expect(out).toMatch(/<\/math> is used\.<\/p>$/)
  })

  it('puts display maths in a box that scrolls and takes keyboard focus', async () => {
    const out = await html('$$\n\\frac{a}{b}\n$$')
    expect(out).toMatch(
      /^<div class="math-display" tabindex="0"><math xmlns="[^"]+" display="block"><semantics><mrow><mfrac><mi>a<\/mi><mi>b<\/mi><\/mfrac><\/mrow>/,
    )
  })

  it('leaves none of KaTeX’s HTML rendering, which would need its stylesheet and fonts', async () => {
    const out = await html(
      'Inline $\\sqrt{2}$ and\n\n$$\n\\left(1 + \\tfrac{r}{n}\\right)^{n} - 1 \\qquad \\text{APY}\n$$',
    )
    expect(out).not.toMatch(/class="katex|katex-html| style="/)
    expect(out.match(/<math /g)).toHaveLength(2)
  })

  it('keeps the TeX source as the formula’s annotation', async () => {
    expect(await html('$x^2$')).toContain('<annotation encoding="application/x-tex">x^2</annotation>')
  })

  it('touches no span that KaTeX did not make', async () => {
    const processor = unified().use(rehypeNativeMath)
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['katex'] },
          children: [{ type: 'text', value: 'not maths' }],
        },
      ],
    }
    expect(toHtml((await processor.run(tree)) as Root)).toBe('<span class="katex">not maths</span>')
  })
})
