import { describe, expect, it } from 'vitest'
import { loadedFont } from './fonts.js'
import { layoutLine, printable } from './text-layout.js'

const glyphNames = (text: string) => {
  const [run] = layoutLine(text, 'sans-regular')
  const font = loadedFont(run!.face) as unknown as {
    layout(text: string): { glyphs: Array<{ name: string }> }
  }
  return font.layout(run!.text).glyphs.map((glyph) => glyph.name)
}

describe('layoutLine', () => {
  it('keeps a left-to-right line in order, each script in a face that has it', () => {
    const runs = layoutLine('Łukasz 田中', 'serif-bold')
    expect(runs.map((run) => run.text).join('')).toBe('Łukasz 田中')
    // Noto Sans SC comes in files by frequency: 田 and 中 live in different ones.
    for (const han of ['田', '中']) {
      expect(runs.find((run) => run.text.includes(han))?.face.name).toMatch(/^noto-sans-sc-/)
    }
    expect(runs[0]!.face.name).toMatch(/^noto-serif-latin-ext-/)
  })

  it('orders the words of a right-to-left line from right to left (drawn left to right)', () => {
    const runs = layoutLine('محمد بن علي', 'serif-bold').map((run) => run.text)
    expect(runs.filter((text) => text.trim())).toEqual(['علي', 'بن', 'محمد'])
  })

  it('keeps a Latin word inside Arabic text readable left to right', () => {
    const runs = layoutLine('مقدمة SQL 101', 'sans-regular').map((run) => run.text)
    expect(runs.join('')).toContain('SQL 101')
    expect(runs.at(-1)).toBe('مقدمة')
  })

  it('shapes Arabic with its joining forms', () => {
    const names = glyphNames('محمد')
    expect(names.some((name) => name.endsWith('.init'))).toBe(true)
    expect(names.some((name) => name.endsWith('.fina'))).toBe(true)
  })

  it('prints a character no font has as U+FFFD, never as a silent gap', () => {
    const runs = layoutLine('Abebe ሀ', 'sans-regular')
    expect(runs.map((run) => run.text).join('')).toBe('Abebe \uFFFD')
  })
})

describe('printable', () => {
  it('drops control characters, composes accents and collapses spaces', () => {
    expect(printable(' Zoe\u0308\u0007  \n Dvor\u030Cák ')).toBe('Zoë Dvořák')
  })
})
