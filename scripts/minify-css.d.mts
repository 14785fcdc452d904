/** Types of scripts/minify-css.mjs (for vite.config.ts). */
export declare function minifyCss(text: string): string;
export declare function minifyCssLiterals(dir: string): { name: string; transform(code: string, id: string): string | null };
