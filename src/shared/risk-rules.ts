import type { EntityManager } from '@mikro-orm/postgresql';
import { Enum, Property, type EntityClass } from '@mikro-orm/core';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, Query, Resolver, type ClassType } from 'type-graphql';
import { hasRole, type Viewer } from './auth';
import type { Clock } from './clock';
import { type RequestContext, viewerOf } from './context';
import { badInput, forbidden } from './errors';
import { ListSize } from './list-size';
import { payloadType } from './payload';
import { RISK_LEVELS, RiskLevel } from './risk';

/**
 * A department's rule table keyed by condition (`<dept>.risk_rule`: market, tax, judicial), as
 * data its administrators edit, not code: one row per condition (the migration inserts the
 * defaults), the level the condition raises (NONE: none) and, where the condition has them, its
 * numeric parameters (a count or an amount from which it holds, a window in days). Each department
 * keeps its own entity, conditions, migrations and schema types in its folder; checking, setting,
 * listing and the GraphQL operations are this one piece of code (the police's rule set, a list of
 * free rules replaced whole, is its own).
 */

/** The numeric parameters a rule may have. */
export type RiskRuleParam = 'threshold' | 'windowDays';
export const RISK_RULE_PARAMS: readonly RiskRuleParam[] = ['threshold', 'windowDays'];

export interface ParamRange {
  min: number;
  max: number;
}

/** Days a window may span, wherever a rule has one (police, market, judicial). */
export const WINDOW_DAYS_RANGE: ParamRange = { min: 1, max: 3660 };

/**
 * The columns every condition-keyed rule table has besides its condition and parameters. Their
 * GraphQL fields come with `@RiskRuleFields()` on the entity, after the entity's own (type-graphql
 * would inherit them only from a registered object type, and list them first).
 */
export abstract class RiskRuleColumns {
  @Enum({ items: () => RiskLevel })
  level!: RiskLevel;

  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Property({ type: 'string', length: 100 })
  updatedByName!: string;
}

/** Class decorator of a rule entity extending RiskRuleColumns: the GraphQL fields of those columns. */
export function RiskRuleFields(): ClassDecorator {
  return (target) => {
    Field(() => RiskLevel, { description: 'Level of the signal when the condition holds (NONE: no signal).' })(target.prototype, 'level');
    Field(() => Date, { description: 'When the rule was last set.' })(target.prototype, 'updatedAt');
    Field(() => String, { description: 'Name of the administrator who set it (系统默认 for the defaults).' })(target.prototype, 'updatedByName');
  };
}

/** A rule row: its condition, and the parameters its table has (null where the condition takes none). */
export interface RiskRuleRow<C extends string = string> extends RiskRuleColumns {
  condition: C;
  threshold?: number | null;
  windowDays?: number | null;
}

/** One rule as an administrator sets it. */
export interface RiskRuleFields<C extends string = string> {
  condition: C;
  level: RiskLevel;
  threshold?: number | null;
  windowDays?: number | null;
}

/** One department's rule table, as the shared code needs it. */
export interface RiskRuleTable<C extends string, R extends RiskRuleRow<C>> {
  entity: EntityClass<R>;
  /** The department's code: its DEPT_ADMINs set the rules, its staff and coordinators read them. */
  department: string;
  /** The department as messages name it ("market supervision", "the tax bureau"). */
  owner: string;
  /** Every condition, in the order the rules are listed. */
  conditions: readonly C[];
  /** Per parameter the table has: the conditions that take it, with its range; any other condition must leave it out. */
  params: Partial<Record<RiskRuleParam, Partial<Record<C, ParamRange>>>>;
  /** Parameters a rule may leave out to keep the value it has (added after the mutation was first published). */
  keep?: readonly RiskRuleParam[];
  /** Advisory lock: exclusive while the rules change, shared by every write that rewrites an enterprise's signals. */
  lock: string;
  /** Rewrites every enterprise's materialised signals by the rules as they stand in `tx` (null: every enterprise). */
  rewrite(tx: EntityManager, usccs: null, now: Date): Promise<number>;
}

