import { readSupergraph } from '../src/gateway/supergraph';
import { schemaCoverage } from '../scripts/schema-coverage';
import { apiSchemaOf } from '../scripts/api-schema';
import { describeChanges } from '../scripts/schema-diff';
import { diff } from '@graphql-inspector/core';

/** The supergraph is a contract front-ends read: everything in it says what it is. */
test('every type, field, argument, input field and enum value of the supergraph has a description', () => {
  const coverage = schemaCoverage(readSupergraph());
  expect(coverage.missing).toEqual([]);
  expect(coverage.fields.total).toBeGreaterThan(400);
});

describe('schema:diff', () => {
  const before = readSupergraph();
  // edits of the committed supergraph, one of each kind
  const edit = (from: RegExp, to: string) => {
    expect(before).toMatch(from);
    return before.replace(from, to);
  };

  test('sorts changes into breaking, dangerous and safe', async () => {
    let after = edit(/\n  """Short title given by the submitter\."""\n  title: String!.*\n/, '\n'); // Issue.title removed
    after = after.replace(/(enum IssuePriority[^{]*\{)/, '$1\n  """Test."""\n  CRITICAL @join__enumValue(graph: HUB)\n'); // enum value added
    after = after.replace(/(\ntype Department implements Node\n[^{]*\{)/, '$1\n  """Test."""\n  phone: String @join__field(graph: HUB)\n'); // nullable field added
    const lines = describeChanges(await diff(apiSchemaOf(before), apiSchemaOf(after)), false);
    const group = (title: string) => {
      const start = lines.findIndex((l) => l.startsWith(`${title} (`));
      const end = lines.findIndex((l, i) => i > start && !l.startsWith('  '));
      return lines.slice(start, end === -1 ? undefined : end).join('\n');
    };
    expect(group('Breaking')).toMatch(/Field 'title' .*removed from object type 'Issue'/);
    expect(group('Dangerous')).toMatch(/Enum value 'CRITICAL' was added to enum 'IssuePriority'/);
    expect(group('Safe')).toMatch(/Field 'phone' was added to object type 'Department'/);
  });

  test('counts description-only changes instead of listing them, unless asked', async () => {
    const after = edit(/"""Short title given by the submitter\."""/, '"""A short title."""');
    const changes = await diff(apiSchemaOf(before), apiSchemaOf(after));
    expect(describeChanges(changes, false)).toContain('  ✔ 1 description change(s) (--all lists them)');
    expect(describeChanges(changes, true).join('\n')).toMatch(/Issue\.title.*description changed/i);
  });
});
