import type { ButtonHTMLAttributes } from 'react'
import type { LayoutClass } from './layout-class'
import { buttonClass, type ButtonVariant } from './button-class'

export { buttonClass, type ButtonSize, type ButtonVariant } from './button-class'

export type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> & {
  variant?: ButtonVariant
  /** Placement only (margin, width, JavaScript visibility); the look comes from `variant`. */
  className?: LayoutClass
}

export function Button({ variant = 'secondary', className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} {...props} className={buttonClass(variant, className)} />
}
