import { inflateSync } from 'node:zlib'

/** Number of page objects in a PDF (`/Type /Page`, not `/Type /Pages`). */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0
}

/**
 * The text a PDF shows, one line per TJ operation: inflates every content stream (honouring
 * /Length and /FlateDecode) and decodes the hex strings pdfkit writes for the built-in fonts.
 */
export function extractPdfText(pdf: Buffer): string {
  const latin = pdf.toString('latin1')
  const lines: string[] = []
  const header = /<<((?:(?!>>\s*stream)[\s\S])*)>>\s*stream\r?\n/g
  for (let match = header.exec(latin); match; match = header.exec(latin)) {
    const length = Number(/\/Length\s+(\d+)/.exec(match[1]!)?.[1])
    const start = match.index + match[0].length
    let data = pdf.subarray(start, start + length)
    if (/\/FlateDecode/.test(match[1]!)) data = inflateSync(data)
    for (const array of data.toString('latin1').matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...array[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((chunk) => chunk[1]).join('')
      lines.push(Buffer.from(hex, 'hex').toString('latin1'))
    }
  }
  return lines.join('\n')
}
