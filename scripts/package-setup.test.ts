import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

type PackageJson = {
  engines?: { node?: string }
  scripts: Record<string, string>
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

const require = createRequire(import.meta.url)
const semver = require('semver') as {
  satisfies: (version: string, range: string) => boolean
  minVersion: (range: string) => { version: string } | null
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson
const oldestNode = semver.minVersion(pkg.engines?.node ?? '')?.version ?? ''

describe('package.json', () => {
  it('states a Node version', () => {
    expect(oldestNode).toBe('20.19.0')
  })

  it.each(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }))(
    '%s runs on the oldest Node the README promises (no EBADENGINE on install)',
    (name) => {
      const installed = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as PackageJson
      const range = installed.engines?.node
      if (range !== undefined)
        expect(semver.satisfies(oldestNode, range), `${name} wants node ${range}`).toBe(true)
    },
  )

  it.each(Object.entries(pkg.scripts).filter(([, command]) => /(^|&& )next /.test(command)))(
    'the "%s" script turns Next telemetry off',
    (_, command) => {
      expect(command).toMatch(/^NEXT_TELEMETRY_DISABLED=1 next /)
    },
  )
})
