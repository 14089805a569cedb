import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, typeFromAST, validate, valueFromAST, type GraphQLInputType, type OperationDefinitionNode } from 'graphql';
import { readSupergraph, schemaDir } from '../src/gateway/supergraph';
import { estimateCost, readListSizes } from '../src/gateway/cost';
import { loadConfig } from '../src/shared/config';
import { apiSchemaOf } from '../scripts/api-schema';

/**
 * schema/operations/*.graphql are the sample operations of the main front-end screens (README,
 * "Examples"): each must be valid against the API of the checked-in supergraph, as a client
 * generating types from it would find, and within the gateway's default cost limit.
 */
const operationsDir = path.join(schemaDir(), 'operations');
const files = fs.readdirSync(operationsDir).filter((f) => f.endsWith('.graphql')).sort();
const schema = apiSchemaOf(readSupergraph());

test('there is a sample operation file for each main screen', () => {
  expect(files).toEqual(
    expect.arrayContaining([
      'officer-inbox.graphql',
      'request-page.graphql',
      'referral-sign-off.graphql',
      'enterprise-portal.graphql',
      'coordinator-meeting.graphql',
      'live-events.graphql',
      'risk-assessment.graphql',
    ]),
  );
});

describe.each(files)('schema/operations/%s', (file) => {
  const document = parse(fs.readFileSync(path.join(operationsDir, file), 'utf8'));
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

  test('is valid against the supergraph API', () => {
    expect(operations.length).toBeGreaterThan(0);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });

  test('every operation is named and within the default cost limit', () => {
    const { maxCost } = loadConfig({}).limits;
    const sizes = readListSizes(readSupergraph());
    for (const op of operations) {
      expect(op.name?.value).toBeTruthy();
      // the operation's own variable defaults (e.g. `$first: Int = 20`), as a client sending none would get
      const defaults = Object.fromEntries(
        (op.variableDefinitions ?? []).flatMap((v) =>
          v.defaultValue ? [[v.variable.name.value, valueFromAST(v.defaultValue, typeFromAST(schema, v.type as never) as GraphQLInputType)]] : [],
        ),
      );
      const cost = estimateCost(schema, document, op.name!.value, defaults, sizes);
      expect({ operation: op.name!.value, withinLimit: cost <= maxCost }).toEqual({ operation: op.name!.value, withinLimit: true });
    }
  });
});

test('the subscriptions of the live screens are all sampled', () => {
  const sampled = new Set<string>();
  for (const file of files) {
    for (const def of parse(fs.readFileSync(path.join(operationsDir, file), 'utf8')).definitions) {
      if (def.kind === Kind.OPERATION_DEFINITION && def.operation === 'subscription') {
        for (const sel of def.selectionSet.selections) if (sel.kind === Kind.FIELD) sampled.add(sel.name.value);
      }
    }
  }
  expect([...sampled].sort()).toEqual(['issueEvents', 'jointMeetingEvents', 'referralEvents', 'riskEvents']);
});
