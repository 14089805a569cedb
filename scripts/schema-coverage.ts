import fs from 'node:fs';
import path from 'node:path';
import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  type GraphQLNamedType,
} from 'graphql';

/**
 * npm run schema:coverage [file]: how much of a schema carries descriptions, counted the way a
 * front-end developer reads it (types, fields, arguments, input fields, enum values). Federation's
 * own join__/link__ definitions are not the API and are left out.
 */
export interface Tally {
  described: number;
  total: number;
}
export type Coverage = Record<'types' | 'fields' | 'arguments' | 'inputFields' | 'enumValues', Tally> & {
  missing: string[];
};

const isFederationInternal = (name: string) => /^(join__|link__)/.test(name);

export function schemaCoverage(sdl: string): Coverage {
  const schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
  const c: Coverage = {
    types: { described: 0, total: 0 },
    fields: { described: 0, total: 0 },
    arguments: { described: 0, total: 0 },
    inputFields: { described: 0, total: 0 },
    enumValues: { described: 0, total: 0 },
    missing: [],
  };
  const count = (tally: Tally, described: string | null | undefined, where: string) => {
    tally.total++;
    if (described?.trim()) tally.described++;
    else c.missing.push(where);
  };
  const types = Object.values(schema.getTypeMap()).filter(
    (t: GraphQLNamedType) => !isIntrospectionType(t) && !isSpecifiedScalarType(t) && !isFederationInternal(t.name),
  );
  for (const type of types) {
    count(c.types, type.description, type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        count(c.fields, field.description, `${type.name}.${field.name}`);
        for (const arg of field.args) count(c.arguments, arg.description, `${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) count(c.inputFields, field.description, `${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) count(c.enumValues, value.description, `${type.name}.${value.name}`);
    }
  }
  return c;
}

if (require.main === module) {
  const file = process.argv[2] ?? path.join(__dirname, '..', '..', 'schema', 'supergraph.graphql');
  const c = schemaCoverage(fs.readFileSync(file, 'utf8'));
  for (const key of ['types', 'fields', 'arguments', 'inputFields', 'enumValues'] as const) {
    console.log(`${key.padEnd(12)} ${c[key].described} of ${c[key].total} described`);
  }
  if (c.missing.length) console.log(`\nwithout a description (${c.missing.length}):\n  ${c.missing.join('\n  ')}`);
}
