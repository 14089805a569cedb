import { DEMO_USERS } from '../../../src/demo/district';
import { act, codeOf, ok, submit } from '../../helpers/issues';
import { startTestHub, type TestHub } from '../../helpers/test-hub';

/**
 * Response templates (答复模板) through the gateway: who may keep them (a department's own staff,
 * coordinators), placeholders checked when saved, listed for a request's category and the
 * viewer's department, rendered on the server for a request.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const TEMPLATE_FIELDS = 'id title body placeholders department { code } category { code } updatedBy { id }';
const SAVE = `mutation($input: SaveResponseTemplateInput!) { saveResponseTemplate(input: $input) { responseTemplate { ${TEMPLATE_FIELDS} } } }`;
const DELETE = `mutation($input: DeleteResponseTemplateInput!) { deleteResponseTemplate(input: $input) { deletedResponseTemplateId } }`;
const FOR_ISSUE = `query($id: ID!) { responseTemplates(filter: { issueId: $id }, first: 100) { edges { node { id title department { code } category { code } renderFor(issueId: $id) } } } }`;

const save = (who: string, input: Record<string, unknown>) => hub.gql(SAVE, { input }, who);

/** A tax-service request of the demo enterprise, routed to tax by the rules. */
async function taxRequest(title: string) {
  const issue = await submit(hub, 'enterprise', { uscc: DEMO_USERS.enterprise.uscc, title, description: `${title}，请税务部门协助。`, category: 'tax_service' });
  expect(issue.leadDepartment?.code).toBe('tax');
  return issue;
}

test('the seeded templates are listed for a request of their category and rendered with its enterprise, number, department and deadline', async () => {
  const issue = await taxRequest('发票开具模板测试');
  const res = await hub.gql(FOR_ISSUE, { id: issue.id }, 'tax-officer');
  expect(res.errors).toBeUndefined();
  const nodes = res.data.responseTemplates.edges.map((e: any) => e.node);
  const accepted = nodes.find((n: any) => n.title === '涉税诉求已受理');
  expect(accepted).toBeDefined();
  // only the viewer's department, and only the request's category or any category
  expect(nodes.every((n: any) => n.department.code === 'tax' && (n.category === null || n.category.code === 'tax_service'))).toBe(true);
  const [y, m, d] = (issue.replyDeadline as string).split('-').map(Number);
  expect(accepted.renderFor).toBe(
    `南京清河精密机械有限公司：您好！您反映的“发票开具模板测试”（编号${issue.number}）已由税务局受理，我们将于${y}年${m}月${d}日前给予答复。如有疑问，请拨打12366纳税缴费服务热线。`,
  );
  expect(accepted.renderFor).not.toMatch(/\{\{|\}\}/);
  // a coordinator sees the lead department's templates for the request
  const coordinator = await hub.gql(FOR_ISSUE, { id: issue.id }, 'coordinator');
  expect(coordinator.data.responseTemplates.edges.map((e: any) => e.node.title)).toContain('涉税诉求已受理');
});

