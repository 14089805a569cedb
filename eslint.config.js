// npm run lint:schema: graphql-eslint's `schema-recommended` rules on the composed supergraph
// (schema/supergraph.graphql), the file partner front-ends generate typed clients from, and its
// `operations-recommended` rules (all on) on the sample operations in schema/operations/.
//
// Federation writes its own machinery into the supergraph: the join__*/link__* directives, enums,
// scalars and input (used by the query planner, absent from the API a client sees) and the
// @link/@cost/@listSize directive definitions. We cannot name or describe those, so the rules
// below leave exactly them out. Rules switched off or loosened, and why (README "The schema contract"):
//
// - no-unreachable-types: OFF. Its only findings are Federation's own definitions that nothing
//   in the API refers to (@cost, @join__directive, @join__implements, join__DirectiveArguments).
//   The rule takes no ignore list. Unreachable API types are still caught at composition.
// - strict-id-in-types: ON with exceptions. Value objects without an identity of their own are
//   exempt: connections, edges and PageInfo; mutation payloads (*Payload, a wrapper around the
//   objects the mutation changed, which carry the ids) and DeadlinesSet (counts); Deadline (a date with its provisional mark, part of its request, referral or action item); events (identified by their cursor) and the *Detail
//   types of meeting events; the per-enterprise department profiles (*Profile, identified by the
//   enterprise); the risk assessment (RiskAssessment and EnterpriseRisk, identified by their
//   enterprise; RiskSignal, a value inside it); DepartmentPerformance (a computed row per department and period); AlertTally
//   (counts of police alerts per category and severity, part of the police profile); the department risk signals (JudicialRiskSignal, MarketRiskSignal, TaxRiskSignal: computed on each read); the minutes
//   types (part of their meeting). Any new type must have `id: ID!`.
// - naming-convention: ON with the recommended options, except that names starting with
//   join__/link__ (Federation's) are ignored.
// - require-description: ON and STRICTER than recommended: every type, field, argument, input
//   field, enum value and directive must be described, except Federation's own definitions.
const graphql = require('@graphql-eslint/eslint-plugin');

// one graphql-config for both blocks: graphql-eslint loads it once per process
const graphQLConfig = { schema: 'schema/supergraph.graphql', documents: 'schema/operations/*.graphql' };
const recommended = graphql.configs['flat/schema-recommended'].rules;
const FEDERATION = '/^(join|link)__/';
const [, naming] = recommended['@graphql-eslint/naming-convention'];
const ignoringFederation = (style) => ({ style, ignorePattern: '^(join|link)__' });

module.exports = [
  {
    files: ['schema/supergraph.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...recommended,
      '@graphql-eslint/no-unreachable-types': 'off',
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          acceptedIdNames: ['id'],
          acceptedIdTypes: ['ID'],
          exceptions: {
            suffixes: ['Connection', 'Edge', 'Event', 'Detail', 'Profile', 'Payload'],
            types: [
              'PageInfo',
              'DepartmentPerformance',
              // risk signals: computed from a department's records, identified by enterprise and category
              'MarketRiskSignal',
              'TaxRiskSignal',
              'MeetingMinutes',
              'MinutesAttendance',
              'MinutesItem',
              'MinutesActionItem',
              'DeadlinesSet',
              'AlertTally',
              'Deadline',
              // computed on each read from the judicial records; `sourceId` names the record behind it
              'JudicialRiskSignal',
              'RiskAssessment',
              'RiskSignal',
              'EnterpriseRisk',
            ],
          },
        },
      ],
      '@graphql-eslint/naming-convention': [
        'error',
        {
          ...naming,
          types: ignoringFederation('PascalCase'),
          DirectiveDefinition: ignoringFederation('camelCase'),
        },
      ],
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
          ignoredSelectors: [
            `[name.value=${FEDERATION}]`,
            `[parent.name.value=${FEDERATION}]`,
            'DirectiveDefinition[name.value=/^(link|cost|listSize|inaccessible)$/]',
            'DirectiveDefinition[name.value=/^(link|cost|listSize|inaccessible)$/] InputValueDefinition',
          ],
        },
      ],
    },
  },
  {
    files: ['schema/operations/*.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: graphql.configs['flat/operations-recommended'].rules,
  },
];
