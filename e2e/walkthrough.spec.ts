import type { Page } from '@playwright/test'
import { CALCULATOR_PRESETS, NETWORK_PRESETS, slashingLoss } from '../lib/calculator'
import { walkthroughSlashedExitDays } from '../lib/walkthrough/ledger'
import {
  chooseTheme,
  expect,
  expectAccessible,
  expectColoursAccessible,
  expectNoHorizontalOverflow,
  reachForPage,
  switchTheme,
  test,
} from './fixtures'
import { tabTo } from './keyboard'

const COSMOS = 'network=cosmos&method=delegated&provider=b&amount=100'
const SOLO = 'method=solo&provider=b&amount=32'

const stepHeading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 2, name })

test.describe('the /walkthrough page', () => {
  test('a reader completes a whole stake with the keyboard only', async ({ page }, info) => {
    test.skip(info.project.name !== 'desktop', 'keyboard journey on desktop')
    await page.goto('/walkthrough')
    await expect(page.getByText('Step 1 of 9: Network and method')).toBeVisible()

    await tabTo(page, /Use Cosmos Hub/)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/network=cosmos/)
    await expect(stepHeading(page, 'Choose a network and how to stake')).toBeFocused()

    await tabTo(page, /Choose: delegation/)
    await page.keyboard.press('Enter')
    await expect(stepHeading(page, 'Choose a validator')).toBeFocused()
    await expect(page.getByText('Step 2 of 9: Validator or provider')).toBeVisible()

    await tabTo(page, /Choose Validator B/)
    await page.keyboard.press('Enter')
    await expect(stepHeading(page, 'Choose an amount')).toBeFocused()

    await tabTo(page, /-amount$/)
    await page.keyboard.press('Control+A')
    await page.keyboard.type('100')
    await page.keyboard.press('Enter')
    await expect(stepHeading(page, 'Review and sign')).toBeFocused()
    await expect(page.getByText('MsgDelegate')).toBeVisible()

    await tabTo(page, /-confirm$/)
    await page.keyboard.press('Space')
    await tabTo(page, /Sign \(simulated\)/)
    await page.keyboard.press('Enter')
    await expect(stepHeading(page, 'Activation: waiting to earn')).toBeFocused()

    await tabTo(page, /Skip ahead/)
    await page.keyboard.press('Enter')
    await expect(stepHeading(page, 'Rewards accrue')).toBeFocused()

    await tabTo(page, /Move the clock \+1 year/)
    await page.keyboard.press('Enter')
    await expect(page.getByText('Day 365 of staking')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Move the clock +1 year' })).toBeFocused()
    await expect(page).toHaveURL(/days=365/)

    await tabTo(page, /Next: What can go wrong/)
    await page.keyboard.press('Enter')
    await expect(stepHeading(page, 'What can go wrong')).toBeFocused()
    await tabTo(page, /Next: Unstake/)
    await page.keyboard.press('Enter')
    await expect(stepHeading(page, 'Unstake and withdraw')).toBeFocused()
    await tabTo(page, /Start unstaking/)
    await page.keyboard.press('Enter')
    await expect(page.getByText('Unbonding period')).toBeVisible()
    await tabTo(page, /Skip to the end/)
    await page.keyboard.press('Enter')

    await expect(stepHeading(page, 'Summary')).toBeFocused()
    await expect(page.getByText('Step 9 of 9: Summary')).toBeVisible()
    await expect(page.getByText('Educational only, not financial advice.').first()).toBeVisible()
    const calculator = page.getByRole('link', { name: 'Open this scenario in the calculator' })
    expect(new URL((await calculator.getAttribute('href')) ?? '', 'https://x.test').pathname).toBe(
      '/calculator',
    )

    // Back goes to the previous step (each step was pushed onto the history).
    await page.goBack()
    await expect(stepHeading(page, 'Unstake and withdraw')).toBeVisible()
    await page.goForward()
    await expect(stepHeading(page, 'Summary')).toBeVisible()

    // The calculator opens on the same scenario.
    await calculator.focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/calculator\?/)
    await expect(page.getByLabel('Amount staked', { exact: true })).toHaveValue('100')
    await expect(page.getByRole('combobox', { name: 'Compounding' })).toHaveValue('none')
    await expect(page.getByLabel('Commission or platform fee')).toHaveValue('5')
    await expect(page.getByLabel('Duration', { exact: true })).toHaveValue('365')
  })

  test('the slashing branch: a solo validator loses principal and is forced out', async ({ page }) => {
    await page.goto(`/walkthrough?step=incidents&${SOLO}&days=30`)
    await page.getByRole('button', { name: 'Simulate a slashing' }).click()
    await expect(page).toHaveURL(/slashing=30/)
    // The engine's loss on 32 ETH at the preset APR behind the dated exit queue (0.0706 ETH and about 41 days
    // with the 2026-11-29 snapshot)
    const queue = NETWORK_PRESETS.ethereum.liquidity.observedExitQueueEth.value
    const apr = CALCULATOR_PRESETS['eth-solo'].input.apr
    const loss = slashingLoss({ network: 'ethereum', stake: 32, apr, exitQueueEth: queue })
    const lost = (Math.floor((loss.supported ? loss.total : 0) * 100) / 100).toFixed(2)
    await expect(
      page.getByText(new RegExp(`Principal lost: ${lost.replace('.', '\\.')}\\d* ETH`)),
    ).toBeVisible()
    const exitDays = Math.round(walkthroughSlashedExitDays())
    await expect(
      page.getByText(`forced out and can be withdrawn only after about ${exitDays} days`),
    ).toBeVisible()
    await expect(page.getByText('Simulate two days of downtime')).toBeHidden()
    await page.getByRole('button', { name: /Next: Unstake/ }).click()
    await page.getByRole('button', { name: 'Start unstaking' }).click()
    await expect(page.getByText('Forced exit after slashing')).toBeVisible()
    await page.getByRole('button', { name: /Skip to the end/ }).click()
    await expect(stepHeading(page, 'Summary')).toBeVisible()
    await expect(page.getByText('Slashing', { exact: true })).toBeVisible()
    // Earning stopped: back on the rewards step the clock no longer moves.
    await page.getByRole('link', { name: 'Rewards', exact: true }).click()
    await expect(page.getByText('Earning has stopped')).toBeVisible()
    await expect(page.getByRole('button', { name: /Move the clock/ })).toHaveCount(0)
  })

  test('the downtime branch: missed rewards, jailing and a small slash on the Cosmos Hub', async ({
    page,
  }) => {
    await page.goto(`/walkthrough?step=incidents&${COSMOS}&days=30`)
    await expect(page.getByText(/trade below its backing/)).toBeVisible()
    await expect(page.getByText('Only a liquid staking token can trade below its backing.')).toBeVisible()
    await page.getByRole('button', { name: 'Simulate two days of downtime' }).click()
    await expect(page.getByText(/it was jailed/)).toBeVisible()
    await expect(page.getByText(/Rewards missed: 0\.0\d+ ATOM/)).toBeVisible()
    await expect(page.getByText(/Penalties taken from your stake: 0\.01 ATOM/)).toBeVisible()
    await page.getByRole('button', { name: '← Back' }).click()
    await expect(page.getByText('Day 32 of staking')).toBeVisible()
    await expect(page.getByText(/Days earning\s*30 days/)).toBeVisible()
  })

  test('a deep link reproduces its step, and bad input gets a specific message', async ({ page }) => {
    await page.goto(`/walkthrough?step=rewards&${COSMOS}&restake=on&days=37`)
    await expect(stepHeading(page, 'Rewards accrue')).toBeVisible()
    await expect(page.getByText('Step 6 of 9: Rewards')).toBeVisible()
    await expect(page.getByText('Day 37 of staking')).toBeVisible()
    await expect(page.getByText(/Restaking is on/)).toBeVisible()
    await expect(page.getByRole('link', { name: 'Activation', exact: true })).toBeVisible()
    const progress = page.getByRole('navigation', { name: 'Walkthrough progress' })
    await expect(progress.getByText('What can go wrong')).toBeVisible()
    await expect(progress.getByRole('link', { name: 'What can go wrong' })).toHaveCount(0)

    await page.goto(`/walkthrough?step=review&network=cosmos&method=delegated&provider=b&amount=lots`)
    await expect(page).toHaveURL(/step=amount/)
    const amount = page.getByLabel('Amount to stake (ATOM)')
    await expect(amount).toHaveAttribute('aria-invalid', 'true')
    await expect(
      page.getByText(/^Enter the amount as a plain number with a point for decimals, like 250 or 12.5/),
    ).toBeVisible()
    await amount.fill('600')
    await amount.press('Enter')
    await expect(page.getByText(/That is more than you can stake: at most 499\.995 ATOM/)).toBeVisible()
    await expect(amount).toBeFocused()

    const hostile = await page.goto('/walkthrough?step=summary&network=%3Cscript%3E&days=-1&amount=1e999')
    expect(hostile?.status()).toBe(200)
    await expect(stepHeading(page, 'Choose a network and how to stake')).toBeVisible()
  })

  // Every step's state, in both themes at 1280 px, and in the light theme at 320 px, in one page load: the
  // reader's toggle switches the theme. One test per state, so that the two workers share them out.
  const axeUrls = [
    '/walkthrough',
    '/walkthrough?step=provider&network=cosmos&method=delegated',
    '/walkthrough?step=provider&method=solo',
    `/walkthrough?step=amount&${COSMOS.replace('100', 'x')}`,
    `/walkthrough?step=review&${COSMOS}`,
    `/walkthrough?step=activation&${SOLO}`,
    `/walkthrough?step=rewards&${COSMOS}&days=30`,
    `/walkthrough?step=incidents&${COSMOS}&days=32&downtime=30&slashing=32`,
    `/walkthrough?step=incidents&network=ethereum&method=liquid&provider=a&amount=1&days=30&slashing=30&discount=30`,
    `/walkthrough?step=unstake&network=solana&method=liquid&provider=b&amount=10&days=30`,
    `/walkthrough?step=summary&network=solana&method=exchange&provider=c&amount=10&days=30&pause=30&exit=standard`,
  ]
  for (const url of axeUrls) {
    // The bare /walkthrough at 1280 px, in both themes, is the sweep's.
    const inSweep = url === '/walkthrough'
    const scope = inSweep ? '320 px' : 'light and dark at 1280 px, light at 320 px'
    test(`axe finds nothing at ${url} (${scope})`, async ({ page }, info) => {
      test.skip(info.project.name !== 'desktop', 'one pass covers the markup; 320 px is checked here')
      await chooseTheme(page, 'light')
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.goto(url)
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()
      if (!inSweep) {
        await expectAccessible(page, `${url} (light)`)
        await switchTheme(page, 'dark')
        await expectColoursAccessible(page, `${url} (dark)`)
        await switchTheme(page, 'light')
      }
      await page.setViewportSize({ width: 320, height: 800 })
      await expectNoHorizontalOverflow(page)
      await expectAccessible(page, `${url} (320 px)`)
    })
  }
})

