import bidiExport, { type Bidi } from 'bidi-js'
import { type FontFace, type FontStyle, faceCovers, faceFor, loadedFont } from './fonts.js'

// bidi-js is CommonJS: its default import is the factory itself, whatever its typings say.
const bidi = (bidiExport as unknown as () => Bidi)()
const REPLACEMENT = 0xfffd
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}]/u
const JOINS_PREVIOUS = /^[\p{M}\u200c\u200d]$/u

/** A piece of a line printed in one face, in the order it is drawn (left to right). */
export interface Run {
  text: string
  face: FontFace
}

/** What is printed: no control characters, composed (NFC), every character in a face that has it. */
export function printable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cs}\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Splits a line into runs of one face and one direction, and orders them for drawing by the
 * Unicode bidirectional algorithm (bidi-js): an Arabic or Hebrew name reads right to left, a
 * Latin course title with an Arabic word in it keeps its order. fontkit shapes each run (Arabic
 * joining forms, ligatures) and reverses right-to-left runs itself.
 */
export function layoutLine(
  line: string,
  style: FontStyle,
  direction: 'ltr' | 'rtl' | 'auto' = 'auto',
): Run[] {
  const { levels } = bidi.getEmbeddingLevels(line, direction)
  const pieces: Array<{ text: string; face: FontFace; level: number }> = []
  let index = 0
  for (const char of line) {
    const codePoint = char.codePointAt(0)!
    const level = levels[index]!
    index += char.length
    const last = pieces.at(-1)
    const stays =
      last !== undefined &&
      last.level === level &&
      (JOINS_PREVIOUS.test(char) || faceCovers(last.face, codePoint)) &&
      (faceFor(style, codePoint) === last.face || !/\p{L}|\p{N}/u.test(char))
    if (stays) {
      last.text += char
      continue
    }
    const face = faceFor(style, codePoint)
    const text = face ? char : String.fromCodePoint(REPLACEMENT)
    pieces.push({ text, face: face ?? faceFor(style, REPLACEMENT)!, level })
  }
  // Rule L2: from the highest level down to the lowest odd one, reverse every sequence at or above it.
  const maxLevel = Math.max(0, ...pieces.map((piece) => piece.level))
  const minOdd = Math.min(
    ...pieces.map((piece) => piece.level).filter((level) => level % 2 === 1),
    maxLevel + 1,
  )
  for (let level = maxLevel; level >= minOdd; level--) {
    for (let start = 0; start < pieces.length; start++) {
      if (pieces[start]!.level < level) continue
      let end = start
      while (end + 1 < pieces.length && pieces[end + 1]!.level >= level) end++
      pieces.splice(start, end - start + 1, ...pieces.slice(start, end + 1).reverse())
      start = end
    }
  }
  return pieces.map((piece) => ({
    face: piece.face,
    // fontkit reverses runs of right-to-left letters; a right-to-left run of neutrals (". ") is reversed here.
    text:
      piece.level % 2 === 1 && !RTL_LETTER.test(piece.text)
        ? [...piece.text]
            .reverse()
            .map((c) => bidi.getMirroredCharacter(c) ?? c)
            .join('')
        : piece.text,
  }))
}

/** The paragraph direction of a text (first strong character), used for each of its lines. */
export function directionOf(text: string): 'ltr' | 'rtl' {
  return bidi.getEmbeddingLevels(text).paragraphs[0]?.level === 1 ? 'rtl' : 'ltr'
}

const registered = new WeakMap<PDFKit.PDFDocument, Set<string>>()

function useFace(doc: PDFKit.PDFDocument, face: FontFace, size: number) {
  let names = registered.get(doc)
  if (!names) {
    names = new Set()
    registered.set(doc, names)
  }
  if (!names.has(face.name)) {
    // pdfkit takes a parsed fontkit font as well as bytes (its typings only list the bytes).
    doc.registerFont(face.name, loadedFont(face) as unknown as Buffer)
    names.add(face.name)
  }
  return doc.font(face.name).fontSize(size)
}

export function widthOf(doc: PDFKit.PDFDocument, runs: Run[], size: number): number {
  return runs.reduce((sum, run) => sum + useFace(doc, run.face, size).widthOfString(run.text), 0)
}

/** Draws runs on one baseline, centred on `centerX` or starting at `left`. */
export function drawRuns(
  doc: PDFKit.PDFDocument,
  runs: Run[],
  options: {
    baseline: number
    size: number
    color: string
    characterSpacing?: number
  } & ({ centerX: number } | { left: number }),
) {
  const spacing = options.characterSpacing ?? 0
  const width =
    widthOf(doc, runs, options.size) +
    spacing * Math.max(0, runs.reduce((n, run) => n + [...run.text].length, 0) - 1)
  let x = 'left' in options ? options.left : options.centerX - width / 2
  for (const run of runs) {
    useFace(doc, run.face, options.size).fillColor(options.color).text(run.text, x, options.baseline, {
      lineBreak: false,
      baseline: 'alphabetic',
      characterSpacing: spacing,
    })
    x += doc.widthOfString(run.text, { characterSpacing: spacing }) + spacing
  }
}

/**
 * Breaks a text into at most `maxLines` lines no wider than `maxWidth` at the largest size from
 * `size` down to `minSize`; what still does not fit ends in an ellipsis. Always fits its box.
 */
export function fitText(
  doc: PDFKit.PDFDocument,
  text: string,
  style: FontStyle,
  box: { maxWidth: number; size: number; minSize: number; maxLines: number },
): { lines: Run[][]; size: number } {
  const clean = printable(text)
  const direction = directionOf(clean)
  const words = clean.split(' ')
  const measure = (line: string, size: number) => widthOf(doc, layoutLine(line, style, direction), size)
  for (let size = box.size; size >= box.minSize; size -= 1) {
    const lines = wrap(words, (line) => measure(line, size) <= box.maxWidth)
    if (lines && lines.length <= box.maxLines) {
      return { lines: lines.map((line) => layoutLine(line, style, direction)), size }
    }
  }
  // Too long even at the smallest size: fill the lines, then cut the last one with an ellipsis.
  const size = box.minSize
  const fits = (line: string) => measure(line, size) <= box.maxWidth
  const lines: string[] = []
  let rest = [...clean]
  while (lines.length < box.maxLines - 1 && rest.length > 0) {
    const take = longestPrefix(rest, fits, true)
    lines.push(rest.slice(0, take).join('').trim())
    rest = rest.slice(take)
  }
  const take = longestPrefix(rest, (line) => fits(`${line.trimEnd()}…`), false)
  lines.push(`${rest.slice(0, take).join('').trimEnd()}…`)
  return { lines: lines.map((line) => layoutLine(line, style, direction)), size }
}

/** Greedy word wrap; undefined when one word alone is too wide. */
function wrap(words: string[], fits: (line: string) => boolean): string[] | undefined {
  const lines: string[] = []
  let current = ''
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word
    if (fits(candidate)) current = candidate
    else if (current && fits(word)) {
      lines.push(current)
      current = word
    } else return undefined
  }
  if (current) lines.push(current)
  return lines
}

/** How many of these characters fit (at a space when `atSpace` and there is one). */
function longestPrefix(chars: string[], fits: (line: string) => boolean, atSpace: boolean): number {
  let low = 0
  let high = chars.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (fits(chars.slice(0, mid).join(''))) low = mid
    else high = mid - 1
  }
  if (atSpace && low < chars.length) {
    const space = chars.lastIndexOf(' ', low)
    if (space > 0) return space + 1
  }
  return Math.max(low, 1)
}
