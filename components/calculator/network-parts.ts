/**
 * What a calculator shows only when it starts from a network preset: the panel of sourced figures, the network
 * model's fields and its summary beside the results. One lazily loaded unit (`network-parts-loader.tsx`), so
 * a custom scenario's first load carries neither this code nor its strings.
 */
export { NetworkModelFields, NetworkModelSummary, yearlyRatesText } from './network-model'
export { PresetPanel } from './preset-panel'
