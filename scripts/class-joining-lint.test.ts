import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The project's ESLint configuration refuses every way of joining Tailwind classes outside `cn()` (see
 * components/ui/cn.ts): these cases would otherwise pass lint unnoticed if the rules were dropped or narrowed.
 */
const eslint = new ESLint({ cwd: process.cwd() })

async function problems(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}:${m.line}`)
}

describe('class joining lint rules', () => {
  it('refuses clsx, tailwind-merge and cva’s cx outside cn.ts, and joins inside className', async () => {
    const code = [
      "import { clsx } from 'clsx'",
      "import { twMerge } from 'tailwind-merge'",
      "import { cx } from 'class-variance-authority'",
      'export function X({ c }: { c: string }) {',
      '  return (',
      '    <div className={`p-2 ${c}`}>',
      "      <span className={'p-2 ' + c} />",
      "      <span className={['p-2', c].join(' ')} />",
      '      <b className={clsx(c, twMerge(c), cx(c))} />',
      '    </div>',
      '  )',
      '}',
      '',
    ].join('\n')
    expect(await problems(code, 'components/example/x.tsx')).toEqual([
      'no-restricted-imports:1',
      'no-restricted-imports:2',
      'no-restricted-imports:3',
      'no-restricted-syntax:6',
      'no-restricted-syntax:7',
      'no-restricted-syntax:8',
    ])
  }, 60_000)

  it('allows clsx and tailwind-merge in cn.ts, and cva variants anywhere', async () => {
    const cnModule = [
      "import { clsx, type ClassValue } from 'clsx'",
      "import { twMerge } from 'tailwind-merge'",
      '',
      'export function cn(...inputs: ClassValue[]): string {',
      '  return twMerge(clsx(inputs))',
      '}',
      '',
    ].join('\n')
    expect(await problems(cnModule, 'components/ui/cn.ts')).toEqual([])
    const variants = [
      "import { cva } from 'class-variance-authority'",
      '',
      "const box = cva('p-2', { variants: { wide: { true: 'w-full' } } })",
      'export const Box = ({ wide }: { wide: boolean }) => <div className={box({ wide })} />',
      '',
    ].join('\n')
    expect(await problems(variants, 'components/example/box.tsx')).toEqual([])
  }, 60_000)
})
