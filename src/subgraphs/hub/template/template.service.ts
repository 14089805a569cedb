import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Viewer } from '../../../shared/auth';
import { forbidden, notFound } from '../../../shared/errors';
import { type Connection, CursorPart, findPage, type PageArgs } from '../../../shared/pagination';
import type { Issue } from '../issue/issue.entity';
import { authorize, isCoordinator } from '../policy';
import { requireCategory, requireDepartment } from '../routing/routing.service';
import { requireText } from '../validation';
import { parsePlaceholders } from './placeholders';
import { ResponseTemplate } from './template.entity';

export const TEMPLATE_LIMITS = { title: 100, body: 2000 };

export interface SaveResponseTemplateData {
  /** Database id of the template to replace; null creates one. */
  id: number | null;
  department: string;
  category?: string | null;
  title: string;
  body: string;
}

export interface ResponseTemplateListFilter {
  department?: string | null;
  category?: string | null;
  /** The request the templates are for: its category (or any category), its lead department for coordinators. */
  issue?: Issue | null;
}

/** 答复模板: kept by the department's own staff (their department only) and by coordinators. */
export class TemplateService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async save(data: SaveResponseTemplateData): Promise<ResponseTemplate> {
    const v = this.viewer;
    authorize(v, 'template.edit', { department: data.department });
    const title = requireText(data.title, 'input.title', TEMPLATE_LIMITS.title);
    const body = requireText(data.body, 'input.body', TEMPLATE_LIMITS.body);
    parsePlaceholders(body, 'input.body');
    const now = this.clock();
    return this.em.transactional(async (tx) => {
      const department = await requireDepartment(tx, data.department, 'input.department');
      const category = data.category ? await requireCategory(tx, data.category, 'input.category') : null;
      let template: ResponseTemplate;
      if (data.id != null) {
        const found = await tx.findOne(ResponseTemplate, data.id);
        if (!found) throw notFound(`No response template ResponseTemplate:${data.id}.`);
        // moving a template needs the right to edit both departments' templates
        authorize(v, 'template.edit', { department: found.department.code });
        template = found;
      } else {
        template = tx.create(ResponseTemplate, { department, title, body, updatedBy: v.id, createdAt: now, updatedAt: now });
      }
      Object.assign(template, { department, category, title, body, updatedBy: v.id, updatedByName: v.displayName, updatedAt: now });
      return template;
    });
  }

  async delete(id: number): Promise<void> {
    await this.em.transactional(async (tx) => {
      const found = await tx.findOne(ResponseTemplate, id);
      if (!found) throw notFound(`No response template ResponseTemplate:${id}.`);
      authorize(this.viewer, 'template.edit', { department: found.department.code });
      tx.remove(found);
    });
  }

  /** One template, if the viewer may see its department's templates. */
  assertReadable(template: ResponseTemplate): ResponseTemplate {
    authorize(this.viewer, 'template.read', { department: template.department.code });
    return template;
  }

  /**
   * Templates by id. Staff see their own department's (the default); coordinators any department's
   * (all when none is named; for a request, its lead department's). For a request: the templates
   * of its category and those for any category.
   */
  async list(filter: ResponseTemplateListFilter, page: PageArgs): Promise<Connection<ResponseTemplate>> {
    const v = this.viewer;
    const department = filter.department ?? (isCoordinator(v) ? (filter.issue?.leadDepartment?.code ?? null) : v.department);
    if (department) authorize(v, 'template.read', { department });
    else if (!isCoordinator(v)) throw forbidden('Only department officers and coordinators use response templates.');
    const where: FilterQuery<ResponseTemplate>[] = [];
    if (department) where.push({ department: department });
    if (filter.issue) where.push({ $or: [{ category: filter.issue.category.code }, { category: null }] });
    if (filter.category) where.push({ category: filter.category });
    return findPage(this.em, ResponseTemplate, where, page, { id: 'asc' }, [CursorPart.id]);
  }
}
