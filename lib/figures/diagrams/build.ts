import type { DiagramEdge, DiagramNode, GridPlace } from '../diagram-model'

/** A node without its placements (the helpers below add them). */
export type UnplacedNode = Omit<DiagramNode, 'wide' | 'narrow'>

/**
 * Steps read in order: left to right in one row on wide columns, top to bottom in one column on phones
 * (the phone column starts at row `firstRow`).
 */
export function steps(nodes: readonly UnplacedNode[], firstRow = 0): DiagramNode[] {
  return nodes.map((node, i) => ({
    ...node,
    wide: { col: i, row: 0 },
    narrow: { col: 0, row: firstRow + i },
  }))
}

/** The same grid place on wide columns and on phones (stacks and grids that fit both). */
export const everywhere = (place: GridPlace): Pick<DiagramNode, 'wide' | 'narrow'> => ({
  wide: place,
  narrow: place,
})

/** An arrow from each node to the next, in the order given. */
export function chain(...ids: readonly string[]): DiagramEdge[] {
  return ids.slice(1).map((to, i) => ({ from: ids[i]!, to }))
}
