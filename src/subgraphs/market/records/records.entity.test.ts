import { Complaint, ComplaintAction, ComplaintStatus } from './records.entity';
import { AbnormalListing, Penalty, PenaltyAction, PenaltyStatus } from '../registration/registration.entity';

const conflict = expect.objectContaining({ extensions: expect.objectContaining({ code: 'CONFLICT' }) });

describe('state machines of the market records', () => {
  test('complaints: RECEIVED → HANDLING → CLOSED, RECEIVED → DISMISSED, nothing else', () => {
    const c = new Complaint();
    expect(() => c.apply(ComplaintAction.CLOSE, '2026-09-01', 'x')).toThrow(conflict);
    c.apply(ComplaintAction.START_HANDLING, '2026-09-01', null);
    expect(c).toMatchObject({ status: ComplaintStatus.HANDLING, handlingSince: '2026-09-01', isOpen: true });
    expect(() => c.apply(ComplaintAction.DISMISS, '2026-09-02', 'x')).toThrow(conflict);
    c.apply(ComplaintAction.CLOSE, '2026-09-03', '已调解');
    expect(c).toMatchObject({ status: ComplaintStatus.CLOSED, closedOn: '2026-09-03', outcome: '已调解', isOpen: false });
    for (const a of Object.values(ComplaintAction)) expect(() => c.apply(a, '2026-09-04', 'x')).toThrow(conflict);
    const d = new Complaint();
    d.apply(ComplaintAction.DISMISS, '2026-09-01', '不属于受理范围');
    expect(d).toMatchObject({ status: ComplaintStatus.DISMISSED, outcome: '不属于受理范围' });
  });

  test('penalties: DECIDED → PAID | APPEALED; APPEALED → DECIDED | REVOKED; PAID and REVOKED final', () => {
    const p = Object.assign(new Penalty(), { fineYuan: '5000' });
    expect(p.fine).toBe('5000.00');
    expect(() => p.apply(PenaltyAction.UPHOLD, '2026-09-01', null)).toThrow(conflict);
    p.apply(PenaltyAction.APPEAL, '2026-09-01', null);
    expect(() => p.apply(PenaltyAction.PAY, '2026-09-02', null)).toThrow(conflict);
    p.apply(PenaltyAction.UPHOLD, '2026-09-03', '复议维持');
    expect(p).toMatchObject({ status: PenaltyStatus.DECIDED, statusChangedOn: '2026-09-03', statusNote: '复议维持' });
    p.apply(PenaltyAction.PAY, '2026-09-04', null);
    for (const a of Object.values(PenaltyAction)) expect(() => p.apply(a, '2026-09-05', null)).toThrow(conflict);
  });

  test('an abnormal listing is removed once, keeping day and reason', () => {
    const l = Object.assign(new AbnormalListing(), { id: 3, uscc: 'U', listedOn: '2026-06-30', reason: '未报送年报' });
    expect(l).toMatchObject({ isCurrent: true, globalId: 'AbnormalListing:3' });
    l.remove('2026-09-01', '已补报');
    expect(l).toMatchObject({ isCurrent: false, removedOn: '2026-09-01', removalReason: '已补报' });
    expect(() => l.remove('2026-09-02', 'again')).toThrow(/already removed/);
  });
});
