/** Button classes without React, so error boundaries and server pages can style links cheaply. */
export type ButtonVariant = 'primary' | 'secondary' | 'ghost'

export type ButtonSize = 'md' | 'lg'

const SIZES: Record<ButtonSize, string> = {
  md: 'min-h-10 px-4 py-2 text-sm',
  lg: 'min-h-12 px-5 py-3 text-base',
}

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'bg-accent text-on-accent hover:bg-accent-strong border border-transparent',
  secondary: 'border border-line-strong bg-surface text-text hover:bg-sunken',
  ghost:
    'border border-transparent text-accent-strong underline decoration-1 underline-offset-4 hover:bg-sunken',
}

/**
 * Classes for a button, or for a link that looks like one (`<a className={buttonClass('secondary')}>`).
 * Targets are at least 40 px tall (WCAG 2.2 target size).
 */
export function buttonClass(
  variant: ButtonVariant = 'secondary',
  className = '',
  size: ButtonSize = 'md',
): string {
  return `inline-flex items-center justify-center gap-2 rounded-md text-center font-semibold no-underline disabled:cursor-not-allowed disabled:opacity-60 ${SIZES[size]} ${VARIANTS[variant]} ${className}`
}
