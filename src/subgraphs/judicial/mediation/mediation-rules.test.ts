import { GRADE_ORDER, legalAidStateMachine, LegalAidStatus, MediationGrade, mediationStateMachine, MediationStatus, nextGrade, categoryOfSubject, DisputeCategory } from './mediation-rules';
import { Litigation, LitigationOutcome, LitigationRole } from './judicial.entity';
import { MediationCase } from './judicial.entity';

const conflictWith = (pattern: RegExp) => expect.objectContaining({ message: expect.stringMatching(pattern), extensions: expect.objectContaining({ code: 'CONFLICT' }) });

describe('mediation case state machine (分级调解)', () => {
  test('grades go community → street → district, and no further', () => {
    expect(GRADE_ORDER).toEqual([MediationGrade.COMMUNITY, MediationGrade.STREET, MediationGrade.DISTRICT]);
    expect(nextGrade(MediationGrade.COMMUNITY)).toBe(MediationGrade.STREET);
    expect(nextGrade(MediationGrade.STREET)).toBe(MediationGrade.DISTRICT);
    expect(() => nextGrade(MediationGrade.DISTRICT)).toThrow(conflictWith(/district grade/));
  });

  test('an open case escalates, settles or fails; a closed one does neither; only a failed one goes to court', () => {
    expect(mediationStateMachine.transition(MediationStatus.OPEN, 'escalate')).toBe(MediationStatus.OPEN);
    expect(mediationStateMachine.transition(MediationStatus.OPEN, 'settle')).toBe(MediationStatus.SETTLED);
    expect(mediationStateMachine.transition(MediationStatus.OPEN, 'fail')).toBe(MediationStatus.FAILED);
    for (const closed of [MediationStatus.SETTLED, MediationStatus.FAILED]) {
      expect(() => mediationStateMachine.transition(closed, 'escalate')).toThrow(conflictWith(new RegExp(`is ${closed}`)));
      expect(() => mediationStateMachine.transition(closed, 'settle')).toThrow(conflictWith(/closed once/));
      expect(() => mediationStateMachine.transition(closed, 'fail')).toThrow(conflictWith(/closed once/));
    }
    expect(mediationStateMachine.allows(MediationStatus.FAILED, 'fileLitigation')).toBe(true);
    expect(mediationStateMachine.allows(MediationStatus.OPEN, 'fileLitigation')).toBe(false);
    expect(mediationStateMachine.allows(MediationStatus.SETTLED, 'fileLitigation')).toBe(false);
  });

  test('the entity moves its grade and dates, and refuses a second closing', () => {
    const c = Object.assign(new MediationCase(), { id: 1, grade: MediationGrade.COMMUNITY, status: MediationStatus.OPEN, gradeSince: '2026-01-01' });
    expect(c.escalate('2026-01-05')).toEqual({ from: MediationGrade.COMMUNITY, to: MediationGrade.STREET });
    expect(c.gradeSince).toBe('2026-01-05');
    c.close(MediationStatus.FAILED, '2026-01-09', '未达成一致');
    expect([c.status, c.closedOn, c.closingNote]).toEqual([MediationStatus.FAILED, '2026-01-09', '未达成一致']);
    expect(() => c.close(MediationStatus.SETTLED, '2026-01-10', 'x')).toThrow(conflictWith(/closed once/));
    expect(c.status).toBe(MediationStatus.FAILED);
    expect(() => c.assertMayFileLitigation()).not.toThrow();
  });

  test('a lawsuit is concluded once, on a day not before it was filed', () => {
    const l = Object.assign(new Litigation(), { id: 7, uscc: 'u', caseNo: 'c', court: 'x', role: LitigationRole.DEFENDANT, cause: 'y', filedOn: '2026-03-01' });
    expect(l.pending).toBe(true);
    expect(() => l.conclude(LitigationOutcome.JUDGMENT, '2026-02-28', null, 'u-1')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'concludedOn' }) }));
    expect(l.pending).toBe(true);
    l.conclude(LitigationOutcome.SETTLED_IN_COURT, '2026-03-01', '当庭调解', 'u-1');
    expect([l.pending, l.outcome, l.concludedOn, l.conclusionNote, l.concludedBy]).toEqual([false, LitigationOutcome.SETTLED_IN_COURT, '2026-03-01', '当庭调解', 'u-1']);
    expect(() => l.conclude(LitigationOutcome.WITHDRAWN, '2026-03-02', null, 'u-2')).toThrow(conflictWith(/CONCLUDED already, and a lawsuit is concluded once/));
    expect(l.outcome).toBe(LitigationOutcome.SETTLED_IN_COURT);
    // a lawsuit concluded before outcomes were recorded (pending false, no outcome) is concluded too
    const legacy = Object.assign(new Litigation(), { filedOn: '2025-01-01', pending: false });
    expect(() => legacy.conclude(LitigationOutcome.JUDGMENT, '2026-01-01', null, 'u')).toThrow(conflictWith(/concluded once/));
  });

  test('legal aid is decided once', () => {
    expect(legalAidStateMachine.transition(LegalAidStatus.RECEIVED, 'grant')).toBe(LegalAidStatus.GRANTED);
    expect(legalAidStateMachine.transition(LegalAidStatus.RECEIVED, 'refuse')).toBe(LegalAidStatus.REFUSED);
    expect(() => legalAidStateMachine.transition(LegalAidStatus.GRANTED, 'refuse')).toThrow(conflictWith(/already GRANTED/));
  });

  test('legacy subjects map onto categories', () => {
    expect(['欠薪纠纷', '劳动争议', '合同纠纷', '租赁纠纷', '邻里纠纷'].map(categoryOfSubject)).toEqual([
      DisputeCategory.WAGE_ARREARS, DisputeCategory.LABOUR, DisputeCategory.CONTRACT, DisputeCategory.LEASE, DisputeCategory.OTHER,
    ]);
  });
});
