import { expect, it } from 'vitest'
import { startAllInOne } from '../e2e/all-in-one.js'
import { apiFor } from './api.js'
import { nav, newContext, screenshot, seriousViolations, waitForPath, watchConsole } from './browser.js'
import { defineWebJourney, logIn, WEB_ADMIN } from './journey.suite.js'

defineWebJourney(
  'the web app in Chromium against npm start',
  () => startAllInOne({ env: { ADMIN_EMAIL: WEB_ADMIN.email, ADMIN_PASSWORD: WEB_ADMIN.password } }),
  {
    screenshots: true,
    extra: (state) => {
      it('an expired access token is refreshed silently; a reused refresh token ends at the login page', {
        timeout: 120_000,
      }, async () => {
        const { browser, baseUrl, tag } = state()
        const context = await newContext(browser, baseUrl)
        const page = await context.newPage()
        const errors = watchConsole(page)
        await logIn(page, `grace_${tag}@example.com`, 'grace-password-1')
        const storedToken = () => page.evaluate(() => sessionStorage.getItem('smartcourse.refresh_token'))
        const first = await storedToken()
        expect(first).toBeTruthy()

        // The API refuses the access token once, as it does when it has expired.
        let refused = false
        await page.route('**/api/v1/enrollments/my-courses*', async (route) => {
          if (refused) return route.fallback()
          refused = true
          await route.fulfill({
            status: 401,
            contentType: 'application/json',
            headers: { 'www-authenticate': 'Bearer' },
            body: JSON.stringify({ success: false, message: 'Token expired', error_code: 'UNAUTHORIZED' }),
          })
        })
        const refreshed = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/refresh'))
        await nav(page, 'My courses').click()
        expect((await refreshed).status()).toBe(200)
        await page.locator('.enrollment-row', { hasText: state().courseTitle }).waitFor()
        const second = await storedToken()
        expect(second).not.toBe(first)

        // A reload loses the in-memory access token; the stored refresh token brings the session back.
        await page.reload()
        await page.locator('.enrollment-row', { hasText: state().courseTitle }).waitFor()
        await page.getByRole('button', { name: 'Log out' }).waitFor()

        // Someone else uses the stored refresh token first: the app's next use is a reuse.
        const stolen = (await storedToken())!
        await apiFor(baseUrl).call('POST', '/auth/refresh', { refresh_token: stolen })
        await page.reload()
        await waitForPath(page, /\/app\/login\?message=/)
        await page.getByText('Your session has ended. Please log in again.').waitFor()
        expect(await storedToken()).toBeNull()
        expect(errors).toEqual([])
        await context.close()
      })

      it('a full course says so; the roster suspends and re-activates a student', {
        timeout: 120_000,
      }, async () => {
        const { browser, baseUrl, tag } = state()
        const api = apiFor(baseUrl)
        const teacher = await api.user(`lin_${tag}`, 'instructor')
        const first = await api.user(`first_${tag}`)
        const late = await api.user(`late_${tag}`)
        const courseId = await api.course(teacher.token, { title: `Small seminar ${tag}`, max_students: 1 })
        await api.call('POST', '/enrollments', { course_id: courseId }, first.token)

        const context = await newContext(browser, baseUrl)
        const page = await context.newPage()
        const errors = watchConsole(page)
        await logIn(page, late.email, late.password)
        await page.goto(`/app/courses/${courseId}`)
        await page.getByRole('button', { name: 'Enroll for free' }).click()
        await page.getByRole('alert').getByText('This course is full: every seat is taken.').waitFor()
        await page.getByRole('button', { name: 'Log out' }).click()

        await logIn(page, teacher.email, teacher.password)
        await nav(page, 'Teaching').click()
        await page
          .getByRole('row', { name: new RegExp(`Small seminar ${tag}`) })
          .getByRole('link', { name: 'Roster' })
          .click()
        const row = page.getByRole('row', { name: new RegExp(`first_${tag}`) })
        await row.locator('.badge-active').waitFor()
        await row.getByRole('button', { name: /^Suspend/ }).click()
        await row.locator('.badge-suspended').waitFor()
        await screenshot(page, 'roster')
        expect(await seriousViolations(page)).toEqual([])
        await row.getByRole('button', { name: /^Re-activate/ }).click()
        await row.locator('.badge-active').waitFor()
        await page.getByRole('button', { name: 'Log out' }).click()

        // The student drops the course, and enrolls again from the course page.
        await logIn(page, first.email, first.password)
        await nav(page, 'My courses').click()
        const enrollment = page.locator('.enrollment-row', { hasText: `Small seminar ${tag}` })
        await enrollment
          .getByRole('link', { name: /Small seminar/, exact: false })
          .last()
          .waitFor()
        await enrollment.locator('a.button').click()
        await page.getByRole('button', { name: 'Drop this course' }).click()
        await waitForPath(page, '/app/my-courses')
        await enrollment.locator('.badge-dropped').waitFor()
        await enrollment.getByRole('link', { name: 'Re-enroll' }).click()
        await page.getByRole('button', { name: 'Enroll for free' }).click()
        await page.locator('.learn-side').waitFor()
        expect(errors).toEqual([])
        await context.close()
      })

      it('a paid course is paid on the TEST MODE checkout page, and its quiz is graded by the platform', {
        timeout: 120_000,
      }, async () => {
        const { browser, baseUrl, tag } = state()
        const api = apiFor(baseUrl)
        const teacher = await api.user(`quinn_${tag}`, 'instructor')
        const student = await api.user(`payer_${tag}`)
        const title = `Graded SQL ${tag}`
        const course = await api.call<{ id: number }>(
          'POST',
          '/courses',
          { title, description: 'A paid course with a graded quiz.', price: '49.00' },
          teacher.token,
        )
        const base = `/courses/${course.id}/modules`
        const module = await api.call<{ module_id: number }>('POST', base, { title: 'Basics' }, teacher.token)
        const lessons = `${base}/${module.module_id}/lessons`
        // A mandatory lesson left open keeps the enrollment active after the quiz is passed.
        await api.call('POST', lessons, { title: 'Reading', type: 'text', content: 'Read me' }, teacher.token)
        const quiz = await api.call<{ lesson_id: number }>(
          'POST',
          lessons,
          {
            title: 'Graded check',
            type: 'quiz',
            content: 'Answer every question.',
            quiz_settings: { pass_mark: 60, max_attempts: 2, show_answers_after: 'submit' },
          },
          teacher.token,
        )
        const questions = `${lessons}/${quiz.lesson_id}/questions`
        const choice = (id: string, text: string, is_correct: boolean) => ({
          option_id: id,
          text,
          is_correct,
        })
        for (const question of [
          {
            type: 'single_choice',
            text: 'Which clause filters rows?',
            points: 1,
            options: [choice('a', 'WHERE', true), choice('b', 'ORDER BY', false)],
          },
          {
            type: 'multiple_choice',
            text: 'Which are join kinds?',
            points: 1,
            options: [choice('a', 'INNER', true), choice('b', 'LEFT', true), choice('c', 'SIDEWAYS', false)],
          },
          {
            type: 'true_false',
            text: 'NULL equals NULL.',
            points: 1,
            options: [choice('t', 'True', false), choice('f', 'False', true)],
          },
          { type: 'numeric', text: 'How many rows has an empty table?', points: 1, value: 0 },
          { type: 'short_text', text: 'Name the language.', points: 1, accepted_answers: ['SQL'] },
        ])
          await api.call('POST', questions, question, teacher.token)
        await api.call('POST', `/courses/${course.id}/publish`, undefined, teacher.token)

        const context = await newContext(browser, baseUrl)
        const page = await context.newPage()
        const errors = watchConsole(page)
        await logIn(page, student.email, student.password)
        await page.goto(`/app/courses/${course.id}`)
        await expect.poll(() => page.getByLabel('Payment id').count()).toBe(0)
        await page.getByRole('button', { name: 'Enroll and pay' }).click()
        await waitForPath(page, /\/checkout\/cs_test_/)
        await page.getByRole('heading', { name: 'TEST MODE' }).waitFor()

        // Not paid yet: My courses offers the checkout again, and no way into the lessons.
        await page.goto('/app/my-courses')
        const row = page.locator('.enrollment-row', { hasText: title })
        await row.locator('.badge-pending_payment').waitFor()
        expect(await row.getByRole('link', { name: /Continue|Start/ }).count()).toBe(0)
        await row.getByRole('link', { name: 'Complete payment' }).click()
        await page.getByRole('button', { name: /^Pay 49\.00/ }).click()
        await page.getByText('This checkout is closed (enrollment status: active)').waitFor()

        await page.goto('/app/my-courses')
        await row.locator('.badge-active').waitFor()
        await row.getByRole('link', { name: `Continue ${title}` }).click()
        await page.locator('.lesson-link', { hasText: 'Graded check' }).click()
        await page.getByRole('heading', { name: 'Graded check', level: 2 }).waitFor()
        expect(await page.getByLabel('Your score').count()).toBe(0)

        // First attempt: wrong answers are graded as such.
        await page.getByRole('button', { name: 'Start attempt' }).click()
        await page.getByLabel('ORDER BY').check()
        await page.getByLabel('How many rows has an empty table?').fill('3')
        await page.getByRole('button', { name: 'Submit answers' }).click()
        await page.getByText('Score: 0 % — not passed').waitFor()

        // Second attempt: every question type answered right.
        await page.getByRole('button', { name: 'Start a new attempt' }).click()
        await page.getByLabel('WHERE').check()
        await page.getByLabel('INNER').check()
        await page.getByLabel('LEFT').check()
        await page.getByLabel('False').check()
        await page.getByLabel('How many rows has an empty table?').fill('0')
        await page.getByLabel('Name the language.').fill(' sql ')
        await page.getByRole('button', { name: 'Submit answers' }).click()
        await page.getByText('Score: 100 % — passed').waitFor()
        await page.locator('.lesson-link', { hasText: 'Graded check' }).locator('.tick.done').waitFor()
        await screenshot(page, 'graded-quiz')
        expect(await seriousViolations(page)).toEqual([])

        // Both attempts are used: the API's refusal is shown as its message.
        await page.getByRole('button', { name: 'Start a new attempt' }).click()
        await page.getByRole('alert').getByText('This quiz allows 2 attempts; none is left').waitFor()
        expect(errors).toEqual([])
        await context.close()
      })

      it('sorts the catalog by price from the URL, and filters by level', { timeout: 120_000 }, async () => {
        const { browser, baseUrl, tag } = state()
        const api = apiFor(baseUrl)
        const teacher = await api.user(`mo_${tag}`, 'instructor')
        const catalog = [
          { title: 'Statistics in Python', category: 'data science', level: 'intermediate', price: '39.00' },
          { title: 'Web Accessibility in Practice', category: 'web', level: 'beginner', price: '0' },
          { title: 'Distributed Systems', category: 'engineering', level: 'advanced', price: '89.00' },
          { title: 'Writing Clear Documentation', category: 'writing', level: 'beginner', price: '19.99' },
          { title: 'PostgreSQL Performance', category: 'databases', level: 'advanced', price: '59.00' },
        ]
        for (const course of catalog) {
          await api.course(teacher.token, {
            ...course,
            description: `${course.title}: a hands-on course with exercises after every lesson.`,
          })
        }
        const context = await newContext(browser, baseUrl)
        const page = await context.newPage()
        const errors = watchConsole(page)
        await page.goto('/app/?sort=price')
        await page.getByRole('link', { name: 'Distributed Systems' }).waitFor()
        const prices = await page.locator('.course-card .price').allTextContents()
        const amounts = prices.map((price) => (price === 'Free' ? 0 : Number.parseFloat(price)))
        expect(amounts).toEqual([...amounts].sort((a, b) => a - b))
        expect(await page.getByLabel('Sort by').inputValue()).toBe('price')
        await screenshot(page, 'catalog-full')
        await page.getByLabel('Level').selectOption('advanced')
        await waitForPath(page, '?level=advanced&sort=price')
        await expect
          .poll(() => page.locator('.course-card h2').allTextContents())
          .toEqual(['PostgreSQL Performance', 'Distributed Systems'])
        expect(errors).toEqual([])
        await context.close()
      })

      it('fits a 375 px wide phone, and is usable from the keyboard', { timeout: 120_000 }, async () => {
        const { browser, baseUrl, tag } = state()
        const context = await newContext(browser, baseUrl, 375)
        const page = await context.newPage()
        const errors = watchConsole(page)
        await page.goto(`/app/?search=${tag}`)
        await page.getByRole('link', { name: state().courseTitle }).waitFor()
        const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(await overflow()).toBeLessThanOrEqual(0)
        await screenshot(page, 'catalog-375')
        await page.goto(`/app/courses/${state().courseId}`)
        await page.getByRole('heading', { name: 'Outline' }).waitFor()
        expect(await overflow()).toBeLessThanOrEqual(0)
        expect(await seriousViolations(page)).toEqual([])

        // Keyboard only: the skip link comes first, then the search is reachable and submits on Enter.
        await page.goto('/app/')
        await page.getByLabel('Search', { exact: true }).waitFor()
        await page.keyboard.press('Tab')
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
        await page.getByLabel('Search', { exact: true }).focus()
        await page.keyboard.type(tag)
        await page.keyboard.press('Enter')
        await waitForPath(page, `?search=${tag}`)
        await page.getByRole('link', { name: state().courseTitle }).focus()
        await page.keyboard.press('Enter')
        await waitForPath(page, `**/app/courses/${state().courseId}`)
        expect(errors).toEqual([])
        await context.close()
      })

      it('serves the app with its CSP, falls back to index.html for client routes, and keeps / as JSON for API clients', {
        timeout: 120_000,
      }, async () => {
        const { baseUrl } = state()
        const page = await fetch(`${baseUrl}/app/teach/1/roster`)
        expect(page.status).toBe(200)
        expect(page.headers.get('content-type')).toContain('text/html')
        expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
        expect(await page.text()).toContain('<div id="root">')
        const missing = await fetch(`${baseUrl}/app/assets/missing.js`)
        expect(missing.status).toBe(404)
        const banner = await fetch(`${baseUrl}/`)
        expect(await banner.json()).toMatchObject({ message: 'SmartCourse API Gateway' })
        const browserAtRoot = await fetch(`${baseUrl}/`, {
          headers: { accept: 'text/html' },
          redirect: 'manual',
        })
        expect(browserAtRoot.status).toBe(302)
        expect(browserAtRoot.headers.get('location')).toBe('/app/')
      })
    },
  },
)
