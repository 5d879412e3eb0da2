'use client'

import { useState, type ComponentType, type ReactNode } from 'react'
import type { NetworkId } from '@/lib/calculator'
import { interceptedClick, interceptedSubmit, type Interception } from './intercept'
import type { StakingFlowLiveProps } from './staking-flow-live'
import type { HeadingLevel } from './types'

export type StakingFlowIslandProps = {
  network: NetworkId
  idPrefix: string
  headingLevel: HeadingLevel
  /** The server-rendered first step, shown until the reader interacts. */
  children: ReactNode
}

type Live = { View: ComponentType<StakingFlowLiveProps>; startHref: string }

/**
 * The embed's island. It shows the server-rendered first step; the first link or form the reader uses
 * loads the interactive walkthrough (a separate chunk) and continues there, in place. Without
 * JavaScript, or if the chunk fails to load, the same links open the full walkthrough page.
 */
export function StakingFlowIsland({ network, idPrefix, headingLevel, children }: StakingFlowIslandProps) {
  const [live, setLive] = useState<Live | null>(null)

  const start = (target: Interception) => {
    import('./staking-flow-live')
      .then((m) => setLive({ View: m.StakingFlowLive, startHref: target.href }))
      .catch(() => window.location.assign(target.href))
  }

  if (live !== null)
    return (
      <live.View
        startHref={live.startHref}
        network={network}
        idPrefix={idPrefix}
        headingLevel={headingLevel}
      />
    )
  return (
    <div
      onClickCapture={(e) => {
        const target = interceptedClick(e.nativeEvent)
        if (target === null) return
        e.preventDefault()
        start(target)
      }}
      onSubmit={(e) => {
        const target = interceptedSubmit(e.nativeEvent as SubmitEvent)
        if (target === null) return
        e.preventDefault()
        start(target)
      }}
    >
      {children}
    </div>
  )
}
