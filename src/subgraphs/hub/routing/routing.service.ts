import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../../shared/errors';
import { requireText } from '../validation';
import { Department } from '../department/department.entity';
import { IssueCategory, RoutingRule } from './routing.entity';

export interface RoutingDecision {
  department: Department;
  rule: RoutingRule;
  explanation: string;
}

/**
 * Picks the lead department: enabled rules by ascending priority; a rule matches when its
 * category (if any) is the issue's and one of its keywords (if any) occurs in the text.
 */
export async function routeByRules(em: EntityManager, category: IssueCategory, text: string): Promise<RoutingDecision | null> {
  const rules = await em.find(RoutingRule, { enabled: true }, { orderBy: { priority: 'asc', id: 'asc' }, populate: ['department'] });
  for (const rule of rules) {
    if (rule.category && rule.category.code !== category.code) continue;
    const keyword = rule.keywords.find((k) => text.includes(k));
    if (rule.keywords.length > 0 && !keyword) continue;
    const why = keyword ? `keyword "${keyword}"` : `category ${category.code}`;
    return {
      department: rule.department,
      rule,
      explanation: `Rule #${rule.id} (${rule.description}) matched ${why} → ${rule.department.code}.`,
    };
  }
  return null;
}

export async function requireDepartment(em: EntityManager, code: string, field: string): Promise<Department> {
  const department = await em.findOne(Department, code);
  if (!department) {
    const known = (await em.find(Department, {}, { orderBy: { code: 'asc' } })).map((d) => d.code);
    throw badInput(`Unknown department "${code}". Known departments: ${known.join(', ')}.`, field);
  }
  return department;
}

export async function requireCategory(em: EntityManager, code: string, field = 'category'): Promise<IssueCategory> {
  const category = await em.findOne(IssueCategory, code);
  if (!category) {
    const known = (await em.find(IssueCategory, {}, { orderBy: { code: 'asc' } })).map((c) => c.code);
    throw badInput(`Unknown category "${code}". Known categories: ${known.join(', ')}.`, field);
  }
  return category;
}

export interface RoutingRuleData {
  id?: number | null;
  priority: number;
  category?: string | null;
  keywords: string[];
  department: string;
  description: string;
  enabled?: boolean | null;
}

export async function saveRoutingRule(em: EntityManager, data: RoutingRuleData): Promise<RoutingRule> {
  const keywords = [...new Set(data.keywords.map((k) => k.trim()).filter(Boolean))];
  if (keywords.some((k) => k.length > 50)) throw badInput('A keyword may have at most 50 characters.', 'keywords');
  if (keywords.length > 50) throw badInput('A rule may have at most 50 keywords.', 'keywords');
  if (!data.description.trim() || data.description.length > 200) throw badInput('description must have 1 to 200 characters.', 'description');
  if (!Number.isInteger(data.priority) || data.priority < 0 || data.priority > 100000) throw badInput('priority must be 0 to 100000.', 'priority');
  return em.transactional(async (tx) => {
    const department = await requireDepartment(tx, data.department, 'department');
    const category = data.category ? await requireCategory(tx, data.category) : null;
    let rule: RoutingRule;
    if (data.id != null) {
      const found = await tx.findOne(RoutingRule, data.id);
      if (!found) throw notFound(`No routing rule #${data.id}.`);
      rule = found;
    } else {
      rule = tx.create(RoutingRule, { priority: data.priority, department, description: data.description });
    }
    Object.assign(rule, { priority: data.priority, category, keywords, department, description: data.description.trim() });
    if (data.enabled != null) rule.enabled = data.enabled;
    return rule;
  });
}

/** Adds or renames a department: routing targets are data, not code. */
export async function saveDepartment(em: EntityManager, input: { code: string; nameZh: string; nameEn: string }, now: Date): Promise<Department> {
  if (!/^[a-z][a-z0-9_]{1,31}$/.test(input.code)) throw badInput('A department code is 2-32 lower-case letters, digits or _.', 'code');
  const nameZh = requireText(input.nameZh, 'nameZh', 100);
  const nameEn = requireText(input.nameEn, 'nameEn', 100);
  return em.transactional(async (tx) => {
    const dept = (await tx.findOne(Department, input.code)) ?? tx.create(Department, { code: input.code, nameZh, nameEn, createdAt: now });
    Object.assign(dept, { nameZh, nameEn });
    return dept;
  });
}

/** Adds or edits a request category and its reply limit in working days. */
export async function saveIssueCategory(
  em: EntityManager,
  input: { code: string; nameZh: string; nameEn: string; replyWorkingDays: number },
): Promise<IssueCategory> {
  if (!/^[a-z][a-z0-9_]{1,39}$/.test(input.code)) throw badInput('A category code is 2-40 lower-case letters, digits or _.', 'code');
  if (!Number.isInteger(input.replyWorkingDays) || input.replyWorkingDays < 1 || input.replyWorkingDays > 60) {
    throw badInput('replyWorkingDays must be 1 to 60.', 'replyWorkingDays');
  }
  const nameZh = requireText(input.nameZh, 'nameZh', 100);
  const nameEn = requireText(input.nameEn, 'nameEn', 100);
  return em.transactional(async (tx) => {
    const category = (await tx.findOne(IssueCategory, input.code)) ?? tx.create(IssueCategory, { code: input.code, nameZh, nameEn });
    Object.assign(category, { nameZh, nameEn, replyWorkingDays: input.replyWorkingDays });
    return category;
  });
}
