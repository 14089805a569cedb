import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, type Viewer } from '../../../shared/auth';
import type { Clock } from '../../../shared/clock';
import { badInput, forbidden } from '../../../shared/errors';
import { RISK_LEVELS, type RiskLevel } from '../../../shared/risk';
import { dayInstant, syncSignalRows } from '../../../shared/risk-materialise';
import { toHubDate } from '../../../shared/time-zone';
import { Litigation, MediationCase } from '../mediation/judicial.entity';
import { isJudicialStaff, JUDICIAL } from '../policy';
import { JudicialRiskCondition, judicialRiskSignals, type JudicialRuleFact, WINDOWED_CONDITIONS } from './risk-signals';
import { JudicialRiskRule, JudicialRiskSignalRow } from './risk.entity';

/** Advisory lock: held while the rules change (the whole-table rewrite of the signals under them). */
export const JUDICIAL_RULES_LOCK = 'judicial:risk-rules';
export const WINDOW_RANGE = { min: 1, max: 3660 } as const;

/**
 * Rewrites the judicial bureau's materialised signals of `usccs` (null: every enterprise with a case,
 * a lawsuit or a signal) in the caller's transaction, by the rule table as it stands in it, as of
 * `today`. Only changed rows are written (only real changes NOTIFY the hub).
 */
export async function refreshJudicialSignals(tx: EntityManager, usccs: string[] | null, today: string): Promise<number> {
  const where = usccs ? { uscc: { $in: usccs } } : {};
  const [rules, cases, litigations] = await Promise.all([
    tx.find(JudicialRiskRule, {}),
    tx.find(MediationCase, where),
    tx.find(Litigation, where),
  ]);
  const byUscc = new Map<string, { cases: MediationCase[]; litigations: Litigation[] }>();
  const of = (u: string) => byUscc.get(u) ?? byUscc.set(u, { cases: [], litigations: [] }).get(u)!;
  for (const c of cases) of(c.uscc).cases.push(c);
  for (const l of litigations) of(l.uscc).litigations.push(l);
  const computed = [...byUscc.values()].flatMap((r) =>
    judicialRiskSignals(r.cases, r.litigations, today, rules).map((s) => ({
      uscc: s.uscc, key: s.sourceId, category: s.category, level: s.level, observedAt: dayInstant(s.observedAt), details: s.detailText,
    })),
  );
  return syncSignalRows(tx, JudicialRiskSignalRow, usccs, computed);
}

/** The rules are the bureau's own: only its administrators set them (not coordinators: not the joint meeting's call). */
export function assertMaySetJudicialRiskRules(v: Viewer): void {
  if (v.department === JUDICIAL && hasRole(v, 'DEPT_ADMIN')) return;
  throw forbidden('Only administrators of the judicial bureau may set the judicial risk rules (风险规则).');
}

/** Checks one rule of the input: BAD_USER_INPUT naming `rules[i].<field>`. */
export function checkJudicialRule(r: { condition: JudicialRiskCondition; level: RiskLevel; windowDays?: number | null }, i: number): JudicialRuleFact {
  const field = (f: string) => `rules[${i}].${f}`;
  if (!Object.values(JudicialRiskCondition).includes(r.condition)) throw badInput('Unknown condition.', field('condition'));
  if (!RISK_LEVELS.includes(r.level)) throw badInput('Unknown level.', field('level'));
  const windowed = WINDOWED_CONDITIONS.includes(r.condition);
  if (!windowed && r.windowDays != null) throw badInput(`${r.condition} has no window: leave windowDays out.`, field('windowDays'));
  if (windowed && (r.windowDays == null || !Number.isInteger(r.windowDays) || r.windowDays < WINDOW_RANGE.min || r.windowDays > WINDOW_RANGE.max)) {
    throw badInput(`windowDays must be a whole number of days from ${WINDOW_RANGE.min} to ${WINDOW_RANGE.max}.`, field('windowDays'));
  }
  return { condition: r.condition, level: r.level, windowDays: windowed ? r.windowDays! : null };
}

/** Reads and sets the judicial risk rules; a change reassesses every enterprise's judicial signals in its transaction. */
export class JudicialRiskService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: Clock,
  ) {}

  /** Sets the levels (and windows) of the conditions given; the others keep theirs. Each condition at most once. */
  async setRules(input: { condition: JudicialRiskCondition; level: RiskLevel; windowDays?: number | null }[]): Promise<{ rules: JudicialRiskRule[]; signalsChanged: number }> {
    assertMaySetJudicialRiskRules(this.viewer);
    if (!Array.isArray(input) || input.length === 0 || input.length > Object.keys(JudicialRiskCondition).length) {
      throw badInput('Give between one rule and one per condition.', 'rules');
    }
    const facts = input.map(checkJudicialRule);
    const seen = new Set<string>();
    facts.forEach((f, i) => {
      if (seen.has(f.condition)) throw badInput(`rules[${i}] repeats ${f.condition}.`, `rules[${i}].condition`);
      seen.add(f.condition);
    });
    const now = this.clock();
    return this.em.transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [JUDICIAL_RULES_LOCK]);
      const rows = new Map((await tx.find(JudicialRiskRule, {})).map((r) => [r.condition, r]));
      for (const f of facts) {
        const row = rows.get(f.condition) ?? tx.create(JudicialRiskRule, { condition: f.condition, level: f.level, windowDays: f.windowDays, updatedAt: now, updatedByName: this.viewer.displayName });
        Object.assign(row, { level: f.level, windowDays: f.windowDays, updatedAt: now, updatedByName: this.viewer.displayName });
        rows.set(f.condition, row);
      }
      await tx.flush();
      const signalsChanged = await refreshJudicialSignals(tx, null, toHubDate(now));
      return { rules: [...rows.values()].sort(byCondition), signalsChanged };
    });
  }

  async rules(): Promise<JudicialRiskRule[]> {
    if (!isJudicialStaff(this.viewer) && !hasRole(this.viewer, 'COORDINATOR')) {
      throw forbidden('The judicial risk rules are read by the judicial bureau and joint-meeting coordinators only.');
    }
    return (await this.em.find(JudicialRiskRule, {})).sort(byCondition);
  }
}

const ORDER = Object.values(JudicialRiskCondition);
const byCondition = (a: JudicialRiskRule, b: JudicialRiskRule) => ORDER.indexOf(a.condition) - ORDER.indexOf(b.condition);
