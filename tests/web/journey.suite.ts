import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  launchChromium,
  nav,
  newContext,
  screenshot,
  seriousViolations,
  waitForPath,
  watchConsole,
} from './browser.js'

export const WEB_ADMIN = { email: 'web-admin@example.com', password: 'web-admin-password-1' }

export interface WebTarget {
  baseUrl: string
  stop(): Promise<void>
}

export interface JourneyState {
  browser: Browser
  baseUrl: string
  tag: string
  courseTitle: string
  courseId: number
  certificateId: number
  verificationUrl: string
}

async function expectAccessible(page: Page, name: string, shots: boolean) {
  if (shots) await screenshot(page, name)
  const violations = await seriousViolations(page)
  expect(
    violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    `serious accessibility violations on ${name}`,
  ).toEqual([])
}

export async function register(
  page: Page,
  person: { first: string; username: string; password: string; role: 'student' | 'instructor' },
) {
  await page.goto('/app/register')
  await page.getByLabel('First name').fill(person.first)
  await page.getByLabel('Last name').fill('Tester')
  await page.getByLabel('Email').fill(`${person.username}@example.com`)
  await page.getByLabel('Username').fill(person.username)
  await page.getByLabel('Password').fill(person.password)
  await page.getByLabel('I want to').selectOption(person.role)
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect.poll(() => page.getByText('Account created. Please log in.').isVisible()).toBe(true)
}

export async function logIn(page: Page, email: string, password: string) {
  if (!page.url().includes('/app/login')) await page.goto('/app/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.getByRole('button', { name: 'Log out' }).waitFor()
}

export async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Log out' }).click()
  await page.getByText('You are logged out.').waitFor()
}

/**
 * The whole journey by clicking, as people would: an instructor builds and publishes a course,
 * a student finds it, enrolls, completes it, gets and verifies the certificate; an admin
 * revokes it. `options.screenshots` also checks every main page with axe-core.
 */
