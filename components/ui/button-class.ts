import { cva, type VariantProps } from 'class-variance-authority'
import type { LayoutClass } from './layout-class'

/**
 * Button classes without React, so error boundaries and server pages can style links cheaply. Targets are at
 * least 40 px tall (WCAG 2.2 target size). Variants only: buttons render in first-load client islands and the
 * error boundaries every page carries, where nothing merges classes (see `layout-class.ts`).
 */
export const buttonVariants = cva(
  'inline-flex items-center justify-center gap-2 rounded-md text-center font-semibold no-underline disabled:cursor-not-allowed disabled:opacity-60',
  {
    variants: {
      variant: {
        primary: 'border border-transparent bg-accent text-on-accent hover:bg-accent-strong',
        secondary: 'border border-line-strong bg-surface text-text hover:bg-sunken',
      },
      size: {
        md: 'min-h-10 px-4 py-2 text-sm',
        lg: 'min-h-12 px-5 py-3 text-base',
      },
    },
    defaultVariants: { variant: 'secondary', size: 'md' },
  },
)

type ButtonVariantProps = VariantProps<typeof buttonVariants>
export type ButtonVariant = NonNullable<ButtonVariantProps['variant']>
export type ButtonSize = NonNullable<ButtonVariantProps['size']>

/**
 * Classes for a button, or for a link that looks like one (`<a className={buttonClass('secondary')}>`).
 * `layout` places it (margin, full width, shown with or without JavaScript); size and look come from the
 * variants, never from an overriding class.
 */
export function buttonClass(
  variant: ButtonVariant = 'secondary',
  layout?: LayoutClass,
  size: ButtonSize = 'md',
): string {
  return buttonVariants({ variant, size, className: layout })
}
