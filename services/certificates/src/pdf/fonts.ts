import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { create, type Font } from 'fontkit'
import { woffToSfnt } from './woff.js'

/**
 * The fonts a certificate is printed with: Noto (SIL Open Font License 1.1) from the @fontsource
 * packages, which split each family into files by Unicode range. Every character is printed with
 * the first face of its style that covers it: Noto Serif/Sans for Latin, Greek and Cyrillic, then
 * Noto Sans Arabic, Noto Sans Hebrew, Noto Sans KR (hangul) and Noto Sans SC (Chinese, Japanese kana).
 * WOFF (1.0) files: fontkit subsets them for embedding; its WOFF2 path breaks on composite glyphs.
 */
export type FontStyle = 'serif-bold' | 'serif-regular' | 'sans-regular' | 'sans-bold'

export interface FontFace {
  /** Name the face is registered under in a PDF document. */
  name: string
  file: string
  ranges: Array<[number, number]>
  only?: RegExp
}

const require = createRequire(import.meta.url)

interface FamilySpec {
  pkg: string
  /** File name of a subset: `${prefix}-${subset}-${weight}-normal.woff` (CJK: subset is a number). */
  prefix: string
  /** Characters this family is used for (default: all it covers). */
  only?: RegExp
}

const SERIF: FamilySpec = { pkg: '@fontsource/noto-serif', prefix: 'noto-serif' }
const SANS: FamilySpec = { pkg: '@fontsource/noto-sans', prefix: 'noto-sans' }
const ARABIC: FamilySpec = { pkg: '@fontsource/noto-sans-arabic', prefix: 'noto-sans-arabic' }
const HEBREW: FamilySpec = { pkg: '@fontsource/noto-sans-hebrew', prefix: 'noto-sans-hebrew' }
const CJK: FamilySpec = { pkg: '@fontsource/noto-sans-sc', prefix: 'noto-sans-sc' }
// Noto Sans SC has only the commonest hangul syllables; Korean comes from Noto Sans KR.
const HANGUL: FamilySpec = {
  pkg: '@fontsource/noto-sans-kr',
  prefix: 'noto-sans-kr',
  only: /\p{Script=Hangul}/u,
}

const STYLES: Record<FontStyle, { families: FamilySpec[]; weight: number }> = {
  'serif-bold': { families: [SERIF, SANS, ARABIC, HEBREW, HANGUL, CJK], weight: 700 },
  'serif-regular': { families: [SERIF, SANS, ARABIC, HEBREW, HANGUL, CJK], weight: 400 },
  'sans-regular': { families: [SANS, ARABIC, HEBREW, HANGUL, CJK], weight: 400 },
  'sans-bold': { families: [SANS, ARABIC, HEBREW, HANGUL, CJK], weight: 700 },
}

function parseRanges(unicodeRange: string): Array<[number, number]> {
  return unicodeRange.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-')
    const start = Number.parseInt(from!, 16)
    return [start, to === undefined ? start : Number.parseInt(to, 16)]
  })
}

function facesOf(family: FamilySpec, weight: number): FontFace[] {
  const folder = dirname(require.resolve(`${family.pkg}/unicode.json`))
  const subsets = JSON.parse(readFileSync(join(folder, 'unicode.json'), 'utf8')) as Record<string, string>
  return Object.entries(subsets).map(([subset, range]) => {
    const key = subset.replace(/^\[(\d+)\]$/, '$1')
    const base = `${family.prefix}-${key}-${weight}-normal`
    return {
      name: base,
      file: join(folder, 'files', `${base}.woff`),
      ranges: parseRanges(range),
      only: family.only,
    }
  })
}

const facesByStyle = new Map<FontStyle, FontFace[]>()
const fontCache = new Map<string, Font>()

function facesFor(style: FontStyle): FontFace[] {
  let faces = facesByStyle.get(style)
  if (!faces) {
    const { families, weight } = STYLES[style]
    faces = families.flatMap((family) => facesOf(family, weight))
    facesByStyle.set(style, faces)
  }
  return faces
}

const covers = (face: FontFace, codePoint: number) =>
  face.ranges.some(([from, to]) => codePoint >= from && codePoint <= to)

/** The face of this style that prints the character; undefined when no face has it. */
export function faceFor(style: FontStyle, codePoint: number): FontFace | undefined {
  const char = String.fromCodePoint(codePoint)
  return facesFor(style).find((face) => covers(face, codePoint) && (!face.only || face.only.test(char)))
}

/** Whether this face has the character (spaces and marks stay with their neighbours when it does). */
export function faceCovers(face: FontFace, codePoint: number): boolean {
  return covers(face, codePoint)
}

/**
 * The parsed font of a face, read and parsed once per process: pdfkit embeds a subset of it in
 * each document (parsing a WOFF again for every PDF would cost most of the rendering time).
 */
export function loadedFont(face: FontFace): Font {
  let font = fontCache.get(face.file)
  if (!font) {
    font = create(woffToSfnt(readFileSync(face.file)))
    fontCache.set(face.file, font)
  }
  return font
}
