// Lit ships a css`` template as written: comments and indentation went to every user (about a
// third of a styles module's bytes). Built code (vite.config.ts) and the size measurements
// (scripts/gzip-size.mjs) pass src/ through this: the static parts of each css`` template lose
// their comments and the whitespace CSS does not need; `${…}` parts are left alone.

/**
 * Only spaces around { } ; and after : go: a space before : is a descendant combinator
 * (`.stale :is(path)`); spaces inside values (`1 / -1`, `calc(a - b)`, and after commas, which a
 * custom property keeps as written) stay, collapsed to one.
 */
export const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/:\s+/g, ':');

/** A Vite/Rolldown plugin applying minifyCss to the css`` templates of modules under `dir`. */
export function minifyCssLiterals(dir) {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!id.startsWith(dir) || !code.includes('css`')) return null;
      // A css tag, not the letters css before a backquote (`*.css` in a comment); the template
      // runs to the first backquote that is not escaped (a comment may quote \`rows\`).
      return code.replace(/(?<![\w.$])css`((?:[^`\\]|\\.)*)`/g, (_, body) => `css\`${body.split(/(\$\{[^}]*\})/).map((part, i) => (i % 2 ? part : minifyCss(part))).join('')}\``);
    },
  };
}
