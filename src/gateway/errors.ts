import { GraphQLError, type GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { DateScalar } from '../shared/scalars';

/**
 * Errors the gateway produces itself (a malformed body, a variable of the wrong type, an unknown
 * enum value) get one of the documented codes and nothing internal, like the subgraphs' errors.
 */

type Extensions = Record<string, unknown>;

/** The code a front-end can rely on for an error the gateway raised before any subgraph ran. */
function documentedCode(error: GraphQLError): string | undefined {
  const code = error.extensions?.code;
  if (code === 'BAD_REQUEST') return 'BAD_USER_INPUT';
  if (typeof code === 'string') return code;
  if (/^Syntax Error/.test(error.message)) return 'GRAPHQL_PARSE_FAILED';
  if (/^Variable "\$[^"]+"/.test(error.message)) return 'BAD_USER_INPUT';
  if (!error.path) return 'GRAPHQL_VALIDATION_FAILED';
  return undefined;
}

export function toDocumentedError(error: GraphQLError): GraphQLError {
  const { originalError: _o, stacktrace: _s, ...rest } = (error.extensions ?? {}) as Extensions;
  const code = documentedCode(error);
  const extensions: Extensions = code ? { ...rest, code } : rest;
  // a body that is not a GraphQL request stays a 400 once its code is the documented one
  if (error.extensions?.code === 'BAD_REQUEST') {
    // keep the runtime's status (405 for a mutation over GET), but always send it
    const { spec: _spec, ...http } = (rest.http ?? {}) as Record<string, unknown>;
    extensions.http = { ...http, status: (http.status as number | undefined) ?? 400 };
  }
  if (code === error.extensions?.code && !('originalError' in (error.extensions ?? {})) && !('stacktrace' in (error.extensions ?? {}))) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions });
}

type ResultLike = { errors?: readonly GraphQLError[] } & Record<string, unknown>;

const normalize = (result: ResultLike): ResultLike =>
  result.errors?.length ? { ...result, errors: result.errors.map((e) => (e instanceof GraphQLError ? toDocumentedError(e) : e)) } : result;

export function documentedErrorsPlugin() {
  return {
    onResultProcess({ result, setResult }: { result: unknown; setResult(r: unknown): void }) {
      if (Array.isArray(result)) setResult(result.map((r) => normalize(r as ResultLike)));
      else if (result && typeof result === 'object' && !(Symbol.asyncIterator in result)) setResult(normalize(result as ResultLike));
    },
  };
}

/**
 * The supergraph's custom scalars with their real rules, so the gateway validates a literal such
 * as `from: "2026-13-01"` itself and names the argument, instead of passing it on as a variable
 * the subgraph then reports as `Variable "$from"`, a variable the client never sent.
 */
export const supergraphScalars: Record<string, GraphQLScalarType> = {
  Date: DateScalar,
  DateTimeISO: GraphQLDateTimeISO,
};
