import { badInput } from '../../../shared/errors';

/**
 * Unified social credit code (统一社会信用代码, USCC), GB 32100-2015.
 *
 * 18 characters from a 31-character alphabet (digits and capitals without I, O, S, V, Z):
 * registration authority (1) + organisation category (1) + administrative division (6 digits)
 * + organisation code (9) + check character (1). The check character makes
 * sum(value(c_i) * 3^i mod 31) + value(check) ≡ 0 (mod 31).
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccProblem =
  | { kind: 'length'; length: number }
  | { kind: 'character'; position: number; character: string }
  | { kind: 'division'; division: string }
  | { kind: 'check'; expected: string; actual: string };

/** The check character for the first 17 characters (which must already be in the alphabet). */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** Trims and upper-cases what a person typed or pasted; the canonical form is upper case. */
export function normalizeUscc(input: string): string {
  return input.trim().toUpperCase();
}

/** Returns the first problem with a (normalised) USCC, or null when it is valid. */
export function findUsccProblem(uscc: string): UsccProblem | null {
  if (uscc.length !== 18) return { kind: 'length', length: uscc.length };
  for (let i = 0; i < 18; i++) {
    if (!USCC_ALPHABET.includes(uscc[i])) return { kind: 'character', position: i + 1, character: uscc[i] };
  }
  const division = uscc.slice(2, 8);
  if (!/^\d{6}$/.test(division)) return { kind: 'division', division };
  const expected = usccCheckCharacter(uscc.slice(0, 17));
  if (uscc[17] !== expected) return { kind: 'check', expected, actual: uscc[17] };
  return null;
}

export function describeUsccProblem(uscc: string, problem: UsccProblem): string {
  switch (problem.kind) {
    case 'length':
      return `"${uscc}" is not a valid unified social credit code: it has ${problem.length} characters, a USCC has 18.`;
    case 'character':
      return `"${uscc}" is not a valid unified social credit code: character ${problem.position} ("${problem.character}") is not allowed (digits and capital letters except I, O, S, V, Z).`;
    case 'division':
      return `"${uscc}" is not a valid unified social credit code: characters 3-8 must be a 6-digit administrative division code, got "${problem.division}".`;
    case 'check':
      return `"${uscc}" is not a valid unified social credit code: the check character (18th) is "${problem.actual}" but the first 17 characters require "${problem.expected}" — probably a typing error.`;
  }
}

export function isValidUscc(input: string): boolean {
  return findUsccProblem(normalizeUscc(input)) === null;
}

/** Normalises and validates a USCC from client input; throws BAD_USER_INPUT naming the problem. */
export function parseUscc(input: string, field = 'uscc'): string {
  const uscc = normalizeUscc(input);
  const problem = findUsccProblem(uscc);
  if (problem) throw badInput(describeUsccProblem(uscc, problem), field);
  return uscc;
}
