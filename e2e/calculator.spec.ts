import { readFile } from 'node:fs/promises'
import { chooseTheme, expect, expectNoHorizontalOverflow, scanInTheme, test } from './fixtures'
import { pct, result, two, typeInto } from './calculator-helpers'
import networks from '../content/data/networks.json' with { type: 'json' }
import { projectEthereumValidator, projectStake } from '../lib/calculator'
import { parseScenarioQuery } from '../lib/scenario/parse'
import { scenarioToStakeInput } from '../lib/scenario/stake-input'

test.describe('calculator page', () => {
  test.beforeEach(({ isMobile }) => {
    test.skip(isMobile, 'behaviour does not depend on the viewport; the mobile project checks 320 px below')
  })

  test('typed values give the results worked out by hand, and the URL follows', async ({ page }) => {
    await page.goto('/calculator')
    await typeInto(page.getByLabel('Amount staked', { exact: true }), '2,000')
    await typeInto(page.getByRole('textbox', { name: 'APR', exact: true }), '6')
    await page.getByRole('combobox', { name: 'Compounding' }).selectOption('monthly')
    await typeInto(page.getByLabel('Commission or platform fee'), '10')
    await typeInto(page.getByLabel('Duration', { exact: true }), '730')
    await typeInto(page.getByLabel('Token price'), '2.5')
    await typeInto(page.getByLabel('Price change over the period'), '-20')
    await typeInto(page.getByLabel('Network inflation'), '2')

    // By hand: net APR 6 % × (1 − 10 %) = 5.4 %, compounded monthly for two years.
    const net = 0.06 * 0.9
    const final = 2000 * (1 + net / 12) ** 24
    const apy = (1 + net / 12) ** 12 - 1
    await expect(result(page, 'Final balance')).toHaveText(`${two(final)} TOKEN`)
    await expect(result(page, 'Rewards')).toHaveText(`${two(final - 2000)} TOKEN`)
    await expect(result(page, 'Net APR')).toHaveText('5.40%')
    await expect(result(page, 'Effective APY')).toHaveText(pct(apy))
    await expect(result(page, 'Real yield (after inflation)')).toHaveText(pct((1 + apy) / 1.02 - 1))
    // Final price 2.5 × (1 − 20 %) = 2.
    await expect(page.getByText(`worth $${two(final * 2)} at the final price`, { exact: true })).toBeVisible()
    await expect(page).toHaveURL(
      /\/calculator\?amount=2000&apr=6&compounding=monthly&commission=10&days=730&price=2\.5&priceChange=-20&inflation=2$/,
    )
    // The deeper sections follow too: the period table ends at the same balance.
    const periods = page.getByRole('region', { name: 'Balance in TOKEN, year by year' })
    await expect(periods.getByRole('row', { name: /^Year 2 / })).toContainText(two(final))
  })

  test('a network preset shows its sources and dates, and stays editable', async ({ page }) => {
    await page.goto('/calculator')
    await page.getByRole('link', { name: 'Ethereum', exact: true }).click()
    await expect(page).toHaveURL(/\?network=ethereum$/)
    const panel = page.getByText('Ethereum model').locator('..')
    const staked = networks.figures['ethereum.totalStaked']
    await expect(panel).toContainText(`Total ETH staked: ${staked.value.toLocaleString('en-US')} ETH`)
    const asOf = new Date(`${staked.asOf}T00:00:00Z`)
    await expect(panel).toContainText(
      `as of ${asOf.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}`,
    )
    await expect(panel.getByRole('link', { name: staked.source.title })).toHaveAttribute(
      'href',
      staked.source.url,
    )
    const apr = page.getByRole('textbox', { name: 'APR', exact: true })
    // ⌊64 · 10⁹ / ⌊√(S · 10⁹)⌋⌋ Gwei an epoch per ETH · 225 · 365 / 10⁹ with the snapshot's S
    // (42,334,251 ETH: 311 Gwei, 2.5541 %).
    const baseReward = Math.floor(64e9 / Math.floor(Math.sqrt(staked.value * 1e9)))
    const presetApr = ((baseReward * 225 * 365) / 1e9) * 100
    await expect(apr).toHaveValue(String(Number(presetApr.toFixed(4))))
    // With 10 M ETH staked: 64 · 10⁹ / √(10¹⁶) = 640 Gwei; 640 · 225 · 365 / 10⁹ = 5.256 %.
    await typeInto(page.getByLabel('Total ETH staked (sets the APR)'), '10000000')
    await expect(apr).toHaveValue('5.256')
    await expect(page).toHaveURL(/\?network=ethereum&apr=5\.256/)
    await expect(panel).toContainText('You have changed values from the preset')
    await typeInto(page.getByLabel('Commission or platform fee'), '10')
    await expect(result(page, 'Net APR')).toHaveText(pct(0.05256 * 0.9))
    await panel.getByRole('link', { name: 'Reset to the preset' }).click()
    await expect(apr).toHaveValue(String(Number(presetApr.toFixed(4))))
    await expect(page).toHaveURL(/\?network=ethereum$/)
  })

  test('a shared link with the network model, credentials and queues reproduces them', async ({ page }) => {
    // Solana's taper from the snapshot's reference epoch with its staked share held (epoch 662 and 65 % gave
    // 14.57 SOL for 10 SOL over 10 years, against 20.98 at the constant rate); the engine gives the figures.
    const balance = (query: string) =>
      `${projectStake(scenarioToStakeInput(parseScenarioQuery(query).scenario)).finalBalance.toFixed(2)} SOL`
    await page.goto('/calculator?network=solana&days=3650&rates=model')
    await expect(page.getByRole('combobox', { name: 'Rate over time' })).toHaveValue('model')
    await expect(result(page, 'Final balance')).toHaveText(balance('network=solana&days=3650&rates=model'))
    const results = page.getByRole('region', { name: 'Results' })
    await expect(results).toContainText(/year 1: \d+\.\d\d%/)
    const floor = ((0.015 / networks.figures['solana.stakedFraction'].value) * 100).toFixed(2)
    await expect(results).toContainText(`year 10: ${floor}%`)
    await expect(results).toContainText(
      `Solana’s inflation tapers 15% a year toward 1.5%, from epoch ${networks.figures['solana.referenceEpoch'].value}`,
    )
    await page.getByRole('combobox', { name: 'Rate over time' }).selectOption('constant')
    await expect(page).toHaveURL(/\?network=solana&days=3650$/)
    await expect(result(page, 'Final balance')).toHaveText(balance('network=solana&days=3650'))

    // 0x02 credentials: 32 ETH for 20 years compound to more than with 0x01 (55.75 against 50.08 ETH at 2.8251 %).
    const ethQuery = 'network=ethereum&days=7300&credentials=0x02&exitQueue=0&entryQueue=0'
    const ethApr = scenarioToStakeInput(parseScenarioQuery(ethQuery).scenario).apr
    const validator = (credentials: '0x01' | '0x02') =>
      projectEthereumValidator({ principal: 32, credentials, apr: ethApr, days: 7300 }).finalBalance.toFixed(
        2,
      )
    await page.goto(`/calculator?${ethQuery}`)
    await expect(page.getByRole('combobox', { name: /Withdrawal credentials \(solo/ })).toHaveValue('0x02')
    await expect(page.getByRole('combobox', { name: /Withdrawal credentials \(staking pool/ })).toHaveValue(
      '0x01',
    )
    await expect(page.getByLabel(/Exit queue ahead of you/)).toHaveValue('0')
    await expect(page.getByRole('region', { name: 'Results' })).toContainText(
      `A solo validator with 0x02 credentials ends with ${validator('0x02')} ETH (with 0x01: ${validator('0x01')} ETH)`,
    )
    await expect(page.getByText('partial withdrawal of rewards, EIP-7002')).toBeVisible()
    // entryQueue=0: (2 + 1 + 3 + 5) epochs of 6.4 minutes ≈ 1 hour.
    await expect(
      page.getByText('A new stake starts earning after about 1 hour, behind 0 ETH in the deposit queue.'),
    ).toBeVisible()
    await page.reload()
    await expect(page.getByRole('combobox', { name: /Withdrawal credentials \(solo/ })).toHaveValue('0x02')
    await expect(page).toHaveURL(/credentials=0x02/)
    await expect(page).toHaveURL(/exitQueue=0/)

    // The pool path's credentials: 0x01 by default (as Lido's, with the source), 0x02 from the select
    const paths = page.getByRole('table', { name: 'Compare staking paths' })
    const poolFinal = async () => (await paths.getByRole('row', { name: /Staking pool/ }).innerText()).trim()
    await expect(
      page.getByText(/Staking pool on Ethereum: its operators’ validators are assumed to use 0x01/),
    ).toBeVisible()
    await expect(page.getByRole('link', { name: /Lido documentation: WithdrawalVault/ })).toBeVisible()
    const before = await poolFinal()
    await page.getByRole('combobox', { name: /Withdrawal credentials \(staking pool/ }).selectOption('0x02')
    await expect(page).toHaveURL(/poolCredentials=0x02/)
    await expect(page.getByText(/validators use 0x02 withdrawal credentials here/)).toBeVisible()
    expect(await poolFinal()).not.toBe(before)
  })

  test('the URL reproduces the scenario on reload and through back and forward', async ({ page }) => {
    await page.goto('/calculator?amount=500&apr=4')
    const amount = page.getByLabel('Amount staked', { exact: true })
    const apr = page.getByRole('textbox', { name: 'APR', exact: true })
    await typeInto(amount, '800')
    await amount.blur()
    await typeInto(apr, '7')
    await apr.blur()
    await page.getByRole('combobox', { name: 'Compounding' }).selectOption('yearly')
    await expect(page).toHaveURL(/\?amount=800&apr=7&compounding=yearly$/)
    await expect(result(page, 'Final balance')).toHaveText('856.00 TOKEN')

    await page.reload()
    await expect(amount).toHaveValue('800')
    await expect(apr).toHaveValue('7')
    await expect(page.getByRole('combobox', { name: 'Compounding' })).toHaveValue('yearly')
    await expect(result(page, 'Final balance')).toHaveText('856.00 TOKEN')

    await page.evaluate(() => history.back())
    await expect(page).toHaveURL(/\?amount=800&apr=7$/)
    await expect(page.getByRole('combobox', { name: 'Compounding' })).toHaveValue('daily')
    await page.evaluate(() => history.back())
    await expect(page).toHaveURL(/\?amount=800&apr=4$/)
    await expect(apr).toHaveValue('4')
    await page.evaluate(() => history.back())
    await expect(amount).toHaveValue('500')
    await page.evaluate(() => history.forward())
    await expect(amount).toHaveValue('800')
    await expect(apr).toHaveValue('4')
  })

  test('APR and APY switch into each other through the compounding', async ({ page }) => {
    await page.goto('/calculator?compounding=daily')
    const final = `${two(1000 * (1 + 0.05 / 365) ** 365)} TOKEN`
    await expect(result(page, 'Final balance')).toHaveText(final)
    await page.getByRole('radio', { name: 'APY' }).check()
    const apy = page.getByRole('textbox', { name: 'APY', exact: true })
    await expect(apy).toHaveValue('5.1267')
    await expect(result(page, 'Final balance')).toHaveText(final)
    await expect(page).toHaveURL(/\?apy=5\.1267/)
    await page.getByRole('radio', { name: 'APR' }).check()
    await expect(page.getByRole('textbox', { name: 'APR', exact: true })).toHaveValue('5')
    await expect(page).toHaveURL(/\/calculator$/)

    // An APY of 10 % compounded monthly means an APR of 12 × (1.1^(1/12) − 1) = 9.57 %.
    await page.getByRole('radio', { name: 'APY' }).check()
    await typeInto(apy, '10')
    await page.getByRole('combobox', { name: 'Compounding' }).selectOption('monthly')
    await expect(result(page, 'Effective APY')).toHaveText('10.00%')
    await expect(page.getByRole('status').filter({ hasText: 'Staking' })).toContainText(
      '10.00% APY (9.57% APR)',
    )
  })

  test('every compounding option gives its own balance', async ({ page }) => {
    await page.goto('/calculator?amount=1000000&apr=5')
    const compounding = page.getByRole('combobox', { name: 'Compounding' })
    const balance = result(page, 'Final balance')
    const periodic = (n: number) => `${two(1e6 * (1 + 0.05 / n) ** n)} TOKEN`
    const named: Array<[string, string]> = [
      ['none', `${two(1_050_000)} TOKEN`],
      ['daily', periodic(365)],
      ['weekly', periodic(52)],
      ['monthly', periodic(12)],
      ['quarterly', periodic(4)],
      ['yearly', periodic(1)],
      ['continuous', `${two(1e6 * Math.exp(0.05))} TOKEN`],
    ]
    for (const [option, expected] of named) {
      await compounding.selectOption(option)
      await expect(balance, option).toHaveText(expected)
    }
    await compounding.selectOption({ label: 'Every N days' })
    const every = page.getByLabel('Every how many days')
    await expect(every).toHaveValue('5')
    await expect(balance).toHaveText(periodic(73))
    await typeInto(every, '7')
    await expect(every).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText(/Compounding every 7 days does not fit a 365-day year/)).toBeVisible()
    await expect(balance).toHaveText(periodic(73))
    await typeInto(every, '73')
    await expect(balance).toHaveText(periodic(5))
    await expect(page).toHaveURL(/compounding=5(&|$)/)

    await compounding.selectOption({ label: 'N times a year' })
    await typeInto(page.getByLabel('Times a year'), '146')
    await expect(balance).toHaveText(periodic(146))
    await expect(page).toHaveURL(/compounding=146(&|$)/)
  })

  test('an invalid input shows its message on the field and the rest keeps working', async ({ page }) => {
    await page.goto('/calculator')
    const amount = page.getByLabel('Amount staked', { exact: true })
    await typeInto(amount, '12abc')
    await expect(amount).toHaveAttribute('aria-invalid', 'true')
    const message = 'Amount must be a number, such as 1000 or 2.5. Results use 12 tokens.'
    await expect(amount).toHaveAccessibleDescription(new RegExp(`^${message.replace(/\./g, '\\.')}`))
    await expect(page.getByText(message)).toBeVisible()
    await typeInto(page.getByRole('textbox', { name: 'APR', exact: true }), '10')
    await expect(result(page, 'Final balance')).toHaveText(`${two(12 * (1 + 0.1 / 365) ** 365)} TOKEN`)
    await typeInto(page.getByLabel('Commission or platform fee'), '150')
    await expect(page.getByText('Commission must be between 0% and 100%. Results use 15%.')).toBeVisible()
    await expect(page.locator('body')).not.toContainText(/NaN|Infinity/)
  })

  test('the summary is announced in a polite live region', async ({ page }) => {
    await page.goto('/calculator')
    const live = page.getByRole('status').filter({ hasText: 'Staking' })
    await expect(live).toHaveAttribute('aria-live', 'polite')
    await typeInto(page.getByLabel('Amount staked', { exact: true }), '3000')
    await expect(live).toHaveText(
      `Staking 3,000.00 TOKEN for 365 days at 5.00% APR, compounded daily, with no commission, ends with ${two(3000 * (1 + 0.05 / 365) ** 365)} TOKEN: ${two(3000 * (1 + 0.05 / 365) ** 365 - 3000)} TOKEN of rewards, an effective APY of 5.13%.`,
    )
  })

  test('keyboard only: from the first field to a copied link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/calculator')
    const focused = () =>
      page.evaluate(
        () =>
          document.activeElement?.getAttribute('aria-label') ??
          (document.activeElement as HTMLElement | null)?.innerText ??
          '',
      )
    const tabTo = async (isTarget: () => Promise<boolean>) => {
      for (let i = 0; i < 60; i += 1) {
        await page.keyboard.press('Tab')
        if (await isTarget()) return
      }
      throw new Error(`never reached; last focus: ${await focused()}`)
    }
    const amount = page.getByLabel('Amount staked', { exact: true })
    await tabTo(() => amount.evaluate((el) => el === document.activeElement))
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('640')
    const apr = page.getByRole('textbox', { name: 'APR', exact: true })
    await tabTo(() => apr.evaluate((el) => el === document.activeElement))
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('3')
    const copy = page.getByRole('button', { name: 'Copy link' })
    await tabTo(() => copy.evaluate((el) => el === document.activeElement))
    await page.keyboard.press('Enter')
    await expect(page.getByText('Link copied to the clipboard.')).toBeVisible()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(new URL(copied).pathname + new URL(copied).search).toBe('/calculator?amount=640&apr=3')
  })

  test('the CSV holds every assumption, the date and the table', async ({ page }) => {
    await page.goto('/calculator?amount=1000&apr=5&compounding=yearly&days=730')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^staking-calculation-\d{4}-\d{2}-\d{2}\.csv$/)
    const csv = await readFile(await download.path(), 'utf8')
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('Staking Field Guide: staking rewards calculation')
    expect(lines[1]).toMatch(/^Generated on,\d{4}-\d{2}-\d{2}$/)
    expect(lines[2]).toMatch(/^Scenario link,http.*\/calculator\?compounding=yearly&days=730$/)
    expect(lines).toContain('"Educational only, not financial advice."')
    expect(lines).toContain('APR,5%')
    expect(lines).toContain('Effective APY,5.00%')
    expect(lines.filter((l) => l.startsWith('Assumption,')).length).toBeGreaterThanOrEqual(4)
    // 1,000 at 5 % compounded yearly: 1,050 after a year, 1,102.50 after two.
    expect(lines).toContain('Year 1,365,1000,50,1050,50')
    expect(lines).toContain('Year 2,730,1050,52.5,1102.5,102.5')
  })

  test('the embed dialog gives both snippets for the scenario, a preview, and closes with Esc', async ({
    page,
  }) => {
    const warnings: string[] = []
    page.on('console', (m) => {
      if (/sandbox/i.test(m.text())) warnings.push(m.text())
    })
    await page.goto('/calculator?amount=32&apr=3.5&symbol=ETH')
    const open = page.getByRole('button', { name: 'Embed this calculator' })
    await open.click()
    const dialog = page.getByRole('dialog', { name: 'Embed this calculator' })
    await expect(dialog).toBeVisible()
    const script = dialog.getByLabel('Script tag (resizes itself)')
    await expect(script).toHaveValue(/data-amount="32" data-apr="3.5"/)
    await expect(script).toHaveValue(/<script src="http:\/\/localhost:\d+\/embed\.v1\.js" async><\/script>/)
    await dialog.getByRole('checkbox', { name: /Compact/ }).check()
    await expect(dialog.getByLabel('Plain iframe (fixed height)')).toHaveValue(
      /src="http:\/\/localhost:\d+\/embed\/calculator\?amount=32&amp;apr=3\.5.*&amp;compact=1"[\s\S]*sandbox="allow-scripts allow-same-origin/,
    )
    const preview = dialog.frameLocator('iframe')
    await expect(preview.getByRole('heading', { name: 'Staking rewards calculator' })).toBeVisible()
    await expect(result(preview.locator('body'), 'Final balance')).toHaveText(
      `${two(32 * (1 + 0.035 / 365) ** 365)} ETH`,
    )
    // The same-origin preview needs no sandbox, so the browser has nothing to warn about.
    await expect(dialog.locator('iframe')).not.toHaveAttribute('sandbox', /./)
    expect(warnings).toEqual([])
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(open).toBeFocused()
  })

  test('calculators in an article work independently', async ({ page }) => {
    await page.goto('/learn/apr-vs-apy')
    const calculators = page.getByRole('region', { name: 'Staking rewards calculator' })
    await expect(calculators).toHaveCount(2)
    const [first, second] = [calculators.nth(0), calculators.nth(1)]
    const before = await result(second, 'Final balance').textContent()
    await typeInto(first.getByLabel('Amount staked'), '2000')
    // apr={0.08} compounded daily.
    await expect(result(first, 'Final balance')).toHaveText(`${two(2000 * (1 + 0.08 / 365) ** 365)} TOKEN`)
    await expect(result(second, 'Final balance')).toHaveText(before!)
    // The preset's figures are shown with their source and date, inside the article too.
    await expect(second.getByText('Ethereum model')).toBeVisible()
    const stakedAsOf = new Date(`${networks.figures['ethereum.totalStaked'].asOf}T00:00:00Z`)
    await expect(second).toContainText(
      `as of ${stakedAsOf.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}`,
    )
    await expect(first.getByRole('link', { name: 'Full calculator' })).toHaveAttribute(
      'href',
      '/calculator?amount=2000&apr=8',
    )
    // The balance table is not in the article's HTML: it is drawn when the reader asks for it.
    // (the second calculator's balance section; the first is compact and has none)
    await page.getByRole('radio', { name: 'Table', exact: true }).check()
    await expect(
      page.getByRole('table', { name: 'Balance in ETH by day, with and without compounding' }),
    ).toBeVisible()
  })
})