/** Checks one rule of the input: BAD_USER_INPUT naming `rules[i].<field>`. A kept parameter left out stays out. */
export function checkRiskRule<C extends string>(
  table: Pick<RiskRuleTable<C, RiskRuleRow<C>>, 'conditions' | 'params' | 'keep'>,
  r: RiskRuleFields<C>,
  i: number,
): RiskRuleFields<C> {
  const field = (f: string) => `rules[${i}].${f}`;
  if (!table.conditions.includes(r.condition)) throw badInput('Unknown condition.', field('condition'));
  if (!RISK_LEVELS.includes(r.level)) throw badInput('Unknown level.', field('level'));
  const rule: RiskRuleFields<C> = { condition: r.condition, level: r.level };
  for (const param of RISK_RULE_PARAMS) {
    const ranges = table.params[param];
    if (!ranges) continue;
    const range = ranges[r.condition];
    const value = r[param];
    if (!range) {
      if (value != null) throw badInput(`${r.condition} has no ${param}: leave it out.`, field(param));
      rule[param] = null;
    } else if (value == null && table.keep?.includes(param)) {
      continue;
    } else if (value == null || !Number.isInteger(value) || value < range.min || value > range.max) {
      throw badInput(`${param} must be a whole number from ${range.min} to ${range.max}.`, field(param));
    } else {
      rule[param] = value;
    }
  }
  return rule;
}

/** Reads and sets one department's rules; a change rewrites every enterprise's signals of the department in its transaction. */
export class RiskRuleService<C extends string, R extends RiskRuleRow<C>> {
  constructor(
    private readonly table: RiskRuleTable<C, R>,
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: Clock,
  ) {}

  /** Sets the rules of the conditions given (the others keep theirs), each condition at most once. The department's administrators only. */
  async setRules(input: RiskRuleFields<C>[]): Promise<{ rules: R[]; signalsChanged: number }> {
    const { table, viewer } = this;
    if (!(viewer.department === table.department && hasRole(viewer, 'DEPT_ADMIN'))) {
      throw forbidden(`Only administrators of ${table.owner} may set the ${table.department} risk rules (风险规则).`);
    }
    if (!Array.isArray(input) || input.length === 0 || input.length > table.conditions.length) throw badInput('Give between one rule and one per condition.', 'rules');
    const rules = input.map((r, i) => checkRiskRule(table, r, i));
    const seen = new Set<string>();
    rules.forEach((r, i) => {
      if (seen.has(r.condition)) throw badInput(`rules[${i}] repeats ${r.condition}.`, `rules[${i}].condition`);
      seen.add(r.condition);
    });
    const now = this.clock();
    return this.em.transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [table.lock]);
      const rows = new Map<string, R>((await tx.find(table.entity, {})).map((r) => [r.condition, r as R]));
      for (const [i, r] of rules.entries()) {
        const set = { ...r, updatedAt: now, updatedByName: viewer.displayName };
        const row = rows.get(r.condition);
        if (row) {
          Object.assign(row, set);
          continue;
        }
        const missing = table.keep?.find((p) => table.params[p]?.[r.condition] && r[p] == null);
        if (missing) throw badInput(`${r.condition} has no rule yet: give its ${missing}.`, `rules[${i}].${missing}`);
        rows.set(r.condition, tx.create(table.entity, set as never) as R);
      }
      await tx.flush();
      const signalsChanged = await table.rewrite(tx, null, now);
      return { rules: this.ordered([...rows.values()]), signalsChanged };
    });
  }

  /** The rules in force: the department's staff and coordinators. */
  async rules(): Promise<R[]> {
    const { table, viewer } = this;
    if (!((viewer.department === table.department && hasRole(viewer, 'OFFICER', 'DEPT_ADMIN')) || hasRole(viewer, 'COORDINATOR'))) {
      throw forbidden(`The ${table.department} risk rules are read by ${table.owner} and joint-meeting coordinators only.`);
    }
    return this.ordered((await this.em.find(this.table.entity, {})) as R[]);
  }

  private ordered(rows: R[]): R[] {
    const order = this.table.conditions;
    return rows.sort((a, b) => order.indexOf(a.condition) - order.indexOf(b.condition));
  }
}

