/**
 * What the console shows of a timeline entry's note. The hub writes some notes itself, in English
 * (`channel ONLINE`, `Rule #5 … matched …`, `to tax: <reason>`); those are turned into Chinese where
 * their shape is known and left out otherwise, while what people typed (reasons, answers, in
 * Chinese) is shown as written. A structured timeline in the API would make this unnecessary.
 */
const CHANNELS: Record<string, string> = {
  ONLINE: '网上提交',
  HOTLINE: '热线来电',
  VISIT: '来访',
  SYMPOSIUM: '座谈会',
  LIAISON_OFFICER: '联络警官转交',
  WECHAT_GROUP: '微信群',
};

export function timelineNote(action: string, note: string | null | undefined, departmentName: (code: string) => string): string | null {
  if (!note) return null;
  if (action === 'SUBMITTED') {
    const channel = /^channel ([A-Z_]+)/.exec(note)?.[1];
    return channel ? `渠道：${CHANNELS[channel] ?? '其他'}` : null;
  }
  const referral = /^to ([a-z_]+): ([\s\S]*)$/.exec(note);
  if (referral) return `至${departmentName(referral[1])}：${referral[2]}`;
  // a note the hub composed in English (routing explanations, ratings): not for the screen
  if (/[A-Za-z]{3,}/.test(note)) return null;
  return note;
}
