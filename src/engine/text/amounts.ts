import { candidatesOf, findMatches, runEnd } from './findMatches';

/** Money and large amounts; sticky, tried by `amountsIn` only where one can start. */
const moneyRe = /[£$€]\s?\d[\d,.]*(?:\s?(?:billion|million|thousand|bn|m|k)\b)?|\b\d[\d,.]*\s?(?:billion|million)\b/uy;
const findMoneyStart = candidatesOf(/[£$€]|\b\d/u);

/**
 * The money and large amounts in a text ("£10 million", "$5bn", "2 billion"). Tried at each digit of "1.1.1…", the
 * pattern scanned to the run's end from each: a later digit of the run can end the amount only where the first can,
 * so after a failed try the rest of the run is skipped (linear; the same matches as a global search).
 */
export function* amountsIn(text: string): Generator<string> {
	for (const m of findMatches(text, moneyRe, findMoneyStart, (t, at) => runEnd(t, at, isAmountChar))) {
		yield m[0];
	}
}

/** [\d,.]: the characters of an amount's number. */
function isAmountChar(code: number): boolean {
	return (code >= 48 && code <= 57) || code === 44 || code === 46;
}
