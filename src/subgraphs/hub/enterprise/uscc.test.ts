import { GraphQLError } from 'graphql';
import { demoUscc } from '../../../demo/district';
import {
  USCC_ALPHABET,
  describeUsccProblem,
  findUsccProblem,
  isValidUscc,
  normalizeUscc,
  parseUscc,
  usccCheckCharacter,
} from './uscc';

/** Real, published codes. */
const REAL = {
  tencent: '91440300708461136T',
  huawei: '914403001922038216',
  alibaba: '91330100799655058B',
  xiaomi: '91110108551385082Q',
};
const VALID = Object.values(REAL);

/** Runs parseUscc expecting a BAD_USER_INPUT GraphQLError and returns it. */
function parseError(input: string, field?: string): GraphQLError {
  try {
    parseUscc(input, field);
  } catch (e) {
    expect(e).toBeInstanceOf(GraphQLError);
    const err = e as GraphQLError;
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    return err;
  }
  throw new Error(`parseUscc(${JSON.stringify(input)}) did not throw`);
}

const replaceAt = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);
const swapAt = (s: string, i: number) => s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);

describe('valid codes', () => {
  it.each(Object.entries(REAL))('%s %s is valid', (_name, code) => {
    expect(findUsccProblem(code)).toBeNull();
    expect(isValidUscc(code)).toBe(true);
    expect(parseUscc(code)).toBe(code);
    expect(usccCheckCharacter(code.slice(0, 17))).toBe(code[17]);
  });

  it('the alphabet has 31 characters and excludes I, O, S, V, Z', () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    for (const c of 'IOSVZ') expect(USCC_ALPHABET).not.toContain(c);
  });
});

describe('normalisation', () => {
  it('parseUscc accepts lower case and returns upper case', () => {
    expect(parseUscc('91440300708461136t')).toBe(REAL.tencent);
    expect(parseUscc('91330100799655058b')).toBe(REAL.alibaba);
    expect(parseUscc('91110108551385082q')).toBe(REAL.xiaomi);
    expect(isValidUscc('91110108551385082q')).toBe(true);
    expect(normalizeUscc('91440300708461136t')).toBe(REAL.tencent);
  });

  it('trims surrounding whitespace', () => {
    expect(parseUscc('  91440300708461136T  ')).toBe(REAL.tencent);
    expect(parseUscc('\t914403001922038216\n')).toBe(REAL.huawei);
    expect(parseUscc(' 91330100799655058b\r\n')).toBe(REAL.alibaba);
    expect(isValidUscc(' 91110108551385082Q ')).toBe(true);
  });

  it('does not remove whitespace inside the code', () => {
    const err = parseError('914403007084 61136T');
    expect(err.message).toContain('19 characters');
  });
});