test.describe('controls and the address to check', () => {
  test('what looks like a button is a button: Space chooses a method and moves the clock', async ({
    page,
  }) => {
    await page.goto('/walkthrough')
    const solo = page.getByRole('button', { name: 'Choose: solo staking' })
    await solo.focus()
    await page.keyboard.press('Space')
    await expect(page).toHaveURL(/method=solo/)
    await page.goto(`/walkthrough?step=rewards&${COSMOS}&days=0`)
    await page.getByRole('button', { name: /Move the clock \+1 month/ }).focus()
    await page.keyboard.press('Space')
    await expect(page).toHaveURL(/days=30/)
  })

  test('Review and sign shows the (simulated) address and how to compare it', async ({ page }) => {
    await page.goto(`/walkthrough?step=review&${COSMOS}`)
    const address = page.locator('[data-simulated-address]')
    await expect(address).toHaveText(/^cosmosvaloper1[a-z0-9 ]+$/)
    expect((await address.innerText()).replace(/\s/g, '')).toHaveLength(52)
    await expect(page.getByText(/not a real address/)).toBeVisible()
    await expect(page.getByText(/Compare it in blocks of four/)).toBeVisible()
    await expect(page.getByLabel(/compared the address above in full/)).toBeVisible()
    await page.goto('/walkthrough?step=review&network=ethereum&method=exchange&provider=a&amount=1')
    await expect(page.locator('[data-simulated-address]')).toHaveCount(0)
    await expect(page.getByText(/There is no address to check/)).toBeVisible()
  })
})

