// fontkit ships no types; pdfkit accepts the fonts it creates as they are.
declare module 'fontkit' {
  export interface Font {
    layout(text: string): unknown
  }
  export function create(buffer: Uint8Array): Font
}
