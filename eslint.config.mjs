import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

/** Joining Tailwind classes happens only in components/ui/cn.ts (see its doc comment). */
const CLASS_JOINERS = [
  { name: 'clsx', message: 'Join classes with cn() from components/ui/cn.ts (a later class must win).' },
  {
    name: 'tailwind-merge',
    message: 'Merge classes with cn() from components/ui/cn.ts (one merge, one place).',
  },
  {
    name: 'class-variance-authority',
    importNames: ['cx'],
    message: 'cx joins without merging: use cva variants, or cn() from components/ui/cn.ts.',
  },
]

/** Internal links go through components/ui/link.client.tsx: it prefetches on intent, not on scroll (issue 13). */
const NEXT_LINK = {
  name: 'next/link',
  message: 'Use Link from components/ui/link.client.tsx (prefetch when the reader reaches for a link).',
}

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tailwind classes are joined in one place, cn() (clsx + tailwind-merge), so a caller's class wins; the
    // first-load islands take variants (cva) instead (see components/ui/cn.ts).
    files: ['**/*.{ts,tsx,mts,mjs}'],
    ignores: ['components/ui/cn.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...CLASS_JOINERS, NEXT_LINK],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name=/[cC]lassName$/] TemplateLiteral',
          message: 'A template literal joins classes without merging: use cn() or a cva variant.',
        },
        {
          selector: "JSXAttribute[name.name=/[cC]lassName$/] BinaryExpression[operator='+']",
          message: '+ joins classes without merging: use cn() or a cva variant.',
        },
        {
          selector: "JSXAttribute[name.name=/[cC]lassName$/] CallExpression[callee.property.name='join']",
          message: '.join() joins classes without merging: use cn() or a cva variant.',
        },
      ],
    },
  },
  {
    files: ['components/ui/link.client.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: CLASS_JOINERS }] },
  },
  {
    // lib/ is pure TypeScript: no React, no Next.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: CLASS_JOINERS,
          patterns: [
            { group: ['react', 'react-dom', 'react/*'], message: 'lib/ never imports React.' },
            { group: ['next', 'next/*'], message: 'lib/ never imports Next.' },
          ],
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    '.bench/**',
    'out/**',
    'node_modules/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'public/pagefind/**',
  ]),
])
