import type { ButtonHTMLAttributes } from 'react'
import { buttonClass, type ButtonVariant } from './button-class'

export { buttonClass, type ButtonSize, type ButtonVariant } from './button-class'

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }

export function Button({ variant = 'secondary', className = '', type = 'button', ...props }: ButtonProps) {
  return <button type={type} {...props} className={buttonClass(variant, className)} />
}
