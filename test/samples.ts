/** The sample documents, served from demo/data by the test server (never from ../shared). */
export const SAMPLE_FILES = ['gaoxin-2024-plan.json', 'gaoxin-2022.json', 'parks-2019.json', 'parks-demo.json'] as const;

export async function loadSample(name: (typeof SAMPLE_FILES)[number]): Promise<unknown> {
  const res = await fetch(`/demo/data/${name}`);
  if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
  return res.json();
}
