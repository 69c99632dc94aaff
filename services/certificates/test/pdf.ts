import { inflateSync } from 'node:zlib'
import jsQRModule from 'jsqr'
import { getDocumentProxy } from 'unpdf'

// jsqr is CommonJS: depending on the loader its default import is the function or holds it.
const jsQR = ((jsQRModule as { default?: unknown }).default ?? jsQRModule) as typeof jsQRModule.default

/** Number of page objects in a PDF (`/Type /Page`, not `/Type /Pages`). */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0
}

export interface PdfTextItem {
  text: string
  /** Left edge and baseline in PDF points (origin bottom left). */
  x: number
  y: number
}

/** The text pieces of the first page as pdf.js (through unpdf) reads them back, with positions. */
export async function pdfTextItems(pdf: Buffer): Promise<PdfTextItem[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf))
  const page = await document.getPage(1)
  const content = await page.getTextContent()
  const items: PdfTextItem[] = []
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue
    items.push({ text: item.str, x: item.transform[4], y: item.transform[5] })
  }
  await document.cleanup()
  return items
}

/**
 * The text of the first page, one line per baseline (top to bottom), pieces of a line joined in
 * drawing order: what a reader copying the text out of a PDF viewer gets.
 */
export async function extractPdfText(pdf: Buffer): Promise<string> {
  const lines = new Map<number, PdfTextItem[]>()
  for (const item of await pdfTextItems(pdf)) {
    const key = Math.round(item.y)
    lines.set(key, [...(lines.get(key) ?? []), item])
  }
  return [...lines.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, items]) => items.map((item) => item.text).join(''))
    .join('\n')
}

/**
 * Decodes the QR code drawn on the first page: collects the small squares of the content stream
 * (the code's dark modules, `x y w w re`), paints them into a bitmap with a quiet zone and reads
 * it with jsQR. Undefined when there is no readable code.
 */
export function decodePdfQrCode(pdf: Buffer): string | undefined {
  const latin = pdf.toString('latin1')
  const header = /<<((?:(?!>>\s*stream)[\s\S])*)>>\s*stream\r?\n/g
  const squares: Array<[number, number, number]> = []
  for (let match = header.exec(latin); match; match = header.exec(latin)) {
    const length = Number(/\/Length\s+(\d+)/.exec(match[1]!)?.[1])
    const start = match.index + match[0].length
    let data = pdf.subarray(start, start + length)
    if (/\/FlateDecode/.test(match[1]!)) data = inflateSync(data)
    if (/\/Subtype\s*\/(Image|Type0|CIDFontType2|TrueType)|\/Length1/.test(match[1]!)) continue
    for (const op of data.toString('latin1').matchAll(/([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re/g)) {
      const [x, y, w, h] = op.slice(1, 5).map(Number) as [number, number, number, number]
      if (Math.abs(w - h) < 1e-6 && w < 4) squares.push([x, y, w])
    }
  }
  if (squares.length === 0) return undefined
  const cell = squares[0]![2]
  const minX = Math.min(...squares.map(([x]) => x))
  const minY = Math.min(...squares.map(([, y]) => y))
  const modules = Math.round((Math.max(...squares.map(([x]) => x)) - minX) / cell) + 1
  const scale = 6
  const size = (modules + 8) * scale
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255)
  for (const [x, y] of squares) {
    const column = Math.round((x - minX) / cell) + 4
    const row = Math.round((y - minY) / cell) + 4
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const offset = ((row * scale + dy) * size + column * scale + dx) * 4
        pixels[offset] = pixels[offset + 1] = pixels[offset + 2] = 0
      }
    }
  }
  return jsQR(pixels, size, size)?.data
}
