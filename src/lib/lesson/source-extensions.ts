/**
 * Which files a lesson's pages come from, by extension, in one place for the source list, the
 * copied files and the toolchains' old addresses (a file that is a page is never also copied).
 *
 * Jekyll renders Markdown by its default `markdown_ext` (`md`, `markdown`, `mkdown`, `mkdn`,
 * `mkd`) whatever the case, since its converter compares the extension lowercased: `01-intro.MD`
 * is an episode. R Markdown was knitted to Markdown before Jekyll or pandoc ran, and HTML with
 * frontmatter is a page in a styles lesson.
 */
export const markdownSource = /\.(?:md|markdown|mkdown|mkdn|mkd|Rmd)$/i;
export const htmlSource = /\.html$/i;
export const stylesSource = /\.(?:md|markdown|mkdown|mkdn|mkd|Rmd|html)$/i;
