import type { ReactNode } from 'react'
import { TextField } from '@/components/ui/field'
import type { LayoutClass } from '@/components/ui/layout-class'
import type { TextField as TextFieldName } from '@/lib/scenario/form'
import type { CalculatorApi } from './types'

export type NumberFieldProps = {
  calc: CalculatorApi
  field: TextFieldName
  label: ReactNode
  hint?: ReactNode
  suffix?: ReactNode
  /** The public query parameter this field submits as without JavaScript. */
  name?: string
  /** `decimal` by default; `text` where a minus sign is needed (iOS's decimal keypad has none). */
  inputMode?: 'decimal' | 'text'
  /** The field's placement (margin, JavaScript visibility). */
  className?: LayoutClass
}

/**
 * A calculator text field bound to the form reducer: what the reader types stays as typed, the results
 * follow every valid keystroke, and problems appear inline (`aria-invalid`, `aria-describedby`).
 */
export function NumberField({
  calc,
  field,
  label,
  hint,
  suffix,
  name,
  inputMode = 'decimal',
  className,
}: NumberFieldProps) {
  const id = `${calc.idPrefix}-${field}`
  return (
    <TextField
      id={id}
      name={name}
      label={label}
      hint={hint}
      suffix={suffix}
      inputMode={inputMode}
      enterKeyHint="done"
      value={calc.state.text[field]}
      error={calc.state.errors[field]}
      onChange={(event) => calc.act({ type: 'edit', field, text: event.target.value }, event.timeStamp)}
      onBlur={calc.endEdit}
      fieldClassName={className}
    />
  )
}
