/**
 * The view model of one row: the row, its derived figures and its text in one locale. Widgets
 * sharing a document share its rows' models (plain, read-only data), cached by document.
 */
import { derive, type IndicatorView } from './derive.js';
import type { Locale } from './messages.js';
import { givenLabel, present, type Presented } from './present.js';
import { indexOf } from './set.js';
import type { Indicator } from './types.js';
import type { ValidatedSet } from './validate.js';

/** One picked row, ready to draw. */
export interface Model {
  row: Indicator;
  view: IndicatorView;
  text: Presented;
}

/**
 * The models made of each row, by locale, magnitude, entity naming and label (a short list:
 * mostly one): bounded by the document's rows × locales × magnitudes × the labels of the page's
 * widgets, and gone with the document. Keyed by the row itself (validate makes every row of every
 * document anew; the set is checked too): no map per document, and no key string: a push to 500
 * widgets looks up 500 models. Each row's models are a chain, mostly of one: no array per row
 * (an array's first push reserved 17 slots: 15 kB per update of 200 one-row bars).
 */
const models = new WeakMap<Indicator, Made>();

interface Made {
  set: ValidatedSet;
  locale: Locale;
  scale: number | null | undefined;
  named: boolean;
  label: string | undefined;
  model: Model;
  /** the row's model made before this one, for other options */
  next: Made | undefined;
}

/** How a row is presented, besides its locale. */
export interface ModelOptions {
  /** a shared magnitude for a column of values (`pickScale`) */
  scale?: number | null;
  /** name the row's entity; by default when the document spans several (a list of one entity's rows does not repeat it) */
  withEntity?: boolean;
  /** the name to show instead of the row's; blank: the row's */
  label?: string;
}

/** Derives and presents `row` of `set` in `locale`, as `opts` ask. */
export function modelOf(set: ValidatedSet, row: Indicator, locale: Locale, opts: ModelOptions = {}): Model {
  const scale = opts.scale;
  const index = indexOf(set);
  const named = opts.withEntity ?? index.withEntity;
  const label = givenLabel(opts.label); // blank: one model with the unlabelled row
  const first = models.get(row);
  for (let m = first; m; m = m.next)
    if (m.set === set && m.locale === locale && Object.is(m.scale, scale) && m.named === named && m.label === label) return m.model;
  const view = derive(row, { entities: index.entities });
  const model = { row, view, text: present(view, { locale, withEntity: named, scale, label }) };
  models.set(row, { set, locale, scale, named, label, model, next: first });
  return model;
}
