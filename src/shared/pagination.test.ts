import { GraphQLError } from 'graphql';
import { CursorPart, decodeCursor, decodeEventCursor, encodeCursor, MAX_CURSOR_LENGTH, pageWindow, toConnection } from './pagination';

const b64 = (text: string) => Buffer.from(text).toString('base64url');

function refusal(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (err) {
    return err as GraphQLError;
  }
  throw new Error('expected a refusal');
}

function expectRefused(fn: () => unknown, argument = 'after') {
  const err = refusal(fn);
  expect(err).toBeInstanceOf(GraphQLError);
  expect(err.extensions).toEqual({ code: 'BAD_USER_INPUT', field: argument });
  expect(err.message).toContain(`"${argument}"`);
}

describe('decodeCursor: typed parts', () => {
  test('round-trips what encodeCursor made', () => {
    expect(decodeCursor(encodeCursor([42]), [CursorPart.id])).toEqual([42]);
    expect(decodeCursor(encodeCursor(['91320100MA1XYZ0001']), [CursorPart.text(18, /^[0-9A-Z]{18}$/)])).toEqual(['91320100MA1XYZ0001']);
    expect(decodeCursor(encodeCursor(['2026-02-28', 7]), [CursorPart.isoDate, CursorPart.id])).toEqual(['2026-02-28', 7]);
    expect(decodeCursor(encodeCursor(['企业😀']), [CursorPart.text(10)])).toEqual(['企业😀']);
  });

  test.each([
    ['["abc"]', '["abc"]'],
    ['[{}]', '[{}]'],
    ['[[]]', '[[1]]'],
    ['[1e400] (Infinity)', '[1e400]'],
    ['[-1]', '[-1]'],
    ['[0]', '[0]'],
    ['[1.5]', '[1.5]'],
    ['[2147483648] (beyond int4)', '[2147483648]'],
    ['[9007199254740993] (beyond safe integers)', '[9007199254740993]'],
    ['[null]', '[null]'],
    ['[true]', '[true]'],
    ['["1"] (a number as a string)', '["1"]'],
    ['[] (too few parts)', '[]'],
    ['[1,2] (too many parts)', '[1,2]'],
    ['{"0":1} (not a list)', '{"0":1}'],
    ['1', '1'],
    ['null', 'null'],
    ['not JSON', 'not json'],
    ['truncated JSON', '[1'],
  ])('an id cursor of %s is BAD_USER_INPUT naming the argument', (_name, json) => {
    expectRefused(() => decodeCursor(b64(json), [CursorPart.id]));
  });

  test('text parts: wrong type, too long, empty, NUL, lone surrogate, pattern', () => {
    const part = CursorPart.text(18, /^[0-9A-Z]{18}$/);
    for (const json of ['[1]', '["abc"]', `["${'A'.repeat(19)}"]`, '[""]', '["AAAAAAAAAAAAAAAA\\u0000A"]', '["AAAAAAAAAAAAAAAAA\\ud800"]', '[{}]']) {
      expectRefused(() => decodeCursor(b64(json), [part]));
    }
    expectRefused(() => decodeCursor(b64('["ab\\u0000"]'), [CursorPart.text(10)]));
    expectRefused(() => decodeCursor(b64('["\\udc00"]'), [CursorPart.text(10)]));
  });

  test('date parts must be real days', () => {
    for (const json of ['["2026-02-30"]', '["2026-13-01"]', '["2026-1-01"]', '[20260101]', '["2026-01-01T00:00:00Z"]']) {
      expectRefused(() => decodeCursor(b64(json), [CursorPart.isoDate]));
    }
    expect(decodeCursor(b64('["2028-02-29"]'), [CursorPart.isoDate])).toEqual(['2028-02-29']);
  });

  test('instant parts are ISO instants as Date writes them, that exist', () => {
    const at = new Date('2026-09-28T01:02:03.456Z');
    expect(decodeCursor(encodeCursor([at.toISOString(), 3]), [CursorPart.isoDateTime, CursorPart.id])).toEqual(['2026-09-28T01:02:03.456Z', 3]);
    for (const json of ['["2026-02-30T00:00:00.000Z"]', '["2026-09-28T01:02:03Z"]', '["2026-09-28T01:02:03.456+08:00"]', '["2026-09-28"]', '[1727485323456]', '["now"]']) {
      expectRefused(() => decodeCursor(b64(json), [CursorPart.isoDateTime]));
    }
  });

  test('not base64url, padded, huge or not a string', () => {
    expectRefused(() => decodeCursor('!!!*', [CursorPart.id]));
    expectRefused(() => decodeCursor('WzFd=', [CursorPart.id]));
    expectRefused(() => decodeCursor('WzFd\n', [CursorPart.id]));
    expectRefused(() => decodeCursor('A'.repeat(MAX_CURSOR_LENGTH + 1), [CursorPart.id]));
    expectRefused(() => decodeCursor(b64(`[${'1'.repeat(400)}]`), [CursorPart.id]));
    expectRefused(() => decodeCursor(42 as unknown as string, [CursorPart.id]));
  });

  test('the error names the argument it was given', () => {
    expectRefused(() => decodeCursor(b64('["abc"]'), [CursorPart.id], 'issuesAfter'), 'issuesAfter');
  });
});

