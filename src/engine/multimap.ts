/** Adds `value` to the list `map` keeps under `key` (a multimap built in one pass: linear, no list copied). */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list === undefined) {
		map.set(key, [value]);
	} else {
		list.push(value);
	}
}
