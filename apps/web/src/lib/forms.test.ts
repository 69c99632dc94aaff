import { describe, expect, it } from 'vitest'
import {
  coursePayload,
  emptyCourseForm,
  emptyLessonForm,
  lessonFormFrom,
  lessonPayload,
  minutesSince,
  moveId,
  readCatalogQuery,
  writeCatalogQuery,
} from './forms'

describe('course form', () => {
  it('sends blanks as null and keeps what the API must judge as typed', () => {
    expect(coursePayload({ ...emptyCourseForm, title: '  Intro to SQL ', price: '' })).toEqual({
      title: 'Intro to SQL',
      description: null,
      category: null,
      level: null,
      price: '0',
      max_students: null,
    })
    const typed = coursePayload({ ...emptyCourseForm, title: 'x', price: '12.345', max_students: 'ten' })
    // Not rounded or dropped: the API answers 422 with a detail shown at the field.
    expect(typed.price).toBe('12.345')
    expect(typed.max_students).toBe('ten')
    expect(coursePayload({ ...emptyCourseForm, max_students: '25' }).max_students).toBe(25)
  })
})

describe('lesson form', () => {
  it('sends the video URL only for video lessons and the content only for the others', () => {
    const video = lessonPayload({
      ...emptyLessonForm,
      title: 'Joins',
      type: 'video',
      video_url: ' https://v.example/j ',
      content: 'x',
    })
    expect(video).toMatchObject({ type: 'video', video_url: 'https://v.example/j', content: null })
    const text = lessonPayload({
      ...emptyLessonForm,
      title: 'Rows',
      content: 'Rows and columns',
      video_url: 'https://v',
    })
    expect(text).toMatchObject({
      type: 'text',
      content: 'Rows and columns',
      video_url: null,
      duration_minutes: null,
    })
    expect(lessonPayload({ ...emptyLessonForm, duration_minutes: '12' }).duration_minutes).toBe(12)
  })

  it('edits a stored lesson with its nulls as blanks and its duration as text', () => {
    const stored = { ...emptyLessonForm, title: 'Joins', content: null, video_url: null, duration_minutes: 7 }
    expect(lessonFormFrom(stored)).toEqual({ ...emptyLessonForm, title: 'Joins', duration_minutes: '7' })
    expect(lessonFormFrom({ ...stored, duration_minutes: null }).duration_minutes).toBe('')
  })
})

describe('reordering', () => {
  it('swaps with the neighbour and leaves the ends alone', () => {
    expect(moveId([1, 2, 3], 2, -1)).toEqual([2, 1, 3])
    expect(moveId([1, 2, 3], 2, 1)).toEqual([1, 3, 2])
    expect(moveId([1, 2, 3], 1, -1)).toEqual([1, 2, 3])
    expect(moveId([1, 2, 3], 3, 1)).toEqual([1, 2, 3])
    expect(moveId([1, 2, 3], 9, 1)).toEqual([1, 2, 3])
  })
})

describe('catalog query in the URL', () => {
  it('round-trips the filters and drops defaults', () => {
    const query = readCatalogQuery(new URLSearchParams('search=sql&level=beginner&sort=price&page=2'))
    expect(query).toEqual({ search: 'sql', category: '', level: 'beginner', sort: 'price', page: 2 })
    expect(writeCatalogQuery(query).toString()).toBe('search=sql&level=beginner&sort=price&page=2')
    expect(writeCatalogQuery({ ...query, sort: 'newest', page: 1, level: '' }).toString()).toBe('search=sql')
  })

  it('ignores values the API would refuse', () => {
    expect(readCatalogQuery(new URLSearchParams('level=expert&sort=rating&page=-3'))).toMatchObject({
      level: '',
      sort: 'newest',
      page: 1,
    })
  })
})

describe('time spent', () => {
  it('counts whole minutes within 0..1440', () => {
    expect(minutesSince(0, 89_000)).toBe(1)
    expect(minutesSince(0, 10 * 60_000)).toBe(10)
    expect(minutesSince(0, 3 * 86_400_000)).toBe(1440)
    expect(minutesSince(1000, 0)).toBe(0)
  })
})
