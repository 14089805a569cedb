import { ConfigError, loadConfig } from '../config';
import { retentionCutoff } from './retention';
import { argumentIds, originFromHeaders, resultOf, traceIdFrom } from './trail';

const headers = (h: Record<string, string>) => (name: string) => h[name] ?? null;

describe('audit trail, pure parts', () => {
  test('the trace id comes from traceparent, else a sane x-request-id, else a new one', () => {
    expect(traceIdFrom(headers({ traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' }))).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    // an all-zero trace id is invalid per W3C: fall through
    expect(traceIdFrom(headers({ traceparent: `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`, 'x-request-id': 'req-7' }))).toBe('req-7');
    expect(traceIdFrom(headers({ 'x-request-id': 'no spaces or <tags> allowed' }))).toBeNull();
    const a = originFromHeaders(headers({})).traceId;
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(originFromHeaders(headers({})).traceId).not.toBe(a);
  });

  test('only a real IP address and a plausible forwarded-for chain are kept', () => {
    expect(originFromHeaders(headers({ 'x-client-address': '203.0.113.9', 'x-forwarded-for': '198.51.100.1, 10.0.0.2' }))).toMatchObject({
      clientAddress: '203.0.113.9',
      forwardedFor: '198.51.100.1, 10.0.0.2',
    });
    expect(originFromHeaders(headers({ 'x-client-address': 'evil; drop table', 'x-forwarded-for': '<script>' }))).toMatchObject({ clientAddress: null, forwardedFor: null });
  });

  test('ids are taken from mutation arguments at any depth; free text and idempotency keys are not', () => {
    expect(
      argumentIds({ input: { issueId: '12', uscc: '91320102310079199X', reason: '企业的原话', idempotencyKey: 'k-1', toDepartment: 'police', assistingDepartmentIds: ['a', 'b'] } }),
    ).toEqual({ issueId: '12', uscc: '91320102310079199X', assistingDepartmentIds: 'a,b' });
    // the same row whether the mutation takes flat arguments or one input object
    expect(argumentIds({ input: { referralId: '7' } })).toEqual(argumentIds({ referralId: '7' }));
    expect(argumentIds({ referralId: 5, note: 'x' })).toEqual({ referralId: '5' });
  });

  test('results are error codes, never messages', () => {
    expect(resultOf({ extensions: { code: 'FORBIDDEN' }, message: 'secret detail' })).toBe('FORBIDDEN');
    expect(resultOf(new Error('duplicate key value violates ...'))).toBe('INTERNAL_SERVER_ERROR');
  });

  test('retention is at least 6 months: AUDIT_RETENTION_MONTHS below that is refused at start', () => {
    expect(() => loadConfig({ AUDIT_RETENTION_MONTHS: '5' })).toThrow(ConfigError);
    expect(() => loadConfig({ AUDIT_RETENTION_MONTHS: '5' })).toThrow(/AUDIT_RETENTION_MONTHS must be at least 6/);
    expect(loadConfig({}).audit.retentionMonths).toBe(6);
    expect(loadConfig({ AUDIT_RETENTION_MONTHS: '12' }).audit.retentionMonths).toBe(12);
    expect(retentionCutoff(new Date('2026-09-28T02:00:00Z'), 6).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(() => retentionCutoff(new Date(), 3)).toThrow(/at least 6/);
  });
});
