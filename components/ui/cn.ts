import { clsx, type ClassValue } from 'clsx'
import { twMerge } from 'tailwind-merge'

/**
 * The one way to combine Tailwind classes: `clsx` for conditions, then `tailwind-merge` so that a later class
 * wins over an earlier one of the same kind (`cn('text-3xl', 'text-2xl')` → `text-2xl`). Never join class
 * strings with template literals: both classes would stay and the stylesheet's order, not the caller, would
 * decide. (The shape of shadcn-ui's `lib/utils.ts`.)
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs))
}
