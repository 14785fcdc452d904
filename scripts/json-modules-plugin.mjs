// Lets browser tests import JSON and CSS the way Vite does, for the stories and the demo:
// `import plan from './x.json'` gives the data; `import './x.css'` adds the styles to the
// page. fetch() of the same files still gets them as they are.
const MARK = 'as-module';

export function jsonModules() {
  return {
    name: 'json-and-css-modules',
    resolveImport({ source }) {
      return /\.(json|css)$/.test(source) ? `${source}?${MARK}` : undefined;
    },
    transform(context) {
      if (!context.URL.searchParams.has(MARK)) return undefined;
      const body = context.path.endsWith('.css')
        ? `const style = document.createElement('style');\nstyle.textContent = ${JSON.stringify(context.body)};\ndocument.head.append(style);\nexport default style.textContent;`
        : `export default ${context.body};`;
      return { body, headers: { 'content-type': 'application/javascript' } };
    },
  };
}
