import { Referral, ReferralKind, ReferralStatus } from './referral.entity';

function referral(kind: ReferralKind, status = ReferralStatus.PENDING) {
  const r = new Referral();
  r.kind = kind;
  r.status = status;
  return r;
}

describe('referral state machine', () => {
  test('PENDING → ACCEPTED | REJECTED | CANCELLED, once', () => {
    for (const [step, to] of [['accept', ReferralStatus.ACCEPTED], ['reject', ReferralStatus.REJECTED], ['cancel', ReferralStatus.CANCELLED]] as const) {
      const r = referral(ReferralKind.TRANSFER);
      r.transition(step);
      expect(r.status).toBe(to);
      for (const again of ['accept', 'reject', 'cancel'] as const) {
        expect(() => r.transition(again)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'CONFLICT' }) }));
      }
    }
  });

  test('only an accepted ASSIST referral completes', () => {
    const assist = referral(ReferralKind.ASSIST);
    expect(() => assist.transition('complete')).toThrow(/only an accepted assist referral/);
    assist.transition('accept');
    assist.transition('complete');
    expect(assist.status).toBe(ReferralStatus.COMPLETED);
    const transfer = referral(ReferralKind.TRANSFER, ReferralStatus.ACCEPTED);
    expect(() => transfer.transition('complete')).toThrow(/transfer ends when accepted/);
  });
});
