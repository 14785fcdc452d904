/**
 * The one way core and the widgets remember what they made (parsed dates, units, date texts,
 * default bands, path strings): a Map emptied once it holds more than `limit` entries. A page's
 * working set is small and stable, and whatever outgrows the limit is simply made again.
 */

/**
 * Keeps `value` under `key` and returns it. No callback to make the value: this runs for every
 * figure of every update, also before V8 optimises it, where a closure per call allocates.
 */
export function keep<K, V>(cache: Map<K, V>, key: K, value: V, limit: number): V {
  if (cache.size > limit) cache.clear();
  cache.set(key, value);
  return value;
}
