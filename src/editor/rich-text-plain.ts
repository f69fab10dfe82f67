// The plain-text rendering lives in the domain so the core and the renderer share one implementation.
export { collectRefs, richTextToPlain } from '../shared/domain/rich-text-plain'
