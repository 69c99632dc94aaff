import QRCode from 'qrcode'

/** Draws a QR code of `text` as vector squares, `size` points wide, top-left at (x, y). */
export function drawQrCode(
  doc: PDFKit.PDFDocument,
  text: string,
  area: { x: number; y: number; size: number },
) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const cell = area.size / modules.size
  doc.save()
  doc.rect(area.x - cell * 2, area.y - cell * 2, area.size + cell * 4, area.size + cell * 4).fill('#ffffff')
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) doc.rect(area.x + column * cell, area.y + row * cell, cell, cell)
    }
  }
  doc.fill('#000000')
  doc.restore()
}
