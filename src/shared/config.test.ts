import { ConfigError, loadConfig } from './config';
import { embeddedPgSettings } from './database';

describe('DATABASE_DIRECT_URL (LISTEN and the migration lock bypass a transaction-mode pooler)', () => {
  const pooled = 'postgres://app:pw@liaison-db-pooler-rw:5432/liaison_hub';
  const direct = 'postgres://app:pw@liaison-db-rw:5432/liaison_hub';

  test('defaults to DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: pooled }).databaseDirectUrl).toBe(pooled);
  });
  test('takes its own value when set', () => {
    const c = loadConfig({ DATABASE_URL: pooled, DATABASE_DIRECT_URL: direct });
    expect([c.databaseUrl, c.databaseDirectUrl]).toEqual([pooled, direct]);
  });
  test('is refused without DATABASE_URL (the embedded database has no pooler in front)', () => {
    expect(() => loadConfig({ DATABASE_DIRECT_URL: direct })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_DIRECT_URL: direct })).toThrow(/DATABASE_DIRECT_URL: needs DATABASE_URL/);
  });
  test('an empty value counts as unset', () => {
    expect(loadConfig({ DATABASE_URL: pooled, DATABASE_DIRECT_URL: '' }).databaseDirectUrl).toBe(pooled);
  });
});

describe('DUPLICATE_SIMILARITY_THRESHOLD (查重)', () => {
  test('defaults to 0.2 and takes a fraction', () => {
    expect(loadConfig({}).duplicates.similarityThreshold).toBe(0.2);
    expect(loadConfig({ DUPLICATE_SIMILARITY_THRESHOLD: '0.45' }).duplicates.similarityThreshold).toBe(0.45);
  });
  test.each(['0', '1.5', 'high'])('refuses %s, naming the variable', (value) => {
    expect(() => loadConfig({ DUPLICATE_SIMILARITY_THRESHOLD: value })).toThrow(/DUPLICATE_SIMILARITY_THRESHOLD/);
  });
});

describe('attachments', () => {
  const s3 = { S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'files', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' };
  test('in the database unless all four S3 settings are given', () => {
    expect(loadConfig({}).attachments).toMatchObject({ s3: null, scanner: 'none', urlTtlSeconds: 300, maxFileBytes: 10 * 1024 * 1024, maxFiles: 5 });
    expect(loadConfig(s3).attachments.s3).toEqual({ endpoint: 'http://minio:9000', bucket: 'files', accessKeyId: 'k', secretAccessKey: 's', region: 'us-east-1', forcePathStyle: true });
  });
  test('a partial S3 configuration is refused, naming what was set', () => {
    expect(() => loadConfig({ S3_ENDPOINT: s3.S3_ENDPOINT, S3_BUCKET: s3.S3_BUCKET })).toThrow(/set all four .* \(set: S3_ENDPOINT, S3_BUCKET\)/);
  });
  test('limits and scanner are validated', () => {
    expect(() => loadConfig({ ATTACHMENT_SCANNER: 'clamav' })).toThrow(/ATTACHMENT_SCANNER/);
    expect(() => loadConfig({ ATTACHMENT_URL_TTL_SECONDS: '86400' })).toThrow(/ATTACHMENT_URL_TTL_SECONDS/);
  });
});

describe('TRUSTED_DOCUMENTS_ONLY / TRUSTED_DOCUMENTS_FILES (trusted documents)', () => {
  test('off by default, with no list besides the console\'s', () => {
    expect(loadConfig({}).trustedDocuments).toEqual({ only: false, files: [] });
  });
  test('on with true (or 1, yes); further lists by path, comma-separated', () => {
    const c = loadConfig({ TRUSTED_DOCUMENTS_ONLY: 'true', TRUSTED_DOCUMENTS_FILES: '/etc/liaison/partner.json, /etc/liaison/app.json' });
    expect(c.trustedDocuments).toEqual({ only: true, files: ['/etc/liaison/partner.json', '/etc/liaison/app.json'] });
    expect(loadConfig({ TRUSTED_DOCUMENTS_ONLY: 'yes' }).trustedDocuments.only).toBe(true);
  });
  test.each(['on', 'TRUE ', 'enabled'])('refuses %j, naming the variable', (value) => {
    expect(() => loadConfig({ TRUSTED_DOCUMENTS_ONLY: value })).toThrow(/TRUSTED_DOCUMENTS_ONLY/);
    });
});

describe('OUTBOX_REPLAY_DAYS (the outbox replay window)', () => {
  test('defaults to 90 days, maintained hourly, and takes a number of days', () => {
    expect(loadConfig({}).outbox).toEqual({ replayDays: 90, maintenanceIntervalMs: 3_600_000 });
    expect(loadConfig({ OUTBOX_REPLAY_DAYS: '365' }).outbox.replayDays).toBe(365);
  });
  test.each(['0', '-3', '1.5', '3651', 'ninety'])('refuses %s, naming the variable', (value) => {
    expect(() => loadConfig({ OUTBOX_REPLAY_DAYS: value })).toThrow(/OUTBOX_REPLAY_DAYS/);
  });
});

describe('the embedded PostgreSQL tuning (EMBEDDED_PG_MEMORY_MB, EMBEDDED_PG_SETTINGS)', () => {
  test('sized from the memory given, settings given last', () => {
    const c = loadConfig({ EMBEDDED_PG_MEMORY_MB: '16384', EMBEDDED_PG_SETTINGS: 'work_mem=32MB, jit=off' });
    expect(c.embeddedPg).toMatchObject({ memoryMb: 16384, settings: { work_mem: '32MB', jit: 'off' } });
    expect(embeddedPgSettings(c.embeddedPg.memoryMb, c.embeddedPg.settings)).toMatchObject({
      shared_buffers: '2048MB',
      effective_cache_size: '8192MB',
      work_mem: '32MB',
      maintenance_work_mem: '256MB',
      jit: 'off',
    });
  });
  test('small and large machines stay within bounds', () => {
    expect(embeddedPgSettings(1024)).toMatchObject({ shared_buffers: '128MB', work_mem: '4MB', maintenance_work_mem: '64MB', effective_cache_size: '512MB' });
    expect(embeddedPgSettings(256 * 1024)).toMatchObject({ shared_buffers: '8192MB', work_mem: '64MB', maintenance_work_mem: '1024MB' });
  });
  test('defaults to the machine\'s memory; malformed values are refused', () => {
    expect(loadConfig({}).embeddedPg).toMatchObject({ memoryMb: undefined, settings: {} });
    expect(() => loadConfig({ EMBEDDED_PG_SETTINGS: 'shared_buffers 2GB' })).toThrow(/EMBEDDED_PG_SETTINGS/);
    expect(() => loadConfig({ EMBEDDED_PG_MEMORY_MB: '100' })).toThrow(/EMBEDDED_PG_MEMORY_MB/);
  });
});
