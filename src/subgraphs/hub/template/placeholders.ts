import { badInput } from '../../../shared/errors';

/**
 * Placeholders of response templates (答复模板): `{{企业名称}}` in a template's body becomes the
 * request's enterprise name when the template is rendered for a request. The set is closed: a body
 * naming anything else is refused when the template is saved, so a rendering never leaves a
 * placeholder behind. Each has a Chinese name (what officers type) and an English alias.
 */
export const PLACEHOLDERS = {
  企业名称: { alias: 'enterpriseName', description: 'the enterprise\'s registered name' },
  诉求编号: { alias: 'requestNumber', description: 'the request number, e.g. SQ-2026-000123' },
  诉求标题: { alias: 'requestTitle', description: 'the request\'s title' },
  部门名称: { alias: 'departmentName', description: 'the Chinese name of the template\'s department' },
  答复期限: { alias: 'replyDeadline', description: 'the reply deadline in force, e.g. 2026年10月9日 (待定 while unknown)' },
} as const;
export type PlaceholderName = keyof typeof PLACEHOLDERS;

const BY_NAME = new Map<string, PlaceholderName>(
  (Object.keys(PLACEHOLDERS) as PlaceholderName[]).flatMap((name) => [
    [name, name],
    [PLACEHOLDERS[name].alias, name],
  ]),
);

const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

export const placeholderList = () =>
  (Object.keys(PLACEHOLDERS) as PlaceholderName[]).map((n) => `{{${n}}} (or {{${PLACEHOLDERS[n].alias}}})`).join(', ');

/**
 * The placeholders a body uses, in order of first use; BAD_USER_INPUT naming `field` for an
 * unknown one or for braces that do not form a placeholder (a lone `{{` or `}}`).
 */
export function parsePlaceholders(body: string, field: string): PlaceholderName[] {
  const used: PlaceholderName[] = [];
  for (const match of body.matchAll(TOKEN)) {
    const name = BY_NAME.get(match[1]);
    if (!name) throw badInput(`Unknown placeholder "${match[0]}" in ${field}. Known placeholders: ${placeholderList()}.`, field);
    if (!used.includes(name)) used.push(name);
  }
  const rest = body.replace(TOKEN, '');
  if (rest.includes('{{') || rest.includes('}}')) {
    throw badInput(`${field} has "{{" or "}}" that is not a placeholder: write placeholders as {{企业名称}}. Known placeholders: ${placeholderList()}.`, field);
  }
  return used;
}

export type PlaceholderValues = Record<PlaceholderName, string>;

/** The body with every placeholder replaced (the body was checked when saved). */
export function renderTemplate(body: string, values: PlaceholderValues): string {
  return body.replace(TOKEN, (whole, key: string) => {
    const name = BY_NAME.get(key.trim());
    return name ? values[name] : whole;
  });
}

/** 2026-10-09 → 2026年10月9日, the way a reply letter writes a date. */
export function chineseDate(day: string | null): string {
  if (!day) return '待定';
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
