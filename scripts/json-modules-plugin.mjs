// Lets browser tests import JSON the way Vite does (`import plan from './x.json'`), for the
// stories: an imported .json is served as a JS module, while fetch() still gets plain JSON.
const MARK = 'json-module';

export function jsonModules() {
  return {
    name: 'json-modules',
    resolveImport({ source }) {
      return source.endsWith('.json') ? `${source}?${MARK}` : undefined;
    },
    transform(context) {
      if (!context.URL.searchParams.has(MARK)) return undefined;
      return { body: `export default ${context.body};`, headers: { 'content-type': 'application/javascript' } };
    },
  };
}