test.describe('<StakingFlow> in an article', () => {
  test('works in place, moves focus, and leaves the article URL alone', async ({ page }) => {
    await page.goto('/learn/first-stake')
    const embed = page.getByRole('region', { name: 'Try it: a simulated stake on Cosmos Hub' })
    await expect(embed.getByText('Step 1 of 9: Network and method')).toBeVisible()
    await embed.getByRole('button', { name: 'Choose: delegation' }).click()
    await expect(embed.getByRole('heading', { name: 'Choose a validator' })).toBeFocused()
    await embed.getByRole('button', { name: 'Choose Validator C' }).click()
    await expect(embed.getByRole('heading', { name: 'Choose an amount' })).toBeFocused()
    expect(new URL(page.url()).pathname).toBe('/learn/first-stake')
    expect(new URL(page.url()).search).toBe('')
    await expectAccessible(page, 'first-stake with the walkthrough open')
    const full = embed.getByRole('link', { name: 'Open this step in the full walkthrough' })
    await expect(full).toHaveAttribute('href', /step=amount&network=cosmos&method=delegated&provider=c/)
    await full.click()
    await expect(stepHeading(page, 'Choose an amount')).toBeVisible()
  })

  test('opened by the router from another article, shows its first step and works in place', async ({
    page,
  }) => {
    // The first step is a static part of the article (sent as HTML only): after a client-side navigation it
    // comes from the article's fetched HTML.
    await page.goto('/learn/staking-security')
    await reachForPage(page)
    await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true))
    await page.getByRole('main').getByRole('link', { name: 'your first stake', exact: true }).click()
    await expect(page).toHaveURL(/\/learn\/first-stake$/)
    const embed = page.getByRole('region', { name: 'Try it: a simulated stake on Cosmos Hub' })
    await expect(embed.getByText('Step 1 of 9: Network and method')).toBeVisible()
    expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true)
    await embed.getByRole('button', { name: 'Choose: delegation' }).click()
    await expect(embed.getByRole('heading', { name: 'Choose a validator' })).toBeFocused()
    expect(new URL(page.url()).pathname).toBe('/learn/first-stake')
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test.skip(
    ({ isMobile }) => isMobile,
    'the server’s forms and links are the same at every width; the sweep scans the phone layout',
  )

  test('every step can be read and reached with plain links and forms', async ({ page }) => {
    await page.goto('/walkthrough?network=solana')
    await page.getByRole('button', { name: 'Choose: delegation' }).click()
    await page.getByRole('button', { name: 'Choose Validator F' }).click()
    await page.getByLabel('Amount to stake (SOL)').fill('12.5')
    await page.getByRole('button', { name: 'Continue to review' }).click()
    await expect(page).toHaveURL(/step=review.*amount=12\.5/)
    await page.getByLabel(/I have read what this does/).check()
    await page.getByRole('button', { name: 'Sign (simulated)' }).click()
    await expect(page.getByText('Warm up until the epoch ends')).toBeVisible()
    await page.getByRole('button', { name: 'Skip ahead: the stake is active' }).click()
    await page.getByRole('button', { name: 'Move the clock +1 week' }).click()
    await expect(page.getByText('Day 7 of staking')).toBeVisible()
    await expect(page.getByText(/Solana adds rewards to the stake every epoch/)).toBeVisible()
  })

  test('a solo validator chooses 0x02 credentials before signing, and the summary compares 0x01', async ({
    page,
  }) => {
    await page.goto(`/walkthrough?step=review&${SOLO}`)
    await expect(page.getByText(/^0x01: rewards above 32 ETH are swept/)).toBeVisible()
    await page.getByRole('button', { name: 'Use 0x02 credentials instead' }).click()
    await expect(page).toHaveURL(/credentials=0x02/)
    await expect(page.getByText(/^0x02 \(compounding, since the Pectra upgrade/)).toBeVisible()
    await page.getByLabel(/I have read what this does/).check()
    await page.getByRole('button', { name: 'Sign (simulated)' }).click()
    await expect(page).toHaveURL(/step=activation.*credentials=0x02|credentials=0x02.*step=activation/)
    await page.goto(`/walkthrough?step=summary&${SOLO}&credentials=0x02&days=365&exit=standard`)
    await expect(page.getByText(/Your validator has 0x02 credentials/)).toBeVisible()
    await expect(page.getByText(/With 0x01 credentials \(rewards paid out/)).toBeVisible()
  })
})
