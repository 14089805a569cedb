import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { ListSize } from '../../../shared/list-size';

/** Which subgraph's chain a row belongs to: every subgraph keeps its own (安全审计). */
export enum AuditSource {
  HUB = 'hub',
  POLICE = 'police',
  MARKET = 'market',
  TAX = 'tax',
  JUDICIAL = 'judicial',
}
registerEnumType(AuditSource, {
  name: 'AuditSource',
  description: 'The subgraph whose audit trail (hash chain) holds a row.',
  valuesConfig: {
    HUB: { description: 'The hub: requests, referrals, joint meetings, reference data.' },
    POLICE: { description: 'Police (公安) records.' },
    MARKET: { description: 'Market supervision (市场监管) records.' },
    TAX: { description: 'Tax (税务) records.' },
    JUDICIAL: { description: 'Judicial (司法) records.' },
  },
});

export enum AuditKind {
  MUTATION = 'MUTATION',
  READ = 'READ',
  AUDIT = 'AUDIT',
}
registerEnumType(AuditKind, {
  name: 'AuditKind',
  description: 'What an audit row records.',
  valuesConfig: {
    MUTATION: { description: 'A mutation, applied (result OK) or refused (result = its error code).' },
    READ: { description: "A read of a field holding a department's confidential records, or of their summary." },
    AUDIT: { description: 'An auditor reading or exporting the audit trail.' },
  },
});

@InputType({ description: 'Which audit rows to list; every condition given must hold.' })
export class AuditTrailFilter {
  @Field(() => ID, { nullable: true, description: "The acting user's id (the token's subject)." })
  user?: string | null;

  @Field(() => String, { nullable: true, description: "The acting user's department code." })
  department?: string | null;

  @Field(() => ID, { nullable: true, description: 'The enterprise concerned (USCC).' })
  enterprise?: string | null;

  @Field(() => String, { nullable: true, description: 'Operation (e.g. Mutation.acceptReferral, TaxProfile.arrears) or confidential field (e.g. tax.arrears), exactly.' })
  operation?: string | null;

  @Field(() => Date, { nullable: true, description: 'Rows at or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Rows before this instant.' })
  to?: Date | null;

  @Field(() => String, { nullable: true, description: 'OK, or an error code such as FORBIDDEN.' })
  result?: string | null;

  @Field(() => AuditKind, { nullable: true, description: 'Only rows of this kind.' })
  kind?: AuditKind | null;

  @Field(() => [AuditSource], { nullable: true, description: 'Only these subgraphs’ trails (default: all).' })
  sources?: AuditSource[] | null;
}

@ObjectType({ description: 'One row of an audit trail (安全审计记录): who did or read what, when, from where, with what result.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Global id `AuditEntry:<source>:<seq>`, unique across the trails (not refetchable with node(id)).' })
  id!: string;

  @Field(() => AuditSource, { description: 'The subgraph whose chain holds the row.' })
  source!: AuditSource;

  @Field({ description: 'Position in that chain (gaps are normal: a rolled-back transaction uses a number).' })
  seq!: string;

  @Field(() => Date, { description: 'When it happened (the hub clock).' })
  at!: Date;

  @Field(() => AuditKind, { description: 'Mutation, confidential read or auditor access.' })
  kind!: AuditKind;

  @Field({ description: 'GraphQL coordinate: Mutation.<field>, <Type>.<field> or Query.<field>.' })
  operation!: string;

  @Field(() => String, { nullable: true, description: 'The confidential record read (e.g. tax.arrears); null for mutations.' })
  field!: string | null;

  @Field(() => String, { nullable: true, description: "The acting user's id; null for an anonymous or invalid token." })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: "The acting user's display name from the token." })
  userName!: string | null;

  @Field(() => String, { nullable: true, description: "The acting user's department code." })
  department!: string | null;

  @ListSize(5)
  @Field(() => [String], { description: "The acting user's roles." })
  roles!: string[];

  @Field(() => String, { nullable: true, description: 'For reads: FULL or SUMMARY access (need-to-know).' })
  access!: string | null;

  @Field(() => String, { nullable: true, description: 'The enterprise concerned (USCC), when known.' })
  uscc!: string | null;

  @Field(() => String, { nullable: true, description: 'The request number (e.g. SQ-2026-000123), when known.' })
  requestNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Ids of what the mutation aimed at and changed, as JSON ({"args": {...}, "Issue": ["12"], ...}).' })
  entities!: string | null;

  @Field({ description: 'OK, or the error code the caller received.' })
  result!: string;

  @Field(() => String, { nullable: true, description: 'The client address the gateway saw.' })
  clientAddress!: string | null;

  @Field(() => String, { nullable: true, description: 'X-Forwarded-For as a proxy in front of the gateway sent it (untrusted).' })
  forwardedFor!: string | null;

  @Field(() => String, { nullable: true, description: "Trace id: the caller's traceparent or request id, else one the gateway made." })
  traceId!: string | null;

  @Field({ description: "SHA-256 of the row's content and the previous row's hash." })
  hash!: string;

  @Field({ description: "The previous row's hash in the same chain." })
  prevHash!: string;
}

export const AuditEntryConnection = connectionType(AuditEntry, 'AuditEntry');
