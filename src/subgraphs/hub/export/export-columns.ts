import type { Issue } from '../issue/issue.entity';
import type { DepartmentPerformance } from '../performance/performance.service';
import type { Column } from './export-format';

/** Chinese labels of the enums, as a desk reads them in a spreadsheet. */
export const STATUS_ZH: Record<string, string> = {
  SUBMITTED: '已受理', ASSIGNED: '已交办', ACCEPTED: '已签收', IN_PROGRESS: '办理中', RESPONDED: '已答复',
  RESOLVED: '已办结', CLOSED: '已回访', REOPENED: '重办', ESCALATED: '提交联席会议',
};
export const CHANNEL_ZH: Record<string, string> = { ONLINE: '网上', HOTLINE: '热线', VISIT: '走访', SYMPOSIUM: '座谈会', LIAISON_OFFICER: '联络员', WECHAT_GROUP: '微信群' };
export const PRIORITY_ZH: Record<string, string> = { LOW: '低', NORMAL: '一般', HIGH: '高', URGENT: '紧急' };
export const SATISFACTION_ZH: Record<string, string> = { SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', DISSATISFIED: '不满意' };

/** One request as a row of the export: the entity plus what the API resolves around it. */
export interface IssueRow {
  issue: Issue;
  enterpriseName: string;
  categoryName: string;
  leadDepartmentName: string | null;
  assistingDepartmentNames: string[];
  isOverdue: boolean;
}

const label = (map: Record<string, string>, value: string | null) => (value == null ? null : (map[value] ?? value));

/** The requests list: the same values the API's `issues` gives, one request per row. */
export const ISSUE_COLUMNS: Column<IssueRow>[] = [
  { header: '诉求编号', kind: 'text', width: 18, value: (r) => r.issue.number },
  { header: '标题', kind: 'text', width: 30, value: (r) => r.issue.title },
  { header: '诉求内容', kind: 'text', width: 50, value: (r) => r.issue.description },
  { header: '企业名称', kind: 'text', width: 30, value: (r) => r.enterpriseName },
  { header: '统一社会信用代码', kind: 'text', width: 22, value: (r) => r.issue.enterprise.uscc },
  { header: '诉求类别', kind: 'text', value: (r) => r.categoryName },
  { header: '渠道', kind: 'text', value: (r) => label(CHANNEL_ZH, r.issue.channel) },
  { header: '优先级', kind: 'text', value: (r) => label(PRIORITY_ZH, r.issue.priority) },
  { header: '状态', kind: 'text', value: (r) => label(STATUS_ZH, r.issue.status) },
  { header: '主办部门', kind: 'text', width: 18, value: (r) => r.leadDepartmentName },
  { header: '协办部门', kind: 'text', width: 18, value: (r) => r.assistingDepartmentNames.join('、') || null },
  { header: '提交时间', kind: 'datetime', width: 20, value: (r) => r.issue.submittedAt },
  { header: '答复期限', kind: 'date', value: (r) => r.issue.replyDeadline },
  { header: '原答复期限', kind: 'date', value: (r) => r.issue.originalReplyDeadline },
  { header: '是否逾期', kind: 'text', value: (r) => (r.isOverdue ? '是' : '否') },
  { header: '答复时间', kind: 'datetime', width: 20, value: (r) => r.issue.respondedAt },
  { header: '办结时间', kind: 'datetime', width: 20, value: (r) => r.issue.resolvedAt },
  { header: '满意度', kind: 'text', value: (r) => label(SATISFACTION_ZH, r.issue.satisfaction) },
  { header: '催办次数', kind: 'integer', value: (r) => r.issue.urgeCount },
  { header: '重办次数', kind: 'integer', value: (r) => r.issue.reopenCount },
];

export interface PerformanceRow {
  row: DepartmentPerformance;
  departmentName: string;
}

/** departmentPerformance: every figure of the query, with its value unchanged (rates as fractions). */
export const PERFORMANCE_COLUMNS: Column<PerformanceRow>[] = [
  { header: '部门代码', kind: 'text', value: (r) => r.row.departmentCode },
  { header: '部门名称', kind: 'text', width: 18, value: (r) => r.departmentName },
  { header: '受理数', kind: 'integer', value: (r) => r.row.received },
  { header: '按时签收数', kind: 'integer', value: (r) => r.row.signedOnTime },
  { header: '签收期限未定数', kind: 'integer', value: (r) => r.row.signOffDeadlineUnknown },
  { header: '及时签收率', kind: 'percent', value: (r) => r.row.timelySignOffRate },
  { header: '按时答复数', kind: 'integer', value: (r) => r.row.respondedOnTime },
  { header: '答复期限未定数', kind: 'integer', value: (r) => r.row.replyDeadlineUnknown },
  { header: '响应率', kind: 'percent', value: (r) => r.row.responseRate },
  { header: '办结数', kind: 'integer', value: (r) => r.row.resolved },
  { header: '解决率', kind: 'percent', value: (r) => r.row.resolutionRate },
  { header: '按期办结数', kind: 'integer', value: (r) => r.row.resolvedOnTime },
  { header: '按期办结率', kind: 'percent', value: (r) => r.row.resolvedOnTimeRate },
  { header: '评价数', kind: 'integer', value: (r) => r.row.rated },
  { header: '满意数', kind: 'integer', value: (r) => r.row.satisfied },
  { header: '满意率', kind: 'percent', value: (r) => r.row.satisfactionRate },
  { header: '应答转办数', kind: 'integer', value: (r) => r.row.referralsAnswered },
  { header: '退回数', kind: 'integer', value: (r) => r.row.referralsRejected },
  { header: '退回率', kind: 'percent', value: (r) => r.row.referralRejectionRate },
  { header: '重办数', kind: 'integer', value: (r) => r.row.reopened },
  { header: '重办率', kind: 'percent', value: (r) => r.row.reopenRate },
  { header: '平均答复工作日', kind: 'decimal', value: (r) => r.row.averageWorkingDaysToReply },
  { header: '逾期未答复数', kind: 'integer', value: (r) => r.row.openOverdue },
  { header: '申请延期数', kind: 'integer', value: (r) => r.row.extensionsRequested },
  { header: '批准延期数', kind: 'integer', value: (r) => r.row.extensionsApproved },
  { header: '催办次数', kind: 'integer', value: (r) => r.row.urgings },
];
