import { isContentToken, type Token } from '../text/tokens';

/** Alignment terms of a token list: content-word stems plus bigrams of adjacent content words. */
export function alignmentTerms(tokens: readonly Token[]): string[] {
	const out: string[] = [];
	let prev: Token | undefined;
	for (const token of tokens) {
		if (!isContentToken(token)) {
			prev = undefined;
			continue;
		}
		out.push(token.stem);
		if (prev !== undefined) {
			out.push(`${prev.stem}_${token.stem}`);
		}
		prev = token;
	}
	return out;
}
