import { Writable } from 'node:stream';
import { createLogger } from './logger';

test('a line names its scope once: a child scope replaces its parent’s', () => {
  const raw: string[] = [];
  const sink = new Writable({ write(chunk, _enc, done) { raw.push(String(chunk)); done(); } });
  const log = createLogger('info', 'hub', sink as never);
  log.info('root');
  log.child('gateway').child('events').warn('nested', { n: 1 });
  expect(raw).toHaveLength(2);
  expect(raw.map((line) => line.match(/"scope"/g)?.length)).toEqual([1, 1]);
  expect(raw.map((line) => JSON.parse(line))).toMatchObject([{ scope: 'hub', msg: 'root' }, { scope: 'events', msg: 'nested', n: 1 }]);
});
