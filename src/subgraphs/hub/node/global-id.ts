import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { badInput } from '../../../shared/errors';

/**
 * Global ids (Relay): every `id` the hub hands out is `<Type>:<key>`, unique across all types, so a
 * client cache can key objects by id alone and `node(id)` can refetch any of them. Clients treat it
 * as opaque. The key is the row's own key: a number for the hub's records, the USCC of an
 * enterprise, the code of a department or category, the year of a calendar year.
 */
const NUMERIC = { kind: 'number' } as const;
const CODE = { kind: 'code' } as const;
const USCC = { kind: 'uscc' } as const;
export const GLOBAL_ID_TYPES = {
  Issue: NUMERIC,
  IssueTimelineEntry: NUMERIC,
  IssueExtension: NUMERIC,
  Attachment: NUMERIC,
  Referral: NUMERIC,
  JointMeeting: NUMERIC,
  JointMeetingParticipant: NUMERIC,
  AgendaItem: NUMERIC,
  ActionItem: NUMERIC,
  RoutingRule: NUMERIC,
  ResponseTemplate: NUMERIC,
  WorkdayCalendarYear: NUMERIC,
  Enterprise: USCC,
  Department: CODE,
  IssueCategory: CODE,
} as const;
export type GlobalIdType = keyof typeof GLOBAL_ID_TYPES;
type KeyOf<T extends GlobalIdType> = (typeof GLOBAL_ID_TYPES)[T]['kind'] extends 'number' ? number : string;

const MAX_INT4 = 2_147_483_647;
const KEY_PATTERNS = { number: /^[1-9]\d{0,9}$/, code: /^[a-z][a-z0-9_]{1,39}$/, uscc: /^[0-9A-Z]{18}$/ };

export function toGlobalId(type: GlobalIdType, key: string | number): string {
  return `${type}:${key}`;
}

/** The type and raw key of a global id, or null when it is not one the hub could have made. */
export function splitGlobalId(value: unknown): { type: GlobalIdType; key: number | string } | null {
  if (typeof value !== 'string' || value.length > 64) return null;
  const colon = value.indexOf(':');
  const type = value.slice(0, colon) as GlobalIdType;
  if (colon < 1 || !Object.hasOwn(GLOBAL_ID_TYPES, type)) return null;
  const raw = value.slice(colon + 1);
  const kind = GLOBAL_ID_TYPES[type].kind;
  if (!KEY_PATTERNS[kind].test(raw)) return null;
  if (kind !== 'number') return { type, key: raw };
  const n = Number(raw);
  return n <= MAX_INT4 ? { type, key: n } : null;
}

/** The raw key of a global id of type `type`; BAD_USER_INPUT naming `field` for anything else. */
export function fromGlobalId<T extends GlobalIdType>(value: unknown, type: T, field: string): KeyOf<T> {
  const id = splitGlobalId(value);
  if (!id || id.type !== type) throw badInput(`${field} "${String(value).slice(0, 64)}" is not ${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type} id (expected "${type}:…", as the API returned it).`, field);
  return id.key as KeyOf<T>;
}

/**
 * Which output fields carry a global id, and of which type: every object's own `id`, and the
 * fields of events that point at an object. Applied once to the built schema (applyGlobalIds), so
 * no resolver has to remember it.
 */
const GLOBAL_ID_FIELDS: Record<string, GlobalIdType> = {
  ...Object.fromEntries(Object.keys(GLOBAL_ID_TYPES).map((t) => [`${t}.id`, t as GlobalIdType])),
  'IssueEvent.issueId': 'Issue',
  'ReferralEvent.referralId': 'Referral',
  'ReferralEvent.issueId': 'Issue',
  'JointMeetingEvent.meetingId': 'JointMeeting',
  'AgendaItemAddedDetail.agendaItemId': 'AgendaItem',
  'AgendaItemAddedDetail.deferredFromMeetingId': 'JointMeeting',
  'AgendaOrderDetail.order': 'AgendaItem',
  'AgendaItemRemovedDetail.agendaItemId': 'AgendaItem',
  'AgendaItemRemovedDetail.order': 'AgendaItem',
  'ItemDiscussingDetail.agendaItemId': 'AgendaItem',
  'DecisionRecordedDetail.agendaItemId': 'AgendaItem',
  'ActionItemCreatedDetail.actionItemId': 'ActionItem',
  'ActionItemCreatedDetail.agendaItemId': 'AgendaItem',
  'ItemDeferredDetail.agendaItemId': 'AgendaItem',
  'ItemDeferredDetail.nextMeetingId': 'JointMeeting',
  'ActionItemDoneDetail.actionItemId': 'ActionItem',
  'ActionItemDueDateSetDetail.actionItemId': 'ActionItem',
};

const globalOf = (type: GlobalIdType, raw: unknown): unknown => {
  if (raw == null) return raw;
  if (Array.isArray(raw)) return raw.map((r) => globalOf(type, r));
  return toGlobalId(type, raw as string | number);
};

/** Wraps the resolvers of GLOBAL_ID_FIELDS so that they return global ids; fails on a field that does not exist (a rename must update the table). */
export function applyGlobalIds(schema: GraphQLSchema): GraphQLSchema {
  for (const [path, type] of Object.entries(GLOBAL_ID_FIELDS)) {
    const [typeName, fieldName] = path.split('.');
    const objectType = schema.getType(typeName);
    const field = isObjectType(objectType) ? objectType.getFields()[fieldName] : undefined;
    if (!field) throw new Error(`global id field ${path} is not in the schema`);
    const original: GraphQLFieldResolver<any, any> = field.resolve ?? ((source) => source?.[fieldName]);
    field.resolve = (source, args, ctx, info) => {
      const raw = original(source, args, ctx, info);
      return raw instanceof Promise ? raw.then((r) => globalOf(type, r)) : globalOf(type, raw);
    };
  }
  return schema;
}
