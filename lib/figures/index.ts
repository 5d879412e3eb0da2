/**
 * Figures of the guide as pure data and geometry (no React): chart models computed by the engine, diagram
 * models, and their layouts at the two sizes every figure is drawn at. See README.md.
 */
export { CHARTS, CHART_IDS, isChartId } from './charts/index'
export type { ChartId } from './charts/index'
export { DIAGRAMS, DIAGRAM_IDS, isDiagramId } from './diagrams/index'
export type { DiagramId } from './diagrams/index'
export type * from './chart-model'
export type * from './diagram-model'
export type * from './layout-types'
export { NARROW, WIDE } from './layout-types'
export { layoutLineChart } from './chart-layout'
export type { AxisTick, LineChartLayout, PositionedMarker, PositionedRule } from './chart-layout'
export { layoutTimeline } from './timeline-layout'
export type { PositionedSegment, PositionedTimelineRow, TimelineLayout } from './timeline-layout'
export { layoutDiagram } from './diagram-layout'
export type { DiagramLayout, PositionedEdge, PositionedNode } from './diagram-layout'
