/** /learn/section/<section>: the learning path filtered to one section (works without JavaScript). */
export {
  FilteredLearnPage as default,
  generateFilteredMetadata as generateMetadata,
  sectionParams as generateStaticParams,
} from '../../_filtered-page'

export const dynamicParams = false
