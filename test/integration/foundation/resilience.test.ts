import { DEMO_ENTERPRISES } from '../../../src/demo/district';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/** A department subgraph going down costs its fields, not the whole answer; coming back needs no gateway restart. */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const Q = `query($u: ID!) { enterprise(uscc: $u) { name police { liaisonOfficer { name } } tax { creditRating } } }`;
const uscc = DEMO_ENTERPRISES[0].uscc;

test('police down: the rest still answers, police reported as an error; police back: full answer', async () => {
  const before = await hub.gql(Q, { u: uscc }, 'coordinator');
  expect(before.errors).toBeUndefined();
  expect(before.data.enterprise.police.liaisonOfficer.name).toBe('李伟');

  await hub.stopSubgraph('police');
  const during = await hub.gql(Q, { u: uscc }, 'coordinator');
  expect(during.status).toBe(200);
  expect(during.data.enterprise.name).toBe(DEMO_ENTERPRISES[0].name);
  expect(during.data.enterprise.tax.creditRating).toBe('A');
  expect(during.data.enterprise.police).toBeNull();
  expect(during.errors?.length).toBeGreaterThan(0);
  expect(JSON.stringify(during.errors)).toMatch(/police/);

  await hub.restartSubgraph('police');
  const after = await hub.gql(Q, { u: uscc }, 'coordinator');
  expect(after.errors).toBeUndefined();
  expect(after.data.enterprise.police.liaisonOfficer.name).toBe('李伟');
});
