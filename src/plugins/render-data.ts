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
  /** The page has math, so it needs KaTeX's stylesheet. */
  math: boolean;
}

export const emptyRenderData = (): RenderData => ({
  headings: [],
  images: [],
  languages: new Set(),
  math: false,
});

declare module 'satteri' {
  interface DataMap {
    /** What our plugins collect while rendering one page. */
    lesson: RenderData;
  }
}

/** The page's render data; `renderLessonMarkdown` always seeds it. */
export function renderDataOf(data: { lesson?: RenderData }): RenderData {
  if (!data.lesson)
    throw new Error('render data missing: call renderLessonMarkdown, which seeds it');
  return data.lesson;
}
