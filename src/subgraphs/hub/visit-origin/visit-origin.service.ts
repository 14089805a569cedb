import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, type Viewer } from '../../../shared/auth';
import { badInput, conflict, forbidden, notFound } from '../../../shared/errors';
import { IssueChannel, IssuePriority } from '../issue/issue-status';
import { Issue } from '../issue/issue.entity';
import { IssueService, LIMITS } from '../issue/issue.service';
import { VISIT_DEPARTMENT } from '../policy';
import { optionalText } from '../validation';
import type { ReportVisitProblemInput } from './visit-origin.types';

/** Advisory-lock class of visit-problem reports (two-int form: its own key space). */
const VISIT_PROBLEM_LOCK = 8_011;
/** Problems per visit the police accept (police validation: at most 20). */
const MAX_PROBLEM_INDEX = 19;
const TITLE_FROM_TEXT = 40;

/** What the police publish about a visit to the hub (view police.visit_for_hub, read-only). */
interface PublishedVisit {
  uscc: string;
  visited_on: string;
  problems_found: string[];
  officer_name: string;
}

export function parseVisitId(value: string, field = 'visitId'): number {
  const m = /^Visit:([1-9]\d{0,9})$/.exec(String(value));
  if (!m || Number(m[1]) > 2_147_483_647) throw badInput(`${field} "${String(value).slice(0, 64)}" is not a Visit id (expected "Visit:…", as recordVisit returned it).`, field);
  return Number(m[1]);
}

/**
 * 走访发现问题 → 诉求: a problem found on a police visit becomes a routed request in one step. The
 * hub checks the visit against what the police publish in the same database (view
 * `police.visit_for_hub`) inside its own transaction: the request and its link commit together or
 * not at all. One request per (visit, problem): a retry returns the first one (`replayed`).
 */
export class VisitOriginService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: () => Date,
  ) {}

  async report(input: ReportVisitProblemInput): Promise<{ issue: Issue; replayed: boolean }> {
    const v = this.viewer;
    // the police's own finding: police officers and administrators report it (not other departments, not coordinators)
    if (!(v.department === VISIT_DEPARTMENT && hasRole(v, 'OFFICER', 'DEPT_ADMIN'))) {
      throw forbidden('Only police officers report a problem found on a police visit (走访); others submit requests with submitIssue.');
    }
    const visitId = parseVisitId(input.visitId);
    const index = input.problemIndex;
    if (!Number.isInteger(index) || index < 0 || index > MAX_PROBLEM_INDEX) throw badInput(`problemIndex must be 0 to ${MAX_PROBLEM_INDEX}, got ${index}.`, 'problemIndex');
    const title = optionalText(input.title, 'title', LIMITS.title);
    const priority = input.priority ?? IssuePriority.NORMAL;
    return this.em.transactional(async (tx) => {
      // two reports of the same problem at once queue here; the second finds the first one's request
      await tx.execute('select pg_advisory_xact_lock(?, hashtext(?))', [VISIT_PROBLEM_LOCK, `${visitId}/${index}`]);
      const existing = await tx.findOne(Issue, { originVisitId: visitId, originProblemIndex: index }, { populate: ['category'] });
      if (existing) {
        if (existing.category.code !== input.category) {
          throw conflict(`Problem ${index + 1} of visit Visit:${visitId} was already reported as request ${existing.number} in category ${existing.category.code}.`);
        }
        return { issue: existing, replayed: true };
      }
      const [visit] = await tx.execute<PublishedVisit[]>(
        'select uscc, visited_on::text as visited_on, problems_found, officer_name from police.visit_for_hub where id = ?',
        [visitId],
      );
      if (!visit) throw notFound(`No police visit Visit:${visitId}.`);
      const problems = visit.problems_found ?? [];
      if (index >= problems.length) {
        throw badInput(`Visit Visit:${visitId} lists ${problems.length} problem(s) found; problemIndex ${index} is not one of them.`, 'problemIndex');
      }
      const text = problems[index];
      const chars = Array.from(text); // whole characters: never half of a surrogate pair
      const issue = await new IssueService(tx, v, this.clock).createIssue(
        tx,
        {
          uscc: visit.uscc,
          title: title ?? (chars.length > TITLE_FROM_TEXT ? `${chars.slice(0, TITLE_FROM_TEXT).join('')}…` : text),
          description: `${text}\n\n（${visit.visited_on} 走访发现，联络民警：${visit.officer_name}）`,
          category: input.category,
          channel: IssueChannel.VISIT,
          priority,
          // deadlines count from the report, not the visit day: the officer reports what the hub must answer
          receivedAt: null,
        },
        null,
        { visitId, problemIndex: index },
      );
      return { issue, replayed: false };
    });
  }
}
