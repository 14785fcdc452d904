/**
 * Option lists for Storybook controls, read from the custom-elements manifest (the elements'
 * own union types), so a story never restates what an attribute accepts.
 */
import manifest from '../custom-elements.json';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; type?: { text: string } }[];
}

/** The string values an attribute's union type allows: `'arc' | 'semi' | 'ring'` → ['arc', 'semi', 'ring']. */
export function optionsOf(tag: string, attribute: string): string[] {
  const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []) as Declaration[]);
  const text = declarations.find((d) => d.tagName === tag)?.attributes?.find((a) => a.name === attribute)?.type?.text;
  const options = [...(text ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]);
  if (options.length === 0) throw new Error(`custom-elements.json: <${tag} ${attribute}> has no union of strings`);
  return options;
}
