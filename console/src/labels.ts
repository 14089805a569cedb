/** Chinese names for the API's enum values: no English term reaches the screen. */
export const ROLE_LABELS: Record<string, string> = {
  OFFICER: '部门经办人',
  DEPT_ADMIN: '部门管理员',
  COORDINATOR: '联席会议协调人',
  ENTERPRISE: '企业用户',
  AUDITOR: '安全审计员',
};

export const STATUS_LABELS: Record<string, string> = {
  SUBMITTED: '已提交',
  ASSIGNED: '已分派',
  ACCEPTED: '已受理',
  IN_PROGRESS: '办理中',
  RESPONDED: '已答复',
  RESOLVED: '已办结',
  CLOSED: '已关闭',
  REOPENED: '已重新打开',
  ESCALATED: '已提交联席会议',
  MERGED: '已合并',
};

export const REFERRAL_KIND_LABELS: Record<string, string> = { TRANSFER: '移交', ASSIST: '协办' };

export const label = (map: Record<string, string>, value: string | null | undefined) => (value ? (map[value] ?? '其他') : '—');

/** Timeline steps (诉求时间线). */
export const ACTION_LABELS: Record<string, string> = {
  SUBMITTED: '提交',
  ROUTED: '分派',
  ACCEPTED: '受理',
  WORK_STARTED: '开始办理',
  RESPONDED: '答复',
  RESOLVED: '办结',
  RATED: '评价',
  CLOSED: '关闭',
  FOLLOW_UP_REOPENED: '回访后重新打开',
  REOPENED: '重新打开',
  ESCALATED: '提交联席会议',
  REFERRED: '移交',
  ASSIST_REQUESTED: '请求协办',
  REFERRAL_ACCEPTED: '签收移交',
  REFERRAL_REJECTED: '退回移交',
  REFERRAL_CANCELLED: '撤回移交',
  ASSIST_COMPLETED: '协办完成',
  MEETING_DECIDED: '联席会议决定',
  MEETING_DEFERRED: '联席会议暂缓',
  DEADLINE_SET: '设定期限',
  EXTENSION_REQUESTED: '申请延期',
  EXTENSION_APPROVED: '批准延期',
  EXTENSION_REFUSED: '不予延期',
  URGED: '催办',
  MERGED: '合并',
};

export const REFERRAL_STATUS_LABELS: Record<string, string> = {
  PENDING: '待签收',
  ACCEPTED: '已签收',
  REJECTED: '已退回',
  COMPLETED: '已完成',
  CANCELLED: '已撤回',
};
