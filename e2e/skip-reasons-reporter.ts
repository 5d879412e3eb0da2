import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/**
 * Says why tests were skipped, once, at the end of the run: each suite runs on a desktop and a mobile project,
 * and a check that does not depend on the device runs on one of them only (its `test.skip(condition,
 * reason)` names why). Without this the list reporter shows a bare count of "skipped".
 */
export default class SkipReasonsReporter implements Reporter {
  private readonly reasons = new Map<string, number>()

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status !== 'skipped') return
    const skip = test.annotations.find((a) => a.type === 'skip')
    const reason = skip?.description ?? 'skipped without a reason'
    const project = test.parent.project()?.name ?? 'unknown project'
    const key = `${project}: ${reason}`
    this.reasons.set(key, (this.reasons.get(key) ?? 0) + 1)
  }

  onEnd(_result: FullResult) {
    if (this.reasons.size === 0) return
    const total = [...this.reasons.values()].reduce((a, b) => a + b, 0)
    const lines = [...this.reasons.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([reason, count]) => `  ${String(count).padStart(3)} × ${reason}`)
    console.log(
      `\n${total} skipped on purpose (each check runs on the project where it means something):\n${lines.join('\n')}\n`,
    )
  }
}
