import { ConfigError, loadConfig } from './config';

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
