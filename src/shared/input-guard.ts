import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { badInput } from './errors';

/**
 * Longest string any argument may carry, in UTF-16 code units, unless a field sets a lower limit of
 * its own (titles 200, descriptions 5,000 …). Keeps a 10 MB "filter" from ever reaching a service.
 */
export const MAX_STRING_LENGTH = 10_000;

/** Nesting deeper than this in one argument (only free-form scalars such as `_Any` can nest at will) is refused. */
const MAX_DEPTH = 32;

const wellFormed = (s: string) => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

/**
 * Why a string cannot be stored as given, or null. PostgreSQL refuses NUL (U+0000) in text and
 * jsonb; an unpaired UTF-16 surrogate has no UTF-8 form, so it would be silently replaced in a text
 * column (and refused in jsonb). We refuse both rather than store something else than was sent.
 */
export function textProblem(s: string, max = MAX_STRING_LENGTH): string | null {
  if (s.length > max) return `is too long: ${s.length} characters, at most ${max}`;
  if (s.includes('\0')) return 'contains a NUL character (U+0000), which cannot be stored';
  if (!wellFormed(s)) return 'contains an unpaired UTF-16 surrogate (not valid Unicode text)';
  return null;
}

const isPlain = (v: object) => {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * Walks coerced arguments (input objects, lists, free-form scalars such as `_Any`) and throws
 * BAD_USER_INPUT naming the first offending one as an argument path, e.g. `input.description`,
 * `input.keywords[2]`, `representations[0].uscc`. Iterative, so hostile nesting cannot overflow the stack.
 */
export function assertCleanArguments(args: Record<string, unknown>): void {
  const stack: [unknown, string, number][] = [];
  for (const name in args) stack.push([args[name], name, 0]);
  while (stack.length) {
    const [value, path, depth] = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) throw badInput(`${path} ${problem}.`, path);
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_DEPTH) throw badInput(`${path} is nested more than ${MAX_DEPTH} levels deep.`, path);
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${path}[${i}]`, depth + 1]);
      } else if (isPlain(value)) {
        for (const key in value) {
          const problem = textProblem(key, 200);
          if (problem) throw badInput(`A key in ${path} ${problem}.`, path);
          stack.push([(value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1]);
        }
      }
      // other objects (Date from a scalar) are already parsed and validated by their scalar
    }
  }
}

/**
 * Puts the argument check in front of every field that takes arguments (queries, mutations,
 * subscription `subscribe` and `resolve`, `_entities`), in place, so that @apollo/subgraph's
 * reference resolvers stay attached. Fields without arguments are left untouched: no per-field
 * cost for the bulk of a response.
 */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = function guardedResolve(source, args, context, info) {
        assertCleanArguments(args);
        return resolve(source, args, context, info);
      };
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = function guardedSubscribe(source, args, context, info) {
          assertCleanArguments(args);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  return schema;
}
