import { raw } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { bindParameters } from './bound-parameters';

const platform = new PostgreSqlPlatform();

describe('bindParameters: MikroORM statements with every value bound, none in the text', () => {
  test('each ? becomes a bound placeholder, whatever the value looks like', () => {
    const hostile = `x'; drop table hub.issue; -- ? $1`;
    const bound = bindParameters('select * from hub.issue i where i.title = ? and i.id < ? limit ?', [hostile, 12, 21], platform);
    expect(bound).toEqual({ sql: 'select * from hub.issue i where i.title = ? and i.id < ? limit ?', bindings: [hostile, 12, 21] });
  });

  test('?? is an identifier from metadata (quoted, not bound); \\? stays a literal question mark', () => {
    const bound = bindParameters('select ?? from t where a \\? ? and b = ?', ['col.name', 'k', 1], platform);
    expect(bound).toEqual({ sql: 'select "col"."name" from t where a \\? ? and b = ?', bindings: ['k', 1] });
  });

  test('a list becomes one placeholder per item (what MikroORM inlined as a comma list)', () => {
    expect(bindParameters('a in (?) and b = ?', [['x', 'y', 'z'], 2], platform)).toEqual({ sql: 'a in (?, ?, ?) and b = ?', bindings: ['x', 'y', 'z', 2] });
  });

  test('raw fragments are spliced in with their own parameters bound', () => {
    const bound = bindParameters('select ? as v, ? as w', [raw('lower(?)', ['ABC']), 'z'], platform);
    expect(bound).toEqual({ sql: 'select lower(?) as v, ? as w', bindings: ['ABC', 'z'] });
  });

  test('JSON objects as JSON text, undefined as null, bigint as text, buffers and strings as they are', () => {
    const buf = Buffer.from([0, 1]);
    const bound = bindParameters('values (?, ?, ?, ?, ?)', [{ note: '😀\'"' }, undefined, 12n, buf, 'é'], platform);
    expect(bound.bindings).toEqual([JSON.stringify({ note: '😀\'"' }), null, '12', buf, 'é']);
  });

  test('dates in the ORM format (a string with its offset)', () => {
    const [value] = bindParameters('select ?', [new Date(Date.UTC(2026, 0, 2, 3, 4, 5))], platform).bindings as string[];
    expect(new Date(value).toISOString()).toBe('2026-01-02T03:04:05.000Z');
  });

  test('no parameters: the text is left alone', () => {
    expect(bindParameters('select 1', [], platform)).toEqual({ sql: 'select 1', bindings: [] });
  });
});
