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

/** Risk levels (维稳风险等级), in words: the level is never told by colour alone. */
export const RISK_LEVEL_LABELS: Record<string, string> = {
  NONE: '无风险',
  LOW: '低（关注）',
  MEDIUM: '中（预警）',
  HIGH: '高（重点管控）',
};

/** Departments by code, for what names a department by its code only (risk signals). */
export const DEPARTMENT_LABELS: Record<string, string> = {
  police: '公安',
  market: '市场监管',
  tax: '税务',
  judicial: '司法',
};

/** Risk signal categories (风险信号), each in its department's own terms. */
export const RISK_CATEGORY_LABELS: Record<string, string> = {
  // police: alerts (警情)
  REPEATED_ALERTS: '多次警情',
  SEVERE_ALERTS: '重大警情',
  // judicial: mediation and lawsuits
  OPEN_MEDIATION: '在办调解',
  FAILED_MEDIATION: '调解不成',
  WAGE_ARREARS: '欠薪纠纷',
  LITIGATION: '涉企诉讼',
  // tax
  ARREARS_OUTSTANDING: '欠税未清',
  CREDIT_RATING: '纳税信用等级低',
  MISSED_FILINGS: '逾期未申报',
  // market supervision
  ABNORMAL_LISTING: '列入经营异常名录',
  RECENT_PENALTY: '近期行政处罚',
  COMPLAINTS: '消费者投诉',
  // the hub: requests about unpaid wages
  WAGE_ARREARS_REQUESTS: '欠薪诉求',
};
