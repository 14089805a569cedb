import { toGlobalId } from '../../subgraphs/hub/node/global-id';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_ENTERPRISES, DEMO_STATIONS, DEMO_USERS, type DemoUserName } from '../district';
import type { Viewer } from '../../shared/auth';
import type { Clock } from '../../shared/clock';
import type { Logger } from '../../shared/logger';
import { Enterprise } from '../../subgraphs/hub/enterprise/enterprise.entity';
import { IssueService } from '../../subgraphs/hub/issue/issue.service';
import { IssueChannel, Satisfaction } from '../../subgraphs/hub/issue/issue-status';
import { MeetingKind } from '../../subgraphs/hub/meeting/meeting.entity';
import { MeetingService } from '../../subgraphs/hub/meeting/meeting.service';
import { ReferralKind } from '../../subgraphs/hub/referral/referral.entity';
import { ReferralService } from '../../subgraphs/hub/referral/referral.service';
import { AttachmentKind } from '../../subgraphs/hub/attachment/attachment.entity';
import { AttachmentService } from '../../subgraphs/hub/attachment/attachment.service';
import { DatabaseStorage } from '../../shared/attachments/storage';
import { noScanner } from '../../shared/attachments/scanner';
import { UploadedFile } from '../../shared/uploads';

/** A 1×1 PNG and a one-line PDF: the demo request's screenshot and its reply document. */
const DEMO_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const DEMO_PDF = Buffer.from('%PDF-1.4\n% liaison-hub demo reply\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
import { TemplateService } from '../../subgraphs/hub/template/template.service';

const viewer = (name: DemoUserName): Viewer => {
  const u = DEMO_USERS[name] as { sub: string; name: string; dept: string | null; roles: readonly string[]; uscc?: string };
  return { id: u.sub, displayName: u.name, department: u.dept, roles: [...u.roles] as Viewer['roles'], uscc: u.uscc ?? null };
};

/**
 * The demo district's enterprises and a handful of requests at different points of the loop,
 * created through the real services so their timelines are true. Departments, categories, routing
 * rules and the calendar are reference data loaded by migrations, not here.
 */
export async function seedHub(em: EntityManager, log: Logger, clock: Clock): Promise<boolean> {
  if ((await em.count(Enterprise)) > 0) return false;
  await em.transactional(async (tx) => {
    for (const e of DEMO_ENTERPRISES) {
      tx.create(Enterprise, {
        uscc: e.uscc,
        name: e.name,
        legalRepresentative: e.legalRepresentative,
        address: e.address,
        park: e.park,
        policeJurisdiction: DEMO_STATIONS.find((s) => s.code === e.station)!.jurisdiction,
        industry: e.industry,
        isKeyEnterprise: e.isKeyEnterprise,
        createdAt: clock(),
      });
    }
  });
  const as = (name: DemoUserName) => new IssueService(em.fork(), viewer(name), clock);
  // demo files live in the database whatever S3_* says (each row records its storage; downloads follow it)
  const files = (name: DemoUserName) =>
    new AttachmentService(em.fork(), viewer(name), clock, {
      storage: new DatabaseStorage('hub.attachment_blob'), scanner: noScanner, maxFileBytes: 1024 * 1024, maxFiles: 5, urlTtlSeconds: 300, urlSecret: '',
    });
  const uscc = (n: number) => DEMO_ENTERPRISES[n].uscc;

  // 1. closed loop: online request → tax → answered → satisfied → follow-up visit
  const invoice = await as('enterprise').submit({ uscc: uscc(0), title: '电子发票开具系统无法登录', description: '本周起电子税务局开具发票时提示证书失效，影响正常开票。', category: 'tax_service' });
  await files('enterprise').add({ issueId: toGlobalId('Issue', invoice.id), files: [new UploadedFile('证书失效截图.png', 'image/png', DEMO_PNG)] });
  await as('tax-officer').accept(toGlobalId('Issue', invoice.id));
  await as('tax-officer').startWork(toGlobalId('Issue', invoice.id));
  await as('tax-officer').respond(toGlobalId('Issue', invoice.id), '已远程协助更新数字证书，开票功能恢复。');
  await files('tax-officer').add({ issueId: toGlobalId('Issue', invoice.id), kind: AttachmentKind.REPLY, files: [new UploadedFile('答复意见书.pdf', 'application/pdf', DEMO_PDF)] });
  await as('tax-officer').resolve(toGlobalId('Issue', invoice.id), '证书更新完成，企业已正常开票。');
  await as('enterprise').rate({ issueId: toGlobalId('Issue', invoice.id), satisfaction: Satisfaction.SATISFIED, comment: '处理及时' });
  await as('tax-officer').recordFollowUp(toGlobalId('Issue', invoice.id), '电话回访，企业确认开票正常。', false);

  // 2. in progress with the police, recorded on a visit
  const theft = await as('police-officer').submit({ uscc: uscc(3), title: '厂区附近多次发生电动车盗窃', description: '近一个月员工电动车被盗三辆，希望加强夜间巡逻。', category: 'public_security', channel: IssueChannel.VISIT });
  await as('police-officer').accept(toGlobalId('Issue', theft.id));
  await as('police-officer').startWork(toGlobalId('Issue', theft.id));

  // 3. waiting for market supervision to sign: a hotline call taken 20 hours before, logged now (receivedAt)
  const calledAt = new Date(clock().getTime() - 20 * 3_600_000);
  await as('coordinator').submit({ uscc: uscc(4), title: '营业执照变更登记进度咨询', description: '变更经营范围已提交两周，想了解办理进度。', category: 'licence', channel: IssueChannel.HOTLINE, receivedAt: calledAt });

  // 4. wage dispute with judicial, police asked to assist
  const wages = await as('coordinator').submit({ uscc: uscc(6), title: '拖欠农民工工资引发纠纷', description: '分包商拖欠工资，工人聚集讨薪，希望调解。', category: 'labour_dispute', channel: IssueChannel.SYMPOSIUM });
  await as('judicial-officer').accept(toGlobalId('Issue', wages.id));
  await new ReferralService(em.fork(), viewer('judicial-officer'), clock).refer({
    issueId: toGlobalId('Issue', wages.id),
    toDepartment: 'police',
    kind: ReferralKind.ASSIST,
    reason: '讨薪现场需维持秩序',
    idempotencyKey: 'demo-wages-assist',
  });

  // 5. no rule matches: waits for a coordinator
  await as('enterprise').submit({ uscc: uscc(0), title: '园区道路照明不足', description: '园区东侧道路夜间照明不足，员工下班通行不便。', category: 'other' });

  // 5b. the same enterprise asks again by hotline in other words: issue(…) { possibleDuplicates } offers 5
  // (查重, similarity 0.27), for a coordinator to merge (mergeIssue)
  await as('coordinator').submit({ uscc: uscc(0), title: '园区东侧道路照明问题', description: '园区东侧道路晚上没有路灯照明，员工下班回家不方便。', category: 'other', channel: IssueChannel.HOTLINE });

  // 6. escalated to the joint meeting
  const inspections = await as('coordinator').submit({ uscc: uscc(9), title: '多部门检查过于频繁', description: '一个月内接受四次不同部门检查，希望统筹安排。', category: 'other', channel: IssueChannel.SYMPOSIUM });
  await as('coordinator').route(toGlobalId('Issue', inspections.id), 'market', ['tax', 'police'], '牵头统筹涉企检查');
  await as('coordinator').escalate(toGlobalId('Issue', inspections.id), '涉及多部门，提交联席会议研究');

  // 7. the quarterly joint meeting that will take up the escalated request
  await new MeetingService(em.fork(), viewer('coordinator'), clock).schedule({
    title: '警企联席会议（季度例会）',
    kind: MeetingKind.REGULAR,
    conveningDepartment: 'police',
    scheduledAt: new Date('2026-12-15T02:00:00.000Z'),
    location: '区公安分局三楼会议室',
    invitedDepartments: ['market', 'tax', 'judicial'],
    invitedPeople: [{ name: '李伟', department: 'police', userId: DEMO_USERS['police-officer'].sub }],
    agendaIssueIds: [toGlobalId('Issue', inspections.id)],
    seriesCount: 4,
  });

  // 8. each department's response templates (答复模板), saved by its own officer
  const templates: [DemoUserName, string, string | null, string, string][] = [
    ['tax-officer', 'tax', 'tax_service', '涉税诉求已受理', '{{企业名称}}：您好！您反映的“{{诉求标题}}”（编号{{诉求编号}}）已由{{部门名称}}受理，我们将于{{答复期限}}前给予答复。如有疑问，请拨打12366纳税缴费服务热线。'],
    ['police-officer', 'police', 'public_security', '治安诉求已受理', '{{企业名称}}：您反映的{{诉求编号}}号诉求已收悉，{{部门名称}}已安排辖区民警核查处置，将于{{答复期限}}前答复办理结果。'],
    ['police-officer', 'police', null, '通用答复', '{{企业名称}}：您好！关于“{{诉求标题}}”（{{诉求编号}}），{{部门名称}}已研究办理，现答复如下：'],
    ['market-officer', 'market', 'licence', '证照办理进度答复', '{{企业名称}}：您咨询的{{诉求编号}}号事项，{{部门名称}}已核实办理进度，详情如下：'],
    ['judicial-officer', 'judicial', 'labour_dispute', '纠纷调解已受理', '{{企业名称}}：您反映的纠纷（{{诉求编号}}）已由{{部门名称}}受理，人民调解员将与各方联系，于{{答复期限}}前告知调解安排。'],
  ];
  for (const [who, department, category, title, body] of templates) {
    await new TemplateService(em.fork(), viewer(who), clock).save({ id: null, department, category, title, body });
  }

  log.info(`seeded ${DEMO_ENTERPRISES.length} enterprises, 7 requests (one with attachments), a quarterly joint-meeting series and ${templates.length} response templates`);
  return true;
}