/**
 * A department's rule operations in its schema: `<dept>RiskRules` and
 * `set<Dept>RiskRules(input: { rules: [{ condition level <params>? }] })`, with the input and
 * payload types named after the department (`MarketRiskRuleInput`, `SetMarketRiskRulesInput`,
 * `SetMarketRiskRulesPayload`). Each call makes its own classes (type-graphql metadata is global).
 */
export function riskRuleOperations<C extends string, R extends RiskRuleRow<C>>(opts: {
  /** Type-name prefix: Market, Tax, Judicial. */
  name: string;
  /** The rule's object type (the department's entity). */
  rule: ClassType<R>;
  /** The department's condition enum (registered with type-graphql). */
  conditions: object;
  table: RiskRuleTable<C, R>;
  /** The rules as the descriptions name them, e.g. "market-supervision risk rules (市场监管风险规则)". */
  label: string;
  /** Description of each parameter input field the table has (what it is, for which conditions, its range). */
  params: Partial<Record<RiskRuleParam, string>>;
  /** Whose signals a change reassesses ("every enterprise's market signals"). */
  reassesses: string;
}) {
  const lower = opts.name.toLowerCase();
  const serviceOf = (ctx: RequestContext) => new RiskRuleService(opts.table, ctx.em, viewerOf(ctx), ctx.clock);

  @InputType(`${opts.name}RiskRuleInput`, { description: `One ${opts.label.replace('rules', 'rule')} to set.` })
  class RuleInput {
    @Field(() => opts.conditions, { description: 'The condition whose rule is set.' })
    condition!: C;

    @Field(() => RiskLevel, { description: 'Level of the signal when the condition holds; NONE raises none.' })
    level!: RiskLevel;
  }
  for (const param of RISK_RULE_PARAMS) {
    const description = opts.params[param];
    if (description) Field(() => Int, { nullable: true, description })(RuleInput.prototype, param);
  }

  @InputType(`Set${opts.name}RiskRulesInput`, { description: `${opts.name} risk rules to change; conditions not named keep their rules.` })
  class SetRulesInput {
    @Field(() => [RuleInput], { description: 'The rules to set, each condition at most once.' })
    rules!: RiskRuleFields<C>[];
  }

  const Payload = payloadType<{ rules: R[]; signalsChanged: number }>(`Set${opts.name}RiskRulesPayload`, `Result of set${opts.name}RiskRules.`, {
    rules: { type: () => [opts.rule], description: `Every ${lower} rule now in force.`, listSize: 20 },
    signalsChanged: { type: () => Int, description: `How many ${lower} signal rows the new rules raised, changed or dropped (the hub reassesses their enterprises).` },
  });

  @Resolver(() => opts.rule)
  class RuleResolver {
    @Authorized()
    @ListSize(20)
    @Query(() => [opts.rule], { name: `${lower}RiskRules`, description: `The ${opts.label} in force. Read by ${opts.table.owner} and joint-meeting coordinators.` })
    rules(@Ctx() ctx: RequestContext): Promise<R[]> {
      return serviceOf(ctx).rules();
    }

    @Authorized()
    @Mutation(() => Payload, { name: `set${opts.name}RiskRules`, description: `Set ${opts.label} and reassess ${opts.reassesses}. ${opts.name} administrators only.` })
    setRules(@Arg('input', () => SetRulesInput, { description: 'The rules to set.' }) input: SetRulesInput, @Ctx() ctx: RequestContext) {
      return serviceOf(ctx).setRules(input.rules);
    }
  }

  return { RuleInput, SetRulesInput, Payload, RuleResolver };
}
