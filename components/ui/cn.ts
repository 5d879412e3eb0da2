import { clsx, type ClassValue } from 'clsx'
import { twMerge } from 'tailwind-merge'

/**
 * Combines Tailwind classes: `clsx` for conditions, then `tailwind-merge` so that a later class wins over an
 * earlier one of the same kind (`cn('text-3xl', 'text-2xl')` → `text-2xl`). The only module that imports
 * `clsx` or `tailwind-merge`, and the only way classes are joined with a caller's (ESLint enforces both;
 * template literals and `+` in a `className` are refused too). (The shape of shadcn-ui's `lib/utils.ts`.)
 *
 * Where it runs: server components (no client cost) and client code that loads on demand (walkthrough views,
 * the chart, the dialogs). tailwind-merge is about 8 KB gzip, more than the first-load budgets leave, so the
 * components inside first-load client islands never merge:
 * - a client leaf that takes its look from a server wrapper receives the final class list, already merged
 *   there with `cn()` (`SearchButton` from `SearchLauncher`);
 * - the primitives those islands share (`Heading`, `Button`/`buttonClass`, `TextField`, `SelectField`,
 *   `SegmentedControl`, `CopyButton`, `DataTable`) take variants (cva) for their look and accept no class
 *   that could fight it: at most a `LayoutClass` (margin, width, JavaScript visibility; `layout-class.ts`).
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs))
}
