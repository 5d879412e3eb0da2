import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { DisclaimerNotice } from '@/components/article/disclaimer-notice'
import { NetworkDataNoteBody } from '@/components/data/network-data-note-body'
import { Definitions, Panel } from '@/components/walkthrough/ui'
import { Button, buttonClass } from './button'
import { ChartContainer } from './chart'
import { cn } from './cn'
import { CopyButton } from './copy-button.client'
import { DataTable } from './data-table'
import { Dialog } from './dialog.client'
import { SelectField, TextField } from './field'
import { Heading, type HeadingLevel } from './heading'
import { SegmentedControl } from './segmented-control'

/** Every class attribute in the rendered HTML. */
const classLists = (element: ReactElement) =>
  [...renderToStaticMarkup(element).matchAll(/\sclass="([^"]*)"/g)].map((m) => m[1]!)

/** The classes of the first element rendered. */
const rootClasses = (element: ReactElement) => classLists(element)[0]!.split(' ')

const noop = () => undefined
const LEVELS: HeadingLevel[] = [1, 2, 3, 4, 5, 6]
const VARIANTS = ['primary', 'secondary'] as const
type Row = { k: string; v: string }

/**
 * The primitives of first-load client islands, in every variant, with the layout classes a caller may add.
 * Nothing merges classes in those bundles (no tailwind-merge), so what they render must already be merged:
 * tailwind-merge would change nothing.
 */
const FIRST_LOAD_PRIMITIVES: [string, ReactElement][] = [
  [
    'Heading at each level',
    <div key="h">
      {LEVELS.map((level) => (
        <Heading key={level} level={level} className="mb-5">
          Title
        </Heading>
      ))}
    </div>,
  ],
  [
    'Heading sized as another level',
    <Heading key="s" level={1} size={2} className="js-only mt-3">
      Title
    </Heading>,
  ],
  ...VARIANTS.map((variant): [string, ReactElement] => [
    `Button ${variant}`,
    <Button key={variant} variant={variant} className="js-only mt-3">
      Go
    </Button>,
  ]),
  ...VARIANTS.map((variant): [string, ReactElement] => [
    `a link as a large ${variant} button`,
    <a key={variant} href="#top" className={buttonClass(variant, 'js-hidden w-full', 'lg')}>
      Go
    </a>,
  ]),
  [
    'TextField with a unit, a hint and an error',
    <TextField
      key="t"
      id="a"
      label="A"
      suffix="ETH"
      hint="Hint"
      error="Bad"
      fieldClassName="js-only mt-3"
      value=""
      onChange={noop}
    />,
  ],
  ['TextField', <TextField key="t" id="b" label="B" fieldClassName="w-full" value="" onChange={noop} />],
  [
    'SelectField',
    <SelectField key="s" id="c" label="C" fieldClassName="mb-2">
      <option>x</option>
    </SelectField>,
  ],
  ...(['sm', 'md'] as const).map((size): [string, ReactElement] => [
    `SegmentedControl ${size}`,
    <SegmentedControl
      key={size}
      legend="L"
      name={`n-${size}`}
      size={size}
      value="a"
      options={[
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ]}
      className="js-only"
    />,
  ]),
  [
    'CopyButton',
    <CopyButton
      key="c"
      text="x"
      label="Copy"
      copiedMessage="Copied"
      failedMessage="Not copied"
      variant="primary"
      className="js-only mb-2"
    />,
  ],
  ...[true, false].map((stackOnPhone): [string, ReactElement] => [
    `DataTable${stackOnPhone ? ' stacked on phones' : ''}`,
    <DataTable<Row>
      key="d"
      caption="Table"
      stackOnPhone={stackOnPhone}
      rows={[{ k: 'a', v: '1' }]}
      rowKey={(row) => row.k}
      columns={[
        { key: 'k', header: 'Key', rowHeader: true, cell: (row) => row.k },
        { key: 'v', header: 'Value', numeric: true, cell: (row) => row.v },
        { key: 'w', header: 'Text', cell: (row) => row.k },
      ]}
    />,
  ]),
]

