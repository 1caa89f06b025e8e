/** What the render pipeline learns about a page while rendering it; read by pages and aggregates. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
  /** Headings that title a callout are anchors but not table-of-contents entries. */
  insideCallout: boolean;
}

export interface RenderedImage {
  src: string;
  alt: string;
}

export interface RenderData {
  headings: RenderedHeading[];
  images: RenderedImage[];
  /** Languages of highlighted code blocks, to load only the grammars a lesson uses. */
  languages: Set<string>;
}

export const emptyRenderData = (): RenderData => ({ headings: [], images: [], languages: new Set() });
