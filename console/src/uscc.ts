/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015, checked before submitting so a
 * typing error is caught at once. The server checks it again (src/subgraphs/hub/enterprise/uscc.ts).
 * Messages are for the user, in Chinese.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

export function normalizeUscc(input: string): string {
  return input.trim().toUpperCase();
}

/** The problem with a code, in Chinese, or null when it is valid. */
export function usccProblem(input: string): string | null {
  const uscc = normalizeUscc(input);
  if (uscc.length !== 18) return `统一社会信用代码应为 18 位，当前为 ${uscc.length} 位。`;
  for (let i = 0; i < 18; i++) {
    if (!USCC_ALPHABET.includes(uscc[i])) return `第 ${i + 1} 位“${uscc[i]}”不是有效字符（只允许数字和除 I、O、S、V、Z 外的大写字母）。`;
  }
  if (!/^\d{6}$/.test(uscc.slice(2, 8))) return '第 3 至 8 位应为 6 位数字的行政区划代码。';
  const expected = usccCheckCharacter(uscc.slice(0, 17));
  if (uscc[17] !== expected) return `校验位（第 18 位）有误：应为“${expected}”，请核对是否输入错误。`;
  return null;
}
