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
