/** What a reference chip stores: the id of what it points at and the label it shows. */
export interface RefAttrs {
  id: string
  label: string
}

/** Opens what a chip points at (a statement in the reader, a theme's statements). */
export type OpenRef = (attrs: RefAttrs) => unknown
