/** /learn/section/<section>/difficulty/<difficulty>: both filters (works without JavaScript). */
export {
  FilteredLearnPage as default,
  generateFilteredMetadata as generateMetadata,
  sectionDifficultyParams as generateStaticParams,
} from '../../../../_filtered-page'

export const dynamicParams = false