describe('corruptions', () => {
  it.each(VALID)('wrong length: %s with 17 and 19 characters', (code) => {
    expect(findUsccProblem(code.slice(0, 17))).toEqual({ kind: 'length', length: 17 });
    expect(findUsccProblem(code + '0')).toEqual({ kind: 'length', length: 19 });
    expect(isValidUscc(code.slice(0, 17))).toBe(false);
    expect(isValidUscc(code + '0')).toBe(false);
    const short = parseError(code.slice(0, 17));
    expect(short.message).toContain('17 characters');
    expect(short.message).toContain('18');
    const long = parseError(code + '0');
    expect(long.message).toContain('19 characters');
    expect(long.message).toContain('18');
  });

  it('empty input is a length problem', () => {
    expect(parseError('   ').message).toContain('0 characters');
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('forbidden letter %s in the body', (letter) => {
    for (const code of VALID) {
      for (const i of [0, 1, 8, 12, 16]) {
        const bad = replaceAt(code, i, letter);
        expect(findUsccProblem(bad)).toEqual({ kind: 'character', position: i + 1, character: letter });
        expect(isValidUscc(bad)).toBe(false);
      }
    }
    const err = parseError(replaceAt(REAL.tencent, 9, letter));
    expect(err.message).toContain(`character 10 ("${letter}") is not allowed`);
    // lower case forbidden letters are upper-cased first and still rejected
    expect(parseError(replaceAt(REAL.tencent, 9, letter.toLowerCase())).message).toContain(`("${letter}")`);
  });

  it('a character outside the alphabet altogether', () => {
    expect(findUsccProblem(replaceAt(REAL.huawei, 10, '-'))).toEqual({ kind: 'character', position: 11, character: '-' });
    expect(isValidUscc(replaceAt(REAL.huawei, 10, 'Ｈ'))).toBe(false); // full-width letter
  });

  it('a non-digit in the administrative division code (characters 3-8)', () => {
    for (const code of VALID) {
      for (let i = 2; i <= 7; i++) {
        const bad = replaceAt(code, i, 'A');
        expect(findUsccProblem(bad)).toEqual({ kind: 'division', division: bad.slice(2, 8) });
        expect(isValidUscc(bad)).toBe(false);
      }
    }
    const err = parseError(replaceAt(REAL.tencent, 4, 'A'));
    expect(err.message).toContain('characters 3-8');
    expect(err.message).toContain('"44A300"');
  });

  it.each(VALID)('a wrong check character: %s', (code) => {
    for (const c of USCC_ALPHABET) {
      if (c === code[17]) continue;
      const bad = replaceAt(code, 17, c);
      expect(findUsccProblem(bad)).toEqual({ kind: 'check', expected: code[17], actual: c });
    }
  });

  it('names the check character in the message', () => {
    const err = parseError('91440300708461136U');
    expect(err.message).toContain('check character');
    expect(err.message).toContain('18th');
    expect(err.message).toContain('"U"');
    expect(err.message).toContain('require "T"');
  });

  it.each(VALID)('every single-character substitution of %s is detected', (code) => {
    for (let i = 0; i < 18; i++) {
      for (const c of USCC_ALPHABET) {
        if (c !== code[i]) expect(isValidUscc(replaceAt(code, i, c))).toBe(false);
      }
    }
  });

  it.each(VALID)('every transposition of two adjacent different characters of %s is detected', (code) => {
    let tried = 0;
    for (let i = 0; i < 17; i++) {
      if (code[i] === code[i + 1]) continue;
      const bad = swapAt(code, i);
      expect([bad, isValidUscc(bad)]).toEqual([bad, false]);
      tried++;
    }
    expect(tried).toBeGreaterThan(10);
  });

  it('a transposition inside the organisation code is reported as a check-character problem', () => {
    // Tencent: ...7084... → ...7048...
    const bad = swapAt(REAL.tencent, 10);
    expect(bad).toBe('91440300704861136T');
    expect(findUsccProblem(bad)?.kind).toBe('check');
    expect(parseError(bad).message).toContain('check character');
  });
});

describe('parseUscc errors', () => {
  it('throws a GraphQLError with BAD_USER_INPUT and the field name', () => {
    expect(parseError('123').extensions.field).toBe('uscc');
    expect(parseError('123', 'enterpriseUscc').extensions.field).toBe('enterpriseUscc');
  });

  it('the message quotes the normalised input', () => {
    expect(parseError(' 91440300708461136u ').message).toContain('"91440300708461136U"');
  });

  it('describeUsccProblem matches parseUscc', () => {
    const bad = '914403001922038217';
    const problem = findUsccProblem(bad)!;
    expect(parseError(bad).message).toBe(describeUsccProblem(bad, problem));
  });
});

describe('demoUscc', () => {
  const codes = Array.from({ length: 30 }, (_, i) => demoUscc(i + 1));

  it('yields valid codes for n = 1..30', () => {
    for (const code of codes) {
      expect(code).toHaveLength(18);
      expect(code.startsWith('91320102')).toBe(true);
      expect([code, findUsccProblem(code)]).toEqual([code, null]);
      expect(parseUscc(code)).toBe(code);
    }
  });

  it('yields distinct codes', () => {
    expect(new Set(codes).size).toBe(30);
  });

  it('is deterministic', () => {
    expect(demoUscc(7)).toBe(codes[6]);
  });
});
