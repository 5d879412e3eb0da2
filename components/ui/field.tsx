import { cva } from 'class-variance-authority'
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react'
import type { LayoutClass } from './layout-class'

/**
 * Form field primitives: a label, the control, an optional hint and an error, wired together with
 * `aria-describedby` and `aria-invalid`. Presentational (no state), so they render on the server and inside
 * client islands alike. Use `TextField` / `SelectField` for the common cases and `Field` + `fieldAria` for
 * anything else.
 *
 * @example
 * <TextField id="amount" label="Amount staked" hint="Tokens you stake." suffix="ETH"
 *   inputMode="decimal" value={text} onChange={…} error={errors.amount} />
 */
export type FieldMessages = { hint?: ReactNode; error?: ReactNode }

export const hintId = (id: string) => `${id}-hint`
export const errorId = (id: string) => `${id}-error`

/** The ARIA attributes that tie a control to its hint and error. */
export function fieldAria(id: string, { hint, error }: FieldMessages) {
  const describedBy = [error ? errorId(id) : null, hint ? hintId(id) : null].filter(Boolean).join(' ')
  return {
    'aria-describedby': describedBy === '' ? undefined : describedBy,
    'aria-invalid': error ? (true as const) : undefined,
  }
}

export const controlClass =
  'w-full min-w-0 rounded-md border border-line-strong bg-surface px-3 py-2 text-base text-text placeholder:text-muted aria-[invalid=true]:border-risk aria-[invalid=true]:border-2 disabled:opacity-60'

/** A text control, squared on the right when a unit sits after it. */
const textControl = cva(controlClass, { variants: { suffix: { true: 'rounded-r-none' } } })

const fieldBox = cva('min-w-0')

type FieldProps = FieldMessages & {
  id: string
  label: ReactNode
  children: ReactNode
  /** Placement only (margin, width, JavaScript visibility): fields render in first-load client islands. */
  className?: LayoutClass
}

/** Label above the control; hint and error below. The error is also announced when it appears. */
export function Field({ id, label, hint, error, children, className }: FieldProps) {
  return (
    <div className={fieldBox({ className })}>
      <label htmlFor={id} className="block text-sm font-semibold text-text">
        {label}
      </label>
      <div className="mt-1">{children}</div>
      <FieldMessagesView id={id} hint={hint} error={error} />
    </div>
  )
}

/** Hint and error lines for a control (used by `Field`, or on their own under a custom control). */
export function FieldMessagesView({ id, hint, error }: FieldMessages & { id: string }) {
  return (
    <>
      <div aria-live="polite">
        {error ? (
          <p id={errorId(id)} className="mt-1 flex gap-1.5 text-sm font-medium text-risk">
            <svg
              aria-hidden="true"
              viewBox="0 0 20 20"
              className="mt-0.5 size-4 shrink-0"
              fill="currentColor"
            >
              <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17ZM9 5h2v6H9Zm0 8h2v2H9Z" />
            </svg>
            <span>{error}</span>
          </p>
        ) : null}
      </div>
      {hint ? (
        <p id={hintId(id)} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </>
  )
}

type TextFieldProps = FieldMessages &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'className'> & {
    id: string
    label: ReactNode
    /** A unit after the input ("%", "ETH"), read after the label by screen readers through the hint. */
    suffix?: ReactNode
    /** The field's placement (see `Field`); the control itself takes no classes. */
    fieldClassName?: LayoutClass
  }

/** A single-line text input (use `inputMode="decimal"` for numbers, never `type=number`). */
export function TextField({ id, label, hint, error, suffix, fieldClassName, ...input }: TextFieldProps) {
  const control = (
    <input
      id={id}
      type="text"
      autoComplete="off"
      spellCheck={false}
      {...input}
      {...fieldAria(id, { hint, error })}
      className={textControl({ suffix: Boolean(suffix) })}
    />
  )
  return (
    <Field id={id} label={label} hint={hint} error={error} className={fieldClassName}>
      {suffix ? (
        <div className="flex">
          {control}
          <span className="inline-flex shrink-0 items-center rounded-r-md border border-l-0 border-line-strong bg-sunken px-3 text-sm text-muted">
            {suffix}
          </span>
        </div>
      ) : (
        control
      )}
    </Field>
  )
}

type SelectFieldProps = FieldMessages &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> & {
    id: string
    label: ReactNode
    /** The field's placement (see `Field`); the control itself takes no classes. */
    fieldClassName?: LayoutClass
  }

/** A native select: keyboard, touch and screen readers work everywhere. */
export function SelectField({
  id,
  label,
  hint,
  error,
  fieldClassName,
  children,
  ...select
}: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={fieldClassName}>
      <select {...select} id={id} {...fieldAria(id, { hint, error })} className={controlClass}>
        {children}
      </select>
    </Field>
  )
}
