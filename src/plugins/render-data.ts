import type { RuleId } from '../lib/rules.ts';

/** What the render pipeline learns about a page while rendering it; read by pages and aggregates. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
  /**
   * The heading as inline HTML when it holds TeX: the table of contents shows the formula, as
   * the page does, not its source.
   */
  html?: string;
  /** Headings that title a callout are anchors but not table-of-contents entries. */
  insideCallout: boolean;
}

export interface RenderedImage {
  src: string;
  alt: string;
}

/** Items of Workbench `questions`/`objectives`/`keypoints` divs, as inline Markdown. */
export interface LiftedItems {
  questions: string[];
  objectives: string[];
  keypoints: string[];
}

/**
 * A problem found while rendering (an attribute list with nothing to attach to, a KaTeX error),
 * at its line in the prepared Markdown; the loader maps it to the author's line.
 */
export interface RenderProblem {
  rule: RuleId;
  severity: 'warning' | 'notice';
  message: string;
  hint?: string;
  /** 1-based line in the prepared Markdown; 0 when unknown. */
  line: number;
  /**
   * Text as the prepared Markdown has it (a URL), to find the line by when the tree has no
   * positions (hast from satteri has none): the first line holding it.
   */
  near?: string;
}

/** A lesson file published only because the page links to it (see `LessonTarget.linked`). */
interface LinkedFile {
  /** Site path without the leading slash. */
  sitePath: string;
  lessonFile: string;
}

export interface RenderData {
  headings: RenderedHeading[];
  images: RenderedImage[];
  /** Lesson files the page links to that only the link publishes. */
  linkedFiles: LinkedFile[];
  /**
   * Lesson paths the page's links name that are not in the lesson: if one appears, the page
   * resolves differently, so its cached HTML is stale.
   */
  missingFiles: string[];
  /** Languages of highlighted code blocks, to load only the grammars a lesson uses. */
  languages: Set<string>;
  /** The page has math, so it needs KaTeX's stylesheet. */
  math: boolean;
  /** The page has a click-to-load frame, so it needs the embeds stylesheet. */
  embeds: boolean;
  /** The page has a tab set, so it needs the tabs stylesheet. */
  tabs: boolean;
  lifted: LiftedItems;
  /** Outer HTML of each instructor-only callout, for the instructor notes page. */
  instructorNotes: string[];
  /** The page's body starts with its own `<h1>`, so the layout adds none. */
  hasOwnH1: boolean;
  problems: RenderProblem[];
}

export const emptyRenderData = (): RenderData => ({
  headings: [],
  images: [],
  linkedFiles: [],
  missingFiles: [],
  languages: new Set(),
  math: false,
  embeds: false,
  tabs: false,
  lifted: { questions: [], objectives: [], keypoints: [] },
  instructorNotes: [],
  hasOwnH1: false,
  problems: [],
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
