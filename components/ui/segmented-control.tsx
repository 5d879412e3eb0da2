import { cva } from 'class-variance-authority'
import type { ReactNode } from 'react'
import type { LayoutClass } from './layout-class'

export type SegmentedOption<T extends string> = { value: T; label: ReactNode }

export type SegmentedControlProps<T extends string> = {
  /** Names the group for assistive technology (shown unless `hideLegend`). */
  legend: ReactNode
  hideLegend?: boolean
  /** The radios' `name`; unique per group on the page. */
  name: string
  options: readonly SegmentedOption<T>[]
  value: T
  onChange?: (value: T) => void
  size?: 'sm' | 'md'
  /**
   * The id of the form the radios belong to. Point a view-only control inside another form at a separate
   * (empty) form so it is not submitted with its surroundings.
   */
  form?: string
  /** Placement only (margin, JavaScript visibility): the control renders in first-load client islands. */
  className?: LayoutClass
}

const group = cva('min-w-0')

const choice = cva(
  'relative cursor-pointer rounded-[5px] font-medium text-muted select-none hover:text-text has-[:checked]:bg-surface has-[:checked]:text-text has-[:checked]:shadow-sm has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-focus',
  { variants: { size: { sm: 'min-h-8 px-2.5 py-1 text-sm', md: 'min-h-9 px-3 py-1.5 text-sm' } } },
)

/**
 * A row of mutually exclusive choices built from native radio buttons in a fieldset: arrow keys move the
 * choice, Tab leaves the group, and without JavaScript the radios still submit with their form. Without
 * `onChange` it renders as a static view (usable in Server Components).
 */
export function SegmentedControl<T extends string>({
  legend,
  hideLegend = false,
  name,
  options,
  value,
  onChange,
  size = 'md',
  form,
  className,
}: SegmentedControlProps<T>) {
  return (
    <fieldset className={group({ className })}>
      <legend className={hideLegend ? 'sr-only' : 'mb-1 text-sm font-semibold text-text'}>{legend}</legend>
      <div className="inline-flex max-w-full flex-wrap rounded-md border border-line-strong bg-sunken p-0.5">
        {options.map((option) => (
          <label key={option.value} className={choice({ size })}>
            <input
              type="radio"
              name={name}
              form={form}
              value={option.value}
              checked={option.value === value}
              onChange={onChange ? () => onChange(option.value) : undefined}
              readOnly={onChange === undefined}
              className="absolute inset-0 m-0 size-full cursor-pointer appearance-none opacity-0"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