describe('first-load primitives render classes that need no merging', () => {
  it.each(FIRST_LOAD_PRIMITIVES)('%s', (_, element) => {
    const lists = classLists(element)
    expect(lists.length).toBeGreaterThan(0)
    for (const list of lists) expect(cn(list), list).toBe(list)
  })

  it('keep the caller’s layout classes', () => {
    expect(
      rootClasses(
        <Heading level={2} className="mb-5">
          T
        </Heading>,
      ),
    ).toContain('mb-5')
    expect(rootClasses(<Button className="mt-3">Go</Button>)).toContain('mt-3')
  })

  it('accept no class that could fight their look (tsc checks these lines)', () => {
    const refused = [
      // @ts-expect-error a heading's font size is its `size` variant, not a class
      <Heading key={1} level={1} className="text-2xl">
        T
      </Heading>,
      // @ts-expect-error a button's colour is its variant
      <Button key={2} className="bg-risk">
        Go
      </Button>,
      // @ts-expect-error padding belongs to the button's size
      buttonClass('primary', 'px-8'),
      // @ts-expect-error the control's classes are fixed; only the field's placement is open
      <TextField key={3} id="x" label="X" className="text-xs" />,
      // @ts-expect-error a segmented control takes its placement only
      <SegmentedControl key={4} legend="L" name="n" value="a" options={[]} className="p-4" />,
      // @ts-expect-error tables take no classes
      <DataTable key={5} caption="T" rows={[]} rowKey={String} columns={[]} className="m-2" />,
    ]
    expect(refused).toHaveLength(6)
  })

  it('a plain heading renders exactly the classes it is given, merged where they were built', () => {
    const classes = cn('text-xl font-bold', 'font-semibold')
    expect(
      rootClasses(
        <Heading level={3} variant="plain" className={classes}>
          T
        </Heading>,
      ),
    ).toEqual(['text-xl', 'font-semibold'])
  })
})

/**
 * Components that merge a caller's classes with cn() (server components, or client code loaded on demand):
 * the caller's classes, and which of the component's own classes they replace.
 */
const MERGING: [string, (className: string) => ReactElement, string, string][] = [
  ['DisclaimerNotice', (className) => <DisclaimerNotice className={className} />, 'px-4 text-xs', 'text-sm'],
  [
    'NetworkDataNoteBody',
    (className) => (
      <NetworkDataNoteBody
        className={className}
        link={({ label, className: linkClass }) => (
          <a href="/data" className={linkClass}>
            {label}
          </a>
        )}
      />
    ),
    'text-xs text-text',
    'text-muted',
  ],
  [
    'ChartContainer',
    (className) => (
      <ChartContainer config={{}} label="Chart" height={100} className={className}>
        <svg />
      </ChartContainer>
    ),
    'm-4',
    'm-0',
  ],
  [
    'walkthrough Panel',
    (className) => (
      <Panel tone="risk" className={className}>
        x
      </Panel>
    ),
    'bg-surface p-2',
    'bg-risk-soft',
  ],
  [
    'walkthrough Definitions',
    (className) => <Definitions rows={[]} className={className} />,
    'text-base',
    'text-sm',
  ],
  [
    'Dialog',
    (className) => (
      <Dialog open={false} onOpenChange={noop} title="T" closeLabel="Close" className={className}>
        x
      </Dialog>
    ),
    'w-full',
    'w-[min(48rem,calc(100vw-1.5rem))]',
  ],
]

describe('a caller’s class wins over the component’s own class of the same kind', () => {
  it.each(MERGING)('%s', (_, render, callerClasses, replaced) => {
    const classes = rootClasses(render(callerClasses))
    for (const c of callerClasses.split(' ')) expect(classes).toContain(c)
    expect(classes).not.toContain(replaced)
  })
})
