import { execute, isObjectType, parse, subscribe, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { Arg, Directive, Field, ID, InputType, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { buildFederatedSchema } from './federation';
import { assertCleanArguments, MAX_STRING_LENGTH, textProblem } from './input-guard';

function refusal(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    return err as { message: string; extensions: Record<string, unknown> };
  }
  throw new Error('expected a refusal');
}

describe('textProblem', () => {
  test('accepts any well-formed text, including astral characters (surrogate pairs) and Chinese', () => {
    for (const ok of ['', 'plain', '企业诉求', '😀👩‍👩‍👧🇨🇳', '𠀀𪚥', 'e\u0301', '\t\n\r', '\u{10FFFF}', 'x'.repeat(MAX_STRING_LENGTH)]) {
      expect(textProblem(ok)).toBeNull();
    }
  });

  test('refuses NUL, unpaired surrogates (high, low, reversed pair) and over-long text', () => {
    expect(textProblem('a\u0000b')).toMatch(/NUL/);
    expect(textProblem('a\ud800b')).toMatch(/surrogate/);
    expect(textProblem('\ud83d')).toMatch(/surrogate/);
    expect(textProblem('\udc00a')).toMatch(/surrogate/);
    expect(textProblem('\ude00\ud83d')).toMatch(/surrogate/);
    expect(textProblem('x'.repeat(MAX_STRING_LENGTH + 1))).toMatch(/too long/);
    expect(textProblem('abcd', 3)).toMatch(/at most 3/);
  });
});

describe('assertCleanArguments', () => {
  test('names the offending argument by its path through input objects and lists', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ description: 'a\u0000' }, 'description'],
      [{ input: { title: 'ok', description: 'x\ud800' } }, 'input.description'],
      [{ input: { keywords: ['ok', 'fine', '\u0000'] } }, 'input.keywords[2]'],
      [{ input: { people: [{ name: 'ok' }, { name: 'b\udfff' }] } }, 'input.people[1].name'],
      [{ representations: [{ __typename: 'Enterprise', uscc: '9132\u0000' }] }, 'representations[0].uscc'],
    ];
    for (const [args, field] of cases) {
      const err = refusal(() => assertCleanArguments(args));
      expect(err.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(err.message.startsWith(field)).toBe(true);
    }
  });

  test('object keys, hostile nesting and long strings are refused; numbers, booleans, dates, nulls pass', () => {
    expect(refusal(() => assertCleanArguments({ representations: [{ ['k\u0000']: 1 }] })).extensions).toMatchObject({ field: 'representations[0]' });
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(refusal(() => assertCleanArguments({ representations: deep })).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refusal(() => assertCleanArguments({ q: 'x'.repeat(MAX_STRING_LENGTH + 1) })).message).toMatch(/too long/);
    expect(() => assertCleanArguments({ n: 1, b: true, d: new Date(), z: null, u: undefined, list: [1, '好'], o: Object.create(null) })).not.toThrow();
  });
});

@InputType()
class EchoInput {
  @Field()
  text!: string;

  @Field(() => [String], { nullable: true })
  tags?: string[];
}

@Directive('@key(fields: "code")')
@ObjectType()
class Widget {
  @Field(() => ID)
  code!: string;
}

let resolved = 0;

@Resolver()
class EchoResolver {
  @Query(() => String)
  echo(@Arg('input', () => EchoInput) input: EchoInput): string {
    resolved++;
    return input.text;
  }

  @Query(() => Widget)
  widget(): Widget {
    return { code: 'w1' };
  }

  @Subscription(() => String, {
    subscribe: () => {
      resolved++;
      return (async function* () {
        yield 'tick';
      })();
    },
  })
  ticks(@Root() tick: string, @Arg('topic') _topic: string): string {
    return tick;
  }
}

describe('guardArguments on a federated schema (every subgraph is built this way)', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildFederatedSchema({ resolvers: [EchoResolver], orphanedTypes: [Widget] }, {
      Widget: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
    });
  });
  const run = (source: string, variableValues?: Record<string, unknown>) =>
    execute({ schema, document: parse(source), variableValues }) as Promise<ExecutionResult>;

  test('query arguments: refused before the resolver runs, naming the path', async () => {
    resolved = 0;
    const res = await run(`query($i: EchoInput!) { echo(input: $i) }`, { i: { text: 'ok', tags: ['a', 'b\ud800'] } });
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.tags[1]' });
    expect(resolved).toBe(0);
    const fine = await run(`query($i: EchoInput!) { echo(input: $i) }`, { i: { text: '企业😀' } });
    expect(fine).toEqual({ data: { echo: '企业😀' } });
  });

  test('_entities representations (the keys another subgraph or a direct caller sends)', async () => {
    const res = await run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Widget { code } } }`, {
      r: [{ __typename: 'Widget', code: 'ok' }, { __typename: 'Widget', code: 'w\u0000' }],
    });
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'representations[1].code' });
    const fine = await run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Widget { code } } }`, { r: [{ __typename: 'Widget', code: '码😀' }] });
    expect(fine).toEqual({ data: { _entities: [{ code: '码😀' }] } });
  });

  test('subscription arguments are checked before `subscribe` opens anything', async () => {
    resolved = 0;
    const res = (await subscribe({ schema, document: parse(`subscription($t: String!) { ticks(topic: $t) }`), variableValues: { t: 'x\udc00' } })) as ExecutionResult;
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'topic' });
    expect(resolved).toBe(0);
    const stream = (await subscribe({ schema, document: parse(`subscription { ticks(topic: "好") }`) })) as AsyncIterableIterator<ExecutionResult>;
    expect((await stream.next()).value).toEqual({ data: { ticks: 'tick' } });
  });

  test('fields without arguments keep their own resolver: no added cost per field', () => {
    const widget = schema.getType('Widget');
    expect(isObjectType(widget) && widget.getFields().code.resolve?.name).not.toBe('guardedResolve');
    const query = schema.getQueryType()!.getFields();
    expect(query.echo.resolve?.name).toBe('guardedResolve');
    expect(query._entities.resolve?.name).toBe('guardedResolve');
    expect(schema.getSubscriptionType()!.getFields().ticks.subscribe?.name).toBe('guardedSubscribe');
    expect(query.widget.resolve?.name).not.toBe('guardedResolve');
    expect(query._service.resolve?.name).not.toBe('guardedResolve');
  });
});
