import type { ReactNode } from 'react'
import { moveId } from '../../lib/forms'
import type { Placement } from './types'

/** The placement of the `index`th of `ids`; a move hands the ids in their new order to `reorder`. */
function placementIn(ids: number[], index: number, reorder: (ids: number[]) => void): Placement {
  return {
    first: index === 0,
    last: index === ids.length - 1,
    onMove: (direction) => reorder(moveId(ids, ids[index]!, direction)),
  }
}

/** An `<ol>` of modules or lessons; `children` draws one (a keyed `<li>`) with its place in the list. */
export function OrderedList<T>(props: {
  className: string
  items: T[]
  idOf: (item: T) => number
  reorder: (ids: number[]) => void
  children: (item: T, placement: Placement) => ReactNode
}) {
  const ids = props.items.map(props.idOf)
  return (
    <ol className={props.className}>
      {props.items.map((item, index) => props.children(item, placementIn(ids, index, props.reorder)))}
    </ol>
  )
}

const MOVES = [
  { direction: -1, word: 'up', arrow: '↑' },
  { direction: 1, word: 'down', arrow: '↓' },
] as const

/** The ↑ and ↓ buttons of a module or lesson; `label` names it for screen readers ("lesson Joins"). */
export function MoveButtons({ label, placement }: { label: string; placement: Placement }) {
  return (
    <span className="move-buttons">
      {MOVES.map(({ direction, word, arrow }) => (
        <button
          key={word}
          type="button"
          className="icon-button"
          disabled={direction < 0 ? placement.first : placement.last}
          aria-label={`Move ${label} ${word}`}
          onClick={() => placement.onMove(direction)}
        >
          {arrow}
        </button>
      ))}
    </span>
  )
}

/** A Delete button that asks `question` first. */
export function DeleteButton(props: { label: string; question: string; onConfirmed: () => void }) {
  return (
    <button
      type="button"
      className="button button-ghost button-danger button-small"
      aria-label={props.label}
      onClick={() => {
        if (window.confirm(props.question)) props.onConfirmed()
      }}
    >
      Delete
    </button>
  )
}