describe('decodeEventCursor (subscription `after`)', () => {
  test('null when absent; decimal outbox ids from 0 to the int8 maximum', () => {
    expect(decodeEventCursor(null)).toBeNull();
    expect(decodeEventCursor(undefined)).toBeNull();
    expect(decodeEventCursor('0')).toBe(0n);
    expect(decodeEventCursor('123')).toBe(123n);
    expect(decodeEventCursor('9223372036854775807')).toBe(9223372036854775807n);
  });

  test.each(['', '-1', '1.5', '1e400', ' 1', '0x10', '9223372036854775808', '9999999999999999999', '99999999999999999999', b64('["abc"]'), '1'.repeat(5000)])(
    '%j is BAD_USER_INPUT naming "after"',
    (after) => expectRefused(() => decodeEventCursor(after)),
  );
});

describe('pageWindow and toConnection: Relay first/after, last/before', () => {
  const id = [CursorPart.id] as const;
  test('first defaults to 20; first and last together, or out of 1..100, are BAD_USER_INPUT naming the argument', () => {
    expect(pageWindow({}, id)).toEqual({ size: 20, backward: false, after: null, before: null });
    expect(pageWindow({ last: 5, before: encodeCursor([9]) }, id)).toEqual({ size: 5, backward: true, after: null, before: [9] });
    expectRefused(() => pageWindow({ first: 1, last: 1 }, id), 'last');
    expectRefused(() => pageWindow({ first: 0 }, id), 'first');
    expectRefused(() => pageWindow({ last: 101 }, id), 'last');
    expectRefused(() => pageWindow({ before: 'nope!' }, id), 'before');
  });

  test('forward: the extra row means a next page; `after` means a previous one', () => {
    const c = toConnection([5, 4, 3], pageWindow({ first: 2, after: encodeCursor([6]) }, id), async () => 9, (n) => String(n));
    expect(c.edges.map((e) => e.node)).toEqual([5, 4]);
    expect(c.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: '5', endCursor: '4' });
  });

  test('backward: rows come in reverse and are put back in list order; the extra row means a previous page', () => {
    const c = toConnection([1, 2, 3], pageWindow({ last: 2 }, id), async () => 3, (n) => String(n));
    expect(c.edges.map((e) => e.node)).toEqual([2, 1]);
    expect(c.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: '2', endCursor: '1' });
    const empty = toConnection([], pageWindow({ last: 2, before: encodeCursor([1]) }, id), async () => 3, String);
    expect(empty.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  test('totalCount is counted on first read only, and once', async () => {
    let counted = 0;
    const c = toConnection([1], pageWindow({ first: 5 }, id), async () => ++counted, String);
    expect(counted).toBe(0);
    expect(await c.totalCount).toBe(1);
    expect(await c.totalCount).toBe(1);
    expect(counted).toBe(1);
  });
});