for (const theme of ['light', 'dark'] as const) {
  test(`calculator is accessible in every state (${theme})`, async ({ page, isMobile }) => {
    test.skip(isMobile, 'axe results do not depend on the device; 320 px is checked here')
    test.slow() // five axe scans of the whole calculator: close to a minute on a busy 2-core machine
    const scan = scanInTheme(theme)
    await chooseTheme(page, theme)
    await page.goto('/calculator?network=cosmos&price=8')
    await scan(page, `default (${theme})`)
    await typeInto(page.getByLabel('Amount staked', { exact: true }), 'abc')
    await expect(page.getByLabel('Amount staked', { exact: true })).toHaveAttribute('aria-invalid', 'true')
    await scan(page, `error (${theme})`)
    await typeInto(page.getByLabel('Amount staked', { exact: true }), '250')
    await page.getByRole('radio', { name: 'Table', exact: true }).check()
    await scan(page, `results and table (${theme})`)
    await page.getByRole('button', { name: 'Embed this calculator' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await scan(page, `dialog open (${theme})`)
    await page.keyboard.press('Escape')
    await page.setViewportSize({ width: 320, height: 800 })
    await expectNoHorizontalOverflow(page)
    await scan(page, `320 px (${theme})`)
  })
}

test('on a phone the calculator works by touch at 320 px', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'mobile project only')
  await page.setViewportSize({ width: 320, height: 700 })
  await page.goto('/calculator')
  await page.getByLabel('Amount staked', { exact: true }).fill('100')
  await expect(result(page, 'Final balance')).toHaveText(`${two(100 * (1 + 0.05 / 365) ** 365)} TOKEN`)
  await expectNoHorizontalOverflow(page)
  await page.getByRole('link', { name: 'Ethereum' }).tap()
  await expect(page.getByText('Ethereum model')).toBeVisible()
  await expect(page).toHaveURL(/\?network=ethereum$/)
  await expectNoHorizontalOverflow(page)
})
