import { clsx, type ClassValue } from 'clsx'
import { twMerge } from 'tailwind-merge'

/**
 * Combines Tailwind classes: `clsx` for conditions, then `tailwind-merge` so that a later class wins over an
 * earlier one of the same kind (`cn('text-3xl', 'text-2xl')` → `text-2xl`). Never join class strings with
 * template literals: both classes would stay and the stylesheet's order, not the caller, would decide. (The
 * shape of shadcn-ui's `lib/utils.ts`.)
 *
 * Where it runs: server components, and client code that loads on demand (walkthrough views, the chart, the
 * embed dialog). tailwind-merge is about 8 KB gzip, more than the first-load budgets leave, so the primitives
 * that render inside first-load client islands (`Heading`, `TextField`, `SegmentedControl`, `DataTable`,
 * `buttonClass`, `CopyButton`, the calculator island) join classes with `clsx` and take variants (cva, or a
 * prop such as `Heading`'s `size`) for anything a caller may change, so nothing there needs merging.
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs))
}
