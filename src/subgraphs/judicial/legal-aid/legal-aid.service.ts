import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import type { Clock } from '../../../shared/clock';
import { badInput, notFound } from '../../../shared/errors';
import { CursorPart, findPage, type PageArgs } from '../../../shared/pagination';
import { toHubDate } from '../../../shared/time-zone';
import { LegalAidRequest, MediationCase } from '../mediation/judicial.entity';
import type { DisputeCategory, LegalAidStatus } from '../mediation/mediation-rules';
import { assertJudicialWriter, assertMayListJudicial } from '../policy';
import { MAX_NAME, MAX_REASON, MAX_TEXT, notInFuture, parseJudicialId, parseUscc, requiredText, text } from '../validation';

/** Legal aid (法律援助): recorded by the judicial bureau, decided once (grant, or refuse with a reason). */
export class LegalAidService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: Clock,
  ) {}

  async record(input: {
    enterpriseUscc: string; applicant: string; category: DisputeCategory; matter: string; mediationCaseId?: string | null; receivedOn?: string | null;
  }): Promise<LegalAidRequest> {
    assertJudicialWriter(this.viewer);
    const uscc = parseUscc(input.enterpriseUscc, 'enterpriseUscc');
    const applicant = requiredText(input.applicant, 'applicant', MAX_NAME);
    const matter = requiredText(input.matter, 'matter', MAX_TEXT);
    const caseId = input.mediationCaseId ? parseJudicialId(input.mediationCaseId, 'mediationCaseId', 'MediationCase') : null;
    const today = toHubDate(this.clock());
    const receivedOn = notInFuture(input.receivedOn ?? today, today, 'receivedOn');
    return this.em.transactional(async (tx) => {
      let mediationCase: MediationCase | null = null;
      if (caseId) {
        mediationCase = await tx.findOne(MediationCase, { id: caseId });
        if (!mediationCase) throw notFound(`No mediation case with id MediationCase:${caseId}.`);
        if (mediationCase.uscc !== uscc) throw badInput(`Mediation case ${mediationCase.caseNo} concerns another enterprise.`, 'mediationCaseId');
      }
      return tx.create(LegalAidRequest, { uscc, applicant, category: input.category, matter, receivedOn, mediationCase, recordedBy: this.viewer.displayName });
    });
  }

  /** Grants or refuses (reason required) a received request; a second decision is CONFLICT. */
  async decide(input: { legalAidRequestId: string; grant: boolean; reason?: string | null }): Promise<LegalAidRequest> {
    assertJudicialWriter(this.viewer);
    const id = parseJudicialId(input.legalAidRequestId, 'legalAidRequestId', 'LegalAidRequest');
    const reason = input.grant ? text(input.reason, 'reason', MAX_REASON, true) : requiredText(input.reason, 'reason', MAX_REASON);
    return this.em.transactional(async (tx) => {
      const request = await tx.findOne(LegalAidRequest, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!request) throw notFound(`No legal-aid request with id ${input.legalAidRequestId.slice(0, 64)}.`);
      request.decide(input.grant, toHubDate(this.clock()), reason, this.viewer.displayName);
      return request;
    });
  }

  /** Newest first; judicial staff and coordinators. */
  async list(filter: { status?: LegalAidStatus | null; enterpriseUscc?: string | null } | null | undefined, page: PageArgs) {
    assertMayListJudicial(this.viewer);
    const where: Record<string, unknown> = {};
    if (filter?.status) where.status = filter.status;
    if (filter?.enterpriseUscc) where.uscc = parseUscc(filter.enterpriseUscc, 'filter.enterpriseUscc');
    return findPage(this.em, LegalAidRequest, [where], page, { id: 'desc' }, [CursorPart.id]);
  }
}