test('officers keep their own department\'s templates; other departments and enterprises are refused', async () => {
  const created = await ok(hub, SAVE, { input: { department: 'tax', category: 'tax_service', title: '退税进度', body: '{{企业名称}}：{{requestNumber}} 退税正在审核。' } }, 'tax-officer');
  const t = created.responseTemplate;
  expect(t).toMatchObject({ title: '退税进度', placeholders: ['企业名称', '诉求编号'], department: { code: 'tax' }, category: { code: 'tax_service' }, updatedBy: { id: DEMO_USERS['tax-officer'].sub } });
  expect(t.id).toMatch(/^ResponseTemplate:\d+$/);

  // another department's officer: neither create for tax, nor edit, delete or list tax's templates
  expect(codeOf(await save('police-officer', { department: 'tax', title: '越权', body: '文本' }))).toBe('FORBIDDEN');
  expect(codeOf(await save('police-officer', { id: t.id, department: 'police', title: '改为公安', body: '文本' }))).toBe('FORBIDDEN');
  expect(codeOf(await hub.gql(DELETE, { input: { id: t.id } }, 'police-officer'))).toBe('FORBIDDEN');
  expect(codeOf(await hub.gql(`query { responseTemplates(filter: { department: "tax" }) { edges { node { id } } } }`, {}, 'police-officer'))).toBe('FORBIDDEN');
  expect(codeOf(await hub.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: t.id }, 'police-officer'))).toBe('FORBIDDEN');
  // enterprises do not use templates at all
  expect(codeOf(await save('enterprise', { department: 'tax', title: '企业', body: '文本' }))).toBe('FORBIDDEN');
  expect(codeOf(await hub.gql(`query { responseTemplates { edges { node { id } } } }`, {}, 'enterprise'))).toBe('FORBIDDEN');

  // the department's own officer edits it; the list of the department shows the change
  const edited = await ok(hub, SAVE, { input: { id: t.id, department: 'tax', category: null, title: '退税进度（通用）', body: '{{企业名称}}：退税正在审核。' } }, 'tax-officer');
  expect(edited.responseTemplate).toMatchObject({ id: t.id, category: null, placeholders: ['企业名称'] });
  const own = await ok(hub, `query { responseTemplates(first: 100) { edges { node { id title department { code } } } } }`, {}, 'tax-officer');
  expect(own.edges.map((e: any) => e.node)).toContainEqual({ id: t.id, title: '退税进度（通用）', department: { code: 'tax' } });
  expect(own.edges.every((e: any) => e.node.department.code === 'tax')).toBe(true);

  // a coordinator keeps any department's templates; the tax officer deletes its own
  const byCoordinator = await ok(hub, SAVE, { input: { department: 'judicial', title: '协调人模板', body: '{{部门名称}}已受理。' } }, 'coordinator');
  expect(byCoordinator.responseTemplate.department.code).toBe('judicial');
  expect(codeOf(await hub.gql(DELETE, { input: { id: byCoordinator.responseTemplate.id } }, 'tax-officer'))).toBe('FORBIDDEN');
  expect((await ok(hub, DELETE, { input: { id: byCoordinator.responseTemplate.id } }, 'coordinator')).deletedResponseTemplateId).toBe(byCoordinator.responseTemplate.id);
  expect((await ok(hub, DELETE, { input: { id: t.id } }, 'tax-officer')).deletedResponseTemplateId).toBe(t.id);
  expect(codeOf(await hub.gql(DELETE, { input: { id: t.id } }, 'tax-officer'))).toBe('NOT_FOUND');
});

test('unknown placeholders, stray braces and bad text are refused when saved, naming the field', async () => {
  const refused = await save('tax-officer', { department: 'tax', title: '未知占位符', body: '{{企业名称}}：请联系{{联系人}}。' });
  expect(codeOf(refused)).toBe('BAD_USER_INPUT');
  expect(refused.errors![0].extensions!.field).toBe('input.body');
  expect(refused.errors![0].message).toContain('{{联系人}}');
  expect(codeOf(await save('tax-officer', { department: 'tax', title: '括号', body: '{{企业名称}：您好' }))).toBe('BAD_USER_INPUT');
  const empty = await save('tax-officer', { department: 'tax', title: '   ', body: '文本' });
  expect([codeOf(empty), empty.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'input.title']);
  const long = await save('tax-officer', { department: 'tax', title: '过长', body: '字'.repeat(2001) });
  expect([codeOf(long), long.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'input.body']);
  const nul = await save('tax-officer', { department: 'tax', title: '空字符', body: 'a\u0000b' });
  expect(codeOf(nul)).toBe('BAD_USER_INPUT');
  const unknownCategory = await save('tax-officer', { department: 'tax', category: 'nope', title: '类别', body: '文本' });
  expect([codeOf(unknownCategory), unknownCategory.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'input.category']);
  expect(codeOf(await save('tax-officer', { id: 'Issue:1', department: 'tax', title: 'x', body: 'y' }))).toBe('BAD_USER_INPUT');
});

test('rendering for a request the viewer may not see is FORBIDDEN; a police template is not offered for a tax request', async () => {
  const issue = await taxRequest('渲染权限测试');
  const police = await ok(hub, `query { responseTemplates(first: 100) { edges { node { id title category { code } } } } }`, {}, 'police-officer');
  const general = police.edges.find((e: any) => e.node.title === '通用答复').node;
  const res = await hub.gql(`query($t: ID!, $i: ID!) { node(id: $t) { ... on ResponseTemplate { renderFor(issueId: $i) } } }`, { t: general.id, i: issue.id }, 'police-officer');
  expect(codeOf(res)).toBe('FORBIDDEN');
  // once police assist, the request is theirs to see: their general template renders for it
  await act.route(hub, 'coordinator', issue.id, 'tax', ['police']);
  const forIssue = await ok(hub, FOR_ISSUE, { id: issue.id }, 'police-officer');
  const titles = forIssue.edges.map((e: any) => e.node.title);
  expect(titles).toContain('通用答复');
  expect(titles).not.toContain('治安诉求已受理');
  expect(forIssue.edges.find((e: any) => e.node.title === '通用答复').node.renderFor).toBe(
    `南京清河精密机械有限公司：您好！关于“渲染权限测试”（${issue.number}），公安分局已研究办理，现答复如下：`,
  );
});
