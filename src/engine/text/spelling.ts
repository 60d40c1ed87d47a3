/**
 * British and American spellings of one word share a key, so a quotation that spells "organisation" where the source
 * has "organization" is still verbatim: -ise/-ize (and -isation, -ised, -ising), -yse/-yze, -our/-or, -tre/-ter,
 * -ence/-ense, -ogue/-og, -mme/-m, and a doubled l before an ending (travelled, modelling). Both sides of a comparison
 * go through the same mapping, so two different words meet only if they differ just in these spellings.
 */
const rules: readonly [RegExp, string][] = [
	[/is(e|es|ed|ing|ation|ations|er|ers)$/u, 'iz$1'],
	[/ys(e|es|ed|ing)$/u, 'yz$1'],
	[/([a-z]{3,})our(s|ed|ing|ite|ites|able)?$/u, '$1or$2'],
	[/([a-z]{2,})tre(s|d)?$/u, '$1ter$2'],
	[/ence(s)?$/u, 'ense$1'],
	[/([a-z]{3,})ogue(s)?$/u, '$1og$2'],
	[/([a-z]{4,})mme(s)?$/u, '$1m$2'],
	[/([aeiou])ll(ed|ing|er|ers)$/u, '$1l$2'],
];
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;
/**
 * Longer "words" (a run of letters with no space, in hostile text) are their own key: the patterns above are anchored
 * at the end but their prefixes are tried from every position, quadratic in the word's length.
 */
const MAX_WORD = 40;

/** The spelling key of a lower-case word. */
export function spellingKey(lower: string): string {
	if (lower.length > MAX_WORD) {
		return lower;
	}
	let key = cache.get(lower);
	if (key === undefined) {
		// "climate-resilient" and "climateresilient", "co-operate" and "cooperate": a hyphen is spelling, not a word.
		key = lower.includes('-') ? lower.replace(/-/g, '') : lower;
		for (const [re, replacement] of rules) {
			key = key.replace(re, replacement);
		}
		if (cache.size >= CACHE_LIMIT) {
			cache.clear();
		}
		cache.set(lower, key);
	}
	return key;
}
