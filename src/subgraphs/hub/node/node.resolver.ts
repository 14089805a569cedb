import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { hasRole, requireViewer, type Role } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import { badInput, forbidden, notFound } from '../../../shared/errors';
import { CalendarYear } from '../calendar/calendar-year.entity';
import type { HubContext } from '../context';
import { EnterpriseResolver } from '../enterprise/enterprise.resolver';
import { IssueResolver } from '../issue/issue.resolver';
import { ActionItem, AgendaItem } from '../meeting/meeting.entity';
import { MeetingService } from '../meeting/meeting.service';
import { ReferralService } from '../referral/referral.service';
import { RoutingRule } from '../routing/routing.entity';
import { ResponseTemplate } from '../template/template.entity';
import { TemplateService } from '../template/template.service';
import { splitGlobalId, toGlobalId, type GlobalIdType } from './global-id';
import { Node, NODE_TYPE } from './node';

/** Types whose ids are global but which are parts of another object, not refetched on their own. */
const NOT_REFETCHABLE: Partial<Record<GlobalIdType, string>> = {
  IssueTimelineEntry: 'read the timeline of its request',
  IssueExtension: 'read the extensions of its request',
  JointMeetingParticipant: 'read the participants of its meeting',
  Attachment: 'use attachment(id), or read the attachments of its request',
};

/** The roles the root lookups of referrals and routing rules require (their @Authorized lists). */
const STAFF: Role[] = ['OFFICER', 'DEPT_ADMIN', 'COORDINATOR'];

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, {
    description:
      'Any object by its global id (Relay). The same access rules as the lookup of its type (`issue(id)`, `referral(id)`, `jointMeeting(id)`, ' +
      '`enterprise(uscc)`, …): NOT_FOUND when nothing has the id, FORBIDDEN when it is not yours to see, BAD_USER_INPUT for an id the hub did not make.',
  })
  async node(@Arg('id', () => ID, { description: 'A global id, as an object\'s `id` field returned it.' }) id: string, @Ctx() ctx: HubContext): Promise<Node> {
    const parsed = splitGlobalId(id);
    if (!parsed) throw badInput(`id "${String(id).slice(0, 64)}" is not an id this API returned.`, 'id');
    const why = NOT_REFETCHABLE[parsed.type];
    if (why) throw badInput(`${/^[AEIOU]/.test(parsed.type) ? 'An' : 'A'} ${parsed.type} is not fetched on its own: ${why}.`, 'id');
    const found = await this.load(parsed.type, parsed.key, id, ctx);
    Object.defineProperty(found, NODE_TYPE, { value: parsed.type, enumerable: false, configurable: true });
    return found as Node;
  }

  private async load(type: GlobalIdType, key: number | string, id: string, ctx: HubContext): Promise<object> {
    const viewer = requireViewer(ctx.auth);
    const meetings = () => new MeetingService(ctx.em, viewerOf(ctx), ctx.clock);
    const staffOnly = () => {
      if (!hasRole(viewer, ...STAFF)) throw forbidden(`This needs one of the roles ${STAFF.join(', ')}.`);
    };
    switch (type) {
      case 'Issue':
        return new IssueResolver().issue(id, ctx);
      case 'Referral':
        staffOnly();
        return new ReferralService(ctx.em, viewerOf(ctx), ctx.clock).get(id);
      case 'JointMeeting':
        return meetings().get(id);
      case 'AgendaItem': {
        const item = await ctx.em.findOne(AgendaItem, key as number);
        if (!item) throw notFound(`No agenda item with id ${id}.`);
        await meetings().get(toGlobalId('JointMeeting', item.meeting.id)); // whoever may see the meeting may see its agenda
        return item;
      }
      case 'ActionItem': {
        const item = await ctx.em.findOne(ActionItem, key as number);
        if (!item) throw notFound(`No action item with id ${id}.`);
        // its owner department sees it in its inbox; everyone else as a part of the meeting
        if (item.ownerDepartment.code !== viewer.department) await meetings().get(toGlobalId('JointMeeting', item.meeting.id));
        return item;
      }
      case 'Enterprise':
        return new EnterpriseResolver().enterprise(key as string, ctx);
      case 'Department': {
        const department = await ctx.loaders.department.load(key as string);
        if (!department) throw notFound(`No department with id ${id}.`);
        return department;
      }
      case 'IssueCategory': {
        const category = await ctx.loaders.category.load(key as string);
        if (!category) throw notFound(`No request category with id ${id}.`);
        return category;
      }
      case 'RoutingRule': {
        staffOnly();
        const rule = await ctx.em.findOne(RoutingRule, key as number);
        if (!rule) throw notFound(`No routing rule with id ${id}.`);
        return rule;
      }
      case 'ResponseTemplate': {
        const template = await ctx.em.findOne(ResponseTemplate, key as number);
        if (!template) throw notFound(`No response template with id ${id}.`);
        return new TemplateService(ctx.em, viewer, ctx.clock).assertReadable(template);
      }
      case 'WorkdayCalendarYear': {
        const year = await ctx.em.findOne(CalendarYear, key as number);
        if (!year) throw notFound(`No calendar year with id ${id}.`);
        return year;
      }
      default:
        throw badInput(`id "${id}" is not an id this API returned.`, 'id');
    }
  }
}
