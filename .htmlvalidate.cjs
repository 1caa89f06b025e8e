/**
 * html-validate configuration for the built lesson pages (tests/e2e/html-valid.spec.ts runs it
 * over dist/; `npx html-validate 'dist/**\/*.html'` does the same by hand).
 *
 * A .cjs file rather than .htmlvalidate.json so that every departure from the recommended preset
 * can say why (the JSON schema forbids extra keys such as "//"). No rule is switched off without a
 * reason here; two are configured rather than switched off.
 */
module.exports = {
  extends: ['html-validate:recommended'],
  rules: {
    // Ids may start with a digit: HTML5 allows any id without whitespace, and ours come from file
    // names and headings that lessons have linked to for years (`/01-introduction/`, Jekyll's
    // `#01-introduction-…` on the all-in-one page). Relaxed mode still rejects empty ids and
    // whitespace; only the "must begin with a letter" habit from HTML 4 is dropped.
    'valid-id': ['error', { relaxed: true }],

    // Syntax highlighting (shiki, two themes) colours each token with an inline
    // `color: light-dark(…)` plus custom properties; token colours are data from the grammar, not
    // page structure, and a class per colour would need a generated stylesheet per theme pair.
    // Any other inline property (layout, spacing) is still an error.
    'no-inline-style': ['error', { allowedProperties: ['display', 'color', 'background-color'] }],

    // Off: the document title is "<page title> – <lesson title>", both written by the lesson's
    // author; a long one is a search-engine truncation concern, not invalid markup, and the
    // generator cannot shorten it without hiding part of a title.
    'long-title': 'off',
  },
};
