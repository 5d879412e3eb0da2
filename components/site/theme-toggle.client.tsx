'use client'

import { useSyncExternalStore } from 'react'
import { useBootSignal } from './boot-signal'
import { THEME_STORAGE_KEY } from './theme-script'

type Theme = 'light' | 'dark'

type ThemeToggleProps = {
  labels: { toDark: string; toLight: string }
}

const listeners = new Set<() => void>()
const media = () => window.matchMedia('(prefers-color-scheme: dark)')

function currentTheme(): Theme {
  const explicit = document.documentElement.dataset.theme
  if (explicit === 'light' || explicit === 'dark') return explicit
  return media().matches ? 'dark' : 'light'
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  const mq = media()
  mq.addEventListener('change', listener)
  return () => {
    listeners.delete(listener)
    mq.removeEventListener('change', listener)
  }
}

function setTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme)
  } catch {
    // Private mode: the choice still applies to this page.
  }
  listeners.forEach((l) => l())
}

/** Switches between light and dark and remembers the choice. Hidden until JavaScript runs. */
export function ThemeToggle({ labels }: ThemeToggleProps) {
  useBootSignal()
  const theme = useSyncExternalStore(subscribe, currentTheme, () => null)
  const next: Theme = theme === 'dark' ? 'light' : 'dark'
  const label = theme === null ? labels.toDark : theme === 'dark' ? labels.toLight : labels.toDark
  return (
    <button
      type="button"
      onClick={() => setTheme(next)}
      aria-label={label}
      title={label}
      className="js-only inline-flex size-10 items-center justify-center rounded-full border border-line text-text hover:bg-sunken"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        {theme === 'dark' ? (
          <>
            <circle cx="12" cy="12" r="4" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </>
        ) : (
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
        )}
      </svg>
    </button>
  )
}
