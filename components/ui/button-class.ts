import { cva, type VariantProps } from 'class-variance-authority'
import { clsx } from 'clsx'

/**
 * Button classes without React, so error boundaries and server pages can style links cheaply. Targets are at
 * least 40 px tall (WCAG 2.2 target size). `buttonVariants` alone (no caller classes to merge) keeps
 * tailwind-merge out of bundles that do not need it, such as the error boundaries every page carries.
 */
export const buttonVariants = cva(
  'inline-flex items-center justify-center gap-2 rounded-md text-center font-semibold no-underline disabled:cursor-not-allowed disabled:opacity-60',
  {
    variants: {
      variant: {
        primary: 'border border-transparent bg-accent text-on-accent hover:bg-accent-strong',
        secondary: 'border border-line-strong bg-surface text-text hover:bg-sunken',
        ghost:
          'border border-transparent text-accent-strong underline decoration-1 underline-offset-4 hover:bg-sunken',
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
 * `className` adds layout (margins, width); size and look come from the variants, never from an overriding
 * class: buttons render in client islands, where classes are joined, not merged (see `cn.ts`).
 */
export function buttonClass(
  variant: ButtonVariant = 'secondary',
  className?: string,
  size: ButtonSize = 'md',
): string {
  return clsx(buttonVariants({ variant, size }), className)
}
