import { expectAccessible, expectNoHorizontalOverflow, test, expect } from './fixtures'
import { tabTo } from './keyboard'

const AMOUNT_STEP = '/walkthrough?step=amount&method=solo&provider=b'
const ABOVE_0X01 = /^With 0x01 credentials a validator earns on 32 ETH only; the other 68 ETH/
const ABOVE_0X02 = /^One validator with 0x02 credentials stakes at most 2,048 ETH/

test.describe('a solo validator’s amount and withdrawal credentials', () => {
  test('the keyboard chooses 0x02 and 1,500 ETH; 0x01 keeps 32 ETH and says why', async ({ page }) => {
    await page.goto(AMOUNT_STEP)
    const amount = page.getByLabel('Amount to stake (ETH)')
    await expect(page.getByRole('group', { name: 'Withdrawal credentials of your validator' })).toBeVisible()

    // 0x01 (checked by default) refuses 100 ETH, with the reason and the way out
    await tabTo(page, /-amount$/)
    await page.keyboard.press('Control+A')
    await page.keyboard.type('100')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/step=amount/)
    await expect(amount).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText(ABOVE_0X01)).toBeVisible()
    await expect(
      page.getByText(/With 0x01, this amount would need 3 validators of 32 ETH each/),
    ).toBeVisible()
    await expectAccessible(page)

    // The radio group by keyboard: Tab onto the checked 0x01, an arrow key moves to 0x02
    await page.goto(AMOUNT_STEP)
    await tabTo(page, /credentials-0x01$/)
    await page.keyboard.press('ArrowDown')
    await expect(page.getByRole('radio', { name: /^0x02 \(compounding\)/ })).toBeChecked()
    await tabTo(page, /-amount$/)
    await page.keyboard.press('Control+A')
    await page.keyboard.type('2049')
    await page.keyboard.press('Enter')
    await expect(page.getByText(ABOVE_0X02)).toBeVisible()
    await expect(page.getByRole('radio', { name: /^0x02 \(compounding\)/ })).toBeChecked()

    await expect(amount).toBeFocused()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('1,500')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/step=review.*amount=1500.*credentials=0x02/)
    await expect(page.getByRole('heading', { level: 2, name: 'Review and sign' })).toBeFocused()
    await expect(page.getByRole('definition').filter({ hasText: /^1,500 ETH$/ })).toBeVisible()
    // Switching back to 0x01 is not offered for 1,500 ETH, and the page says why
    await expect(page.getByRole('button', { name: 'Use 0x01 credentials instead' })).toHaveCount(0)
    await expect(
      page.getByText(/the other 1,468 ETH would be swept back.*Change the amount first/),
    ).toBeVisible()
    await expectNoHorizontalOverflow(page)
    await expectAccessible(page)
  })

  test('the summary compares the 0x01 split of the same amount', async ({ page }) => {
    await page.goto(
      `/walkthrough?step=summary&method=solo&provider=b&amount=1500&credentials=0x02&days=365&exit=standard`,
    )
    await expect(page.getByText(/Your validator has 0x02 credentials/)).toBeVisible()
    await expect(
      page.getByText(/the amount as 46 validators of 32 ETH, 28 ETH not staked\) it would end with/),
    ).toBeVisible()
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test.skip(
    ({ isMobile }) => isMobile,
    'the server’s forms and links are the same at every width; the sweep scans the phone layout',
  )

  test('the GET form carries the credentials with the amount, and the URL replays them', async ({ page }) => {
    await page.goto(AMOUNT_STEP)
    await page.getByRole('radio', { name: /^0x02 \(compounding\)/ }).check()
    await page.getByLabel('Amount to stake (ETH)').fill('100.5')
    await page.getByRole('button', { name: 'Continue to review' }).click()
    await expect(page).toHaveURL(/step=review/)
    await expect(page).toHaveURL(/credentials=0x02/)
    await expect(page).toHaveURL(/amount=100\.5/)
    await expect(page.getByRole('definition').filter({ hasText: /^100\.5 ETH$/ })).toBeVisible()
    await page.getByLabel(/I have read what this does/).check()
    await page.getByRole('button', { name: 'Sign (simulated)' }).click()
    await expect(page).toHaveURL(/step=activation/)
    await expect(page).toHaveURL(/credentials=0x02/)

    // 0x01 with more than 32 ETH stays on the amount step with the message, no JavaScript needed
    await page.goto(AMOUNT_STEP)
    await page.getByLabel('Amount to stake (ETH)').fill('100')
    await page.getByRole('button', { name: 'Continue to review' }).click()
    await expect(page).toHaveURL(/step=amount/)
    await expect(page.getByText(ABOVE_0X01)).toBeVisible()
  })
})
