import { GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

/**
 * `Date`: a calendar date "YYYY-MM-DD" with no time zone (deadlines, rating years, visit days).
 * graphql-scalars' LocalDate under the name the public contract uses; values stay strings, so
 * no time-zone shift can move a date.
 */
export const DateScalar = new GraphQLScalarType({ ...GraphQLLocalDate.toConfig(), name: 'Date' });
