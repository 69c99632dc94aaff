import { gunzipSync, gzipSync } from 'node:zlib'

/** Bits in one status list: the Bitstring Status List minimum (16 KiB), for herd privacy. */
export const STATUS_LIST_SIZE = 131_072

/** Where a certificate's revocation bit lives: its id, split into a list number and an index in it. */
export function statusPosition(certificateId: number) {
  return { list: Math.floor(certificateId / STATUS_LIST_SIZE), index: certificateId % STATUS_LIST_SIZE }
}

/** `encodedList`: the bitstring (index 0 = leftmost bit) gzipped, as multibase base64url ("u…"). */
export function encodeStatusList(setIndexes: number[]): string {
  const bits = new Uint8Array(STATUS_LIST_SIZE / 8)
  for (const index of setIndexes) bits[index >> 3]! |= 0x80 >> (index & 7)
  return `u${gzipSync(bits).toString('base64url')}`
}

/** Whether the bit at `index` is set in an `encodedList`. */
export function statusBit(encodedList: string, index: number): boolean {
  if (!encodedList.startsWith('u')) throw new Error('encodedList must be multibase base64url')
  const bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'))
  return ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0
}