export function defineWebJourney(
  name: string,
  start: () => Promise<WebTarget>,
  options: { screenshots: boolean; extra?: (state: () => JourneyState) => void },
) {
  describe(name, () => {
    let target: WebTarget
    let browser: Browser
    const tag = `q${Date.now().toString(36)}`
    const state: Partial<JourneyState> = { tag, courseTitle: `Intro to SQL ${tag}` }

    beforeAll(async () => {
      target = await start()
      browser = await launchChromium()
      Object.assign(state, { browser, baseUrl: target.baseUrl })
    }, 180_000)
    afterAll(async () => {
      await browser?.close()
      await target?.stop()
    })

    it('the instructor registers, builds a course (422 at the field, COURSE_EMPTY, reordering) and publishes it', {
      timeout: 120_000,
    }, async () => {
      const context = await newContext(browser, target.baseUrl)
      const page = await context.newPage()
      const errors = watchConsole(page)
      await register(page, {
        first: 'Ada',
        username: `ada_${tag}`,
        password: 'ada-password-1',
        role: 'instructor',
      })
      await logIn(page, `ada_${tag}@example.com`, 'ada-password-1')

      await nav(page, 'Teaching').click()
      await page.getByRole('link', { name: 'New course' }).click()
      await page.getByLabel('Title', { exact: true }).fill(state.courseTitle!)
      await page.getByLabel('Short description').fill('Tables, joins and indexes, from zero.')
      await page.getByLabel('Category').fill('databases')
      await page.getByLabel('Level').selectOption('beginner')
      await page.getByLabel('Price (USD)').fill('12.345')
      await page.getByRole('button', { name: 'Create course' }).click()
      // The API's 422 detail appears under the price field, and the field is marked invalid.
      const price = page.getByLabel('Price (USD)')
      await expect.poll(() => price.getAttribute('aria-invalid')).toBe('true')
      const describedBy = await price.getAttribute('aria-describedby')
      expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(/pattern|multiple|must/)
      if (options.screenshots) await screenshot(page, 'course-form-422')
      await price.fill('0')
      await page.getByRole('button', { name: 'Create course' }).click()
      await page.getByRole('heading', { name: 'Edit course' }).waitFor()
      state.courseId = Number(new URL(page.url()).pathname.split('/').pop())

      // Publishing an empty course is explained.
      await page.getByRole('button', { name: 'Publish' }).click()
      await page.getByText('A course needs at least one module with one lesson').waitFor()

      async function addModule(title: string) {
        await page.getByLabel('New module title').fill(title)
        await page.getByRole('button', { name: 'Add module' }).click()
        await page.getByRole('heading', { name: title, level: 3 }).waitFor()
      }
      async function addLesson(
        module: string,
        lesson: { title: string; type: string; text?: string; video?: string },
      ) {
        await page.getByRole('button', { name: `+ Add lesson to ${module}` }).click()
        const form = page.locator('form.lesson-editor')
        await form.getByLabel('Lesson title').fill(lesson.title)
        await form.getByLabel('Type').selectOption(lesson.type)
        if (lesson.video) await form.getByLabel('Video URL').fill(lesson.video)
        if (lesson.text)
          await form.getByLabel(lesson.type === 'quiz' ? 'Quiz instructions' : 'Content').fill(lesson.text)
        await form.getByRole('button', { name: 'Add lesson' }).click()
        await page.locator('.lesson-row', { hasText: lesson.title }).waitFor()
      }
      await addModule('Basics')
      await addLesson('Basics', {
        title: 'What is a table',
        type: 'text',
        text: 'Rows and columns.\n\nA <b>table</b> is a set of rows.',
      })
      await addLesson('Basics', {
        title: 'Joins',
        type: 'video',
        video: 'https://videos.example.com/joins.mp4',
      })
      await addLesson('Basics', {
        title: 'Check yourself',
        type: 'quiz',
        text: 'Ten questions on tables and joins.',
      })
      await addModule('Welcome')
      await addLesson('Welcome', {
        title: 'How this course works',
        type: 'text',
        text: 'Read, watch, then take the quiz.',
      })

      // Reordering: the module Welcome goes first, the lesson Joins before What is a table.
      await page.getByRole('button', { name: 'Move module Welcome up' }).click()
      await expect.poll(() => page.locator('.module-title').allTextContents()).toEqual(['Welcome', 'Basics'])
      await page.getByRole('button', { name: 'Move lesson Joins up' }).click()
      const basicsLessons = () =>
        page.locator('.module', { hasText: 'Basics' }).locator('.lesson-title').allTextContents()
      await expect.poll(basicsLessons).toEqual(['Joins', 'What is a table', 'Check yourself'])
      await page.reload()
      await expect.poll(basicsLessons).toEqual(['Joins', 'What is a table', 'Check yourself'])
      await expect.poll(() => page.locator('.module-title').allTextContents()).toEqual(['Welcome', 'Basics'])

      // The text is shown as text: markup typed by the instructor is never run or rendered.
      await page.getByRole('button', { name: 'Edit lesson What is a table' }).click()
      await page.getByLabel('Free preview').check()
      await page.getByRole('button', { name: 'Save lesson' }).click()
      await page.locator('.lesson-row', { hasText: 'What is a table' }).getByText('preview').waitFor()

      await page.getByRole('button', { name: 'Publish' }).click()
      await page.locator('.badge-published').first().waitFor()
      if (options.screenshots) await expectAccessible(page, 'course-editor', true)
      await nav(page, 'Teaching').click()
      await page.getByRole('link', { name: state.courseTitle! }).waitFor()
      if (options.screenshots) await expectAccessible(page, 'teaching', true)
      await logOut(page)
      expect(errors).toEqual([])
      await context.close()
    })

    it('a student finds it by search, enrolls, completes every lesson and the quiz, and verifies the certificate', {
      timeout: 120_000,
    }, async () => {
      const context = await newContext(browser, target.baseUrl)
      const page = await context.newPage()
      const errors = watchConsole(page)
      await page.goto('/app/')
      if (options.screenshots) await expectAccessible(page, 'catalog-empty-search', false)
      await register(page, {
        first: 'Grace',
        username: `grace_${tag}`,
        password: 'grace-password-1',
        role: 'student',
      })
      await logIn(page, `grace_${tag}@example.com`, 'grace-password-1')

      await page.getByLabel('Search', { exact: true }).fill(tag)
      await page.getByRole('button', { name: 'Search' }).click()
      await waitForPath(page, `?search=${tag}`)
      await page.getByRole('link', { name: state.courseTitle! }).waitFor()
      if (options.screenshots) await expectAccessible(page, 'catalog', true)
      await page.getByRole('link', { name: state.courseTitle! }).click()
      await page.getByRole('heading', { name: 'Outline' }).waitFor()
      // The preview lesson is readable before enrolling; its markup is shown as text.
      await page.locator('summary', { hasText: 'What is a table' }).click()
      await page.getByText('A <b>table</b> is a set of rows.').waitFor()
      if (options.screenshots) await expectAccessible(page, 'course-page', true)

      await page.getByRole('button', { name: 'Enroll for free' }).click()
      await page.locator('.learn-side').waitFor()
      const lessons = ['How this course works', 'Joins', 'What is a table']
      for (const lesson of lessons) {
        await page.locator('.lesson-link', { hasText: lesson }).click()
        await page.getByRole('heading', { name: lesson, level: 2 }).waitFor()
        await page.getByRole('button', { name: 'Mark as complete' }).click()
        await page.locator('.lesson-link', { hasText: lesson }).locator('.tick.done').waitFor()
      }
      if (options.screenshots) await expectAccessible(page, 'learn-view', true)
      await page.locator('.lesson-link', { hasText: 'Check yourself' }).click()
      await page.getByLabel('Your score').fill('85')
      await page.getByRole('button', { name: 'Submit score' }).click()
      await page.getByText('Course completed — well done!').waitFor()
      await expect.poll(() => page.locator('.learn-side .progress-value').textContent()).toBe('100 %')

      await nav(page, 'My courses').click()
      const row = page.locator('.enrollment-row', { hasText: state.courseTitle! })
      await expect.poll(() => row.locator('.progress-value').textContent()).toBe('100 %')
      // The enrollment turns completed from an event: reload until it has arrived.
      for (let attempt = 0; attempt < 20 && !(await row.locator('.badge-completed').isVisible()); attempt++) {
        await page.waitForTimeout(500)
        await page.reload()
      }
      await row.locator('.badge-completed').waitFor()
      if (options.screenshots) await expectAccessible(page, 'my-courses', true)

      await nav(page, 'Certificates').click()
      const card = page.locator('.certificate', { hasText: state.courseTitle! })
      // The certificate is issued from an event: it may take a moment to arrive.
      for (let attempt = 0; attempt < 20 && !(await card.isVisible()); attempt++) {
        await page.waitForTimeout(500)
        await page.reload()
      }
      await card.waitFor()
      expect(await card.textContent()).toContain('Grade B')
      state.verificationUrl = (await card.locator('code').textContent())!
      state.certificateId = Number((await card.locator('.certificate-id').textContent())!.replace(/\D/g, ''))
      if (options.screenshots) await expectAccessible(page, 'certificates', true)

      const download = page.waitForEvent('download')
      await card.getByRole('button', { name: 'Download PDF' }).click()
      expect((await download).suggestedFilename()).toMatch(/^SC-\d{4}-\d{6,}\.pdf$/)

      const [verification] = await Promise.all([
        context.waitForEvent('page'),
        card.getByRole('link', { name: 'Verification page' }).click(),
      ])
      await verification.waitForLoadState()
      expect(await verification.locator('body').textContent()).toContain(state.courseTitle!)
      expect(await verification.locator('.status').getAttribute('class')).toContain('valid')
      await logOut(page)
      expect(errors).toEqual([])
      await context.close()
    })

    it('an admin revokes the certificate and the verification page says revoked', {
      timeout: 120_000,
    }, async () => {
      const context = await newContext(browser, target.baseUrl)
      const page = await context.newPage()
      const errors = watchConsole(page)
      await logIn(page, WEB_ADMIN.email, WEB_ADMIN.password)
      await nav(page, 'Users').click()
      await page.getByLabel('Search', { exact: true }).fill(`grace_${tag}`)
      await page.getByRole('button', { name: 'Search' }).click()
      await page.getByRole('cell', { name: `grace_${tag}@example.com` }).waitFor()
      await page.getByLabel('Role').selectOption('student')
      await waitForPath(page, /role=student/)
      await page.getByRole('cell', { name: `grace_${tag}@example.com` }).waitFor()
      if (options.screenshots) await expectAccessible(page, 'admin-users', true)

      await nav(page, 'Issue & revoke').click()
      await page.getByLabel('Certificate id').fill(String(state.certificateId))
      await page.getByLabel('Reason').fill('short')
      await page.getByRole('button', { name: 'Revoke certificate' }).click()
      await expect.poll(() => page.getByLabel('Reason').getAttribute('aria-invalid')).toBe('true')
      await page.getByLabel('Reason').fill('Issued by mistake during a demo')
      await page.getByRole('button', { name: 'Revoke certificate' }).click()
      await page.getByText(/is revoked: Issued by mistake during a demo/).waitFor()
      if (options.screenshots) await expectAccessible(page, 'admin-certificates', true)

      await page.goto(new URL(state.verificationUrl!).pathname)
      expect(await page.locator('.status').getAttribute('class')).toContain('revoked')
      expect(await page.locator('body').textContent()).toMatch(/revoked/i)
      expect(errors).toEqual([])
      await context.close()
    })

    options.extra?.(() => state as JourneyState)
  })
}
