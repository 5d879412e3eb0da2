/** /learn/difficulty/<difficulty>: the learning path filtered to one difficulty (works without JavaScript). */
export {
  FilteredLearnPage as default,
  generateFilteredMetadata as generateMetadata,
  difficultyParams as generateStaticParams,
} from '../../_filtered-page'

export const dynamicParams = false
