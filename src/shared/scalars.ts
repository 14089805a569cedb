import { GraphQLError, GraphQLScalarType, Kind, print } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

/**
 * `Date`: a calendar date "YYYY-MM-DD" with no time zone (deadlines, rating years, visit days).
 * graphql-scalars' LocalDate under the name the public contract uses; values stay strings, so
 * no time-zone shift can move a date.
 */
const localDate = GraphQLLocalDate.toConfig();
const dateError = (value: unknown) =>
  new GraphQLError(`Expected a date in the form YYYY-MM-DD, got ${JSON.stringify(value)}.`, { extensions: { code: 'BAD_USER_INPUT' } });
export const DateScalar = new GraphQLScalarType({
  ...localDate,
  name: 'Date',
  description: 'A calendar date "YYYY-MM-DD" in the hub\'s time zone (Asia/Shanghai unless configured otherwise), with no time of day.',
  parseValue(value) {
    try {
      return localDate.parseValue!(value);
    } catch {
      throw dateError(value);
    }
  },
  parseLiteral(ast, variables) {
    try {
      return localDate.parseLiteral!(ast, variables);
    } catch {
      throw dateError(ast.kind === Kind.STRING ? ast.value : print(ast));
    }
  },
});
