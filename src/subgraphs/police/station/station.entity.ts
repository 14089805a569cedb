import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../shared/scalars';
import { AlertCategory, AlertSeverity } from './police-enums';

/** Liaison station (警企联络站): one per police-station jurisdiction (派出所辖区). */
@ObjectType({ description: 'A police liaison station (警企联络站): one per police-station jurisdiction (派出所辖区).' })
@Entity({ tableName: 'station' })
export class Station {
  [OptionalProps]?: 'globalId';

  @Field(() => ID, { description: 'Station code, e.g. QH-CD.' })
  @PrimaryKey({ type: 'string', length: 32 })
  code!: string;

  @Field(() => ID, { name: 'id', description: 'Global id of the station (`Station:<code>`).' })
  get globalId(): string {
    return `Station:${this.code}`;
  }

  @Field({ description: 'Station name.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field({ description: 'The police-station jurisdiction it serves.' })
  @Property({ type: 'string', length: 100 })
  jurisdiction!: string;

  @OneToMany(() => Officer, (o) => o.station)
  officers = new Collection<Officer>(this);
}

/** Police liaison officer (助企警务联络官): covers at least three key enterprises. */
@ObjectType({ description: 'A police liaison officer (助企警务联络官): covers at least three key enterprises.' })
@Entity({ tableName: 'officer' })
export class Officer {
  [OptionalProps]?: 'globalId' | 'userId';

  @Field(() => ID, { description: 'Badge number.' })
  @PrimaryKey({ type: 'string', length: 32 })
  badge!: string;

  @Field(() => ID, { name: 'id', description: 'Global id of the officer (`Officer:<badge>`).' })
  get globalId(): string {
    return `Officer:${this.badge}`;
  }

  @Field({ description: 'The officer\'s name.' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field({ description: 'Contact phone enterprises may call.' })
  @Property({ type: 'string', length: 30 })
  phone!: string;

  @Index()
  @ManyToOne(() => Station)
  station!: Station;

  /**
   * The officer's account at the identity provider (the token's `sub`): how a signed-in police
   * user is recognised as this officer (`myEnterprises`, `recordVisit`). Null for officers without
   * an account yet. Not exposed in the graph.
   */
  @Unique()
  @Property({ type: 'string', length: 100, nullable: true })
  userId: string | null = null;
}

/** Key enterprises are visited at least once a quarter (每季度至少走访一次). */
export const DEFAULT_VISIT_INTERVAL_DAYS = 90;

/** `day` (YYYY-MM-DD) plus `n` calendar days. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * A key enterprise (重点企业) on a station's register: the police's own list of the enterprises of
 * its jurisdiction that get a named liaison officer (一企一警). The police keep it themselves (the
 * subgraph reads no other subgraph's tables); the enterprise's name etc. come from the hub through
 * federation.
 */
@ObjectType({ description: "A key enterprise (重点企业) on a liaison station's register, with its current liaison officer (一企一警)." })
@Entity({ tableName: 'key_enterprise' })
// visitsDue / overdueVisits: one index range scan per station in due order
@Index({ properties: ['station', 'nextVisitDue', 'uscc'] })
export class KeyEnterprise {
  [OptionalProps]?: 'globalId' | 'visitIntervalDays' | 'lastVisitedOn';

  @PrimaryKey({ type: 'string', length: 18 })
  uscc!: string;

  @Field(() => ID, { name: 'id', description: 'Global id of the register entry (`KeyEnterprise:<uscc>`).' })
  get globalId(): string {
    return `KeyEnterprise:${this.uscc}`;
  }

  @Index()
  @ManyToOne(() => Station)
  station!: Station;

  @Field(() => DateScalar, { description: 'Day the enterprise was put on the register.' })
  @Property({ type: 'date' })
  registeredOn!: string;

  /** How often it must be visited (走访周期), in days: a quarter (90) unless an administrator set another. */
  @Field(() => Int, { description: 'How often the enterprise must be visited (走访周期), in days; 90 (a quarter) unless a police administrator set another.' })
  @Property({ type: 'smallint', default: DEFAULT_VISIT_INTERVAL_DAYS })
  visitIntervalDays: number = DEFAULT_VISIT_INTERVAL_DAYS;

  @Field(() => DateScalar, { nullable: true, description: 'Day of the latest visit recorded; null when it has never been visited.' })
  @Property({ type: 'date', nullable: true })
  lastVisitedOn: string | null = null;

  /**
   * The day the next visit is due: the latest visit (or the day of registration) plus the interval.
   * Kept in the row, in the transaction that records a visit or changes the interval, so the
   * due list is an index range scan rather than an aggregate over every visit.
   */
  @Field(() => DateScalar, { description: 'Day the next visit is due: the latest visit (or the registration day) plus the interval.' })
  @Property({ type: 'date' })
  nextVisitDue!: string;

  /** Moves the due day after a visit on `day` (a visit written up late never moves it back). */
  visited(day: string): void {
    if (this.lastVisitedOn === null || day > this.lastVisitedOn) this.lastVisitedOn = day;
    this.nextVisitDue = addDays(this.lastVisitedOn, this.visitIntervalDays);
  }

  setInterval(days: number): void {
    this.visitIntervalDays = days;
    this.nextVisitDue = addDays(this.lastVisitedOn ?? this.registeredOn, days);
  }
}


/**
 * One enterprise, one officer (一企一警): one row per period an officer was the enterprise's
 * liaison. The current one has no `endedOn`; a partial unique index (migration) keeps at most one
 * current row per enterprise. Rows are never deleted: they are the history.
 */
@ObjectType('LiaisonAssignment', { description: 'A period during which a named officer was the liaison officer (一企一警) of a key enterprise.' })
@Entity({ tableName: 'officer_assignment' })
@Index({ properties: ['uscc', 'assignedOn'] })
@Unique({
  name: 'officer_assignment_current_uscc',
  expression: 'CREATE UNIQUE INDEX officer_assignment_current_uscc ON police.officer_assignment USING btree (uscc) WHERE (ended_on IS NULL)',
})
export class OfficerAssignment {
  [OptionalProps]?: 'globalId' | 'isCurrent' | 'endedOn' | 'reason' | 'endReason';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the assignment (`LiaisonAssignment:<n>`).' })
  get globalId(): string {
    return `LiaisonAssignment:${this.id}`;
  }

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Index()
  @ManyToOne(() => Officer)
  officer!: Officer;

  @Field(() => DateScalar, { name: 'from', description: 'First day of the assignment (on the hub clock).' })
  @Property({ type: 'date' })
  assignedOn!: string;

  @Field(() => DateScalar, { name: 'to', nullable: true, description: 'Day the assignment ended; null while it is current.' })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why this officer was assigned (required when replacing another officer).' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the assignment ended (reassignment or ending); null while current.' })
  @Property({ type: 'text', nullable: true })
  endReason: string | null = null;

  @Field({ description: 'True while this is the enterprise\'s current liaison officer.' })
  get isCurrent(): boolean {
    return this.endedOn === null;
  }

  /** Ends the assignment on `day`; the caller (service) checks that it is current. */
  end(day: string, reason: string): void {
    if (this.endedOn !== null) throw new Error(`assignment ${this.id} already ended`);
    this.endedOn = day;
    this.endReason = reason;
  }
}

/**
 * Visit (走访) by a liaison officer. A Federation entity (`@key(fields: "id")`): the hub refers to
 * it from the requests raised on it (`Issue.originVisit`) and contributes `Visit.issues`.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A visit (走访) to the enterprise by a liaison officer. Its date and officer are a summary anyone who may see the request raised on it sees; what was said and found is confidential to the police (need-to-know).' })
@Entity({ tableName: 'visit' })
@Index({ properties: ['uscc', 'visitedOn'] })
export class Visit {
  [OptionalProps]?: 'globalId' | 'peopleMet' | 'problemsFound' | 'recordedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the visit (`Visit:<n>`).' })
  get globalId(): string {
    return `Visit:${this.id}`;
  }

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @ManyToOne(() => Officer)
  officer!: Officer;

  @Field(() => DateScalar, { name: 'date', description: 'Day of the visit (走访日期).' })
  @Property({ type: 'date' })
  visitedOn!: string;

  /** Confidential (peopleMet, notes, problemsFound): exposed through VisitResolver, which checks access. */
  @Property({ type: 'text' })
  peopleMet: string = '';

  @Property({ type: 'text' })
  notes!: string;

  @Property({ type: 'json', defaultRaw: "'[]'" })
  problemsFound: string[] = [];

  @Field(() => Date, { nullable: true, description: 'When the visit was recorded (null for visits recorded before records were kept).' })
  @Property({ type: 'datetime', nullable: true })
  recordedAt: Date | null = null;
}

/** Police alert / incident (警情) at or around the enterprise. */
@ObjectType({ description: 'A police alert or incident (警情) at or around the enterprise. Details are confidential to the police; other departments see counts by category and severity (`alertTally`).' })
@Entity({ tableName: 'alert' })
@Index({ properties: ['uscc', 'occurredAt'] })
export class Alert {
  [OptionalProps]?: 'globalId' | 'recordedAt' | 'recordedBy' | 'recordedByName';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the alert (`Alert:<n>`).' })
  get globalId(): string {
    return `Alert:${this.id}`;
  }

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field({ description: 'When it happened.' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => AlertCategory, { description: 'What kind of alert it was.' })
  @Enum({ items: () => AlertCategory })
  category!: AlertCategory;

  @Field(() => AlertSeverity, { description: 'How serious it was.' })
  @Enum({ items: () => AlertSeverity })
  severity: AlertSeverity = AlertSeverity.MEDIUM;

  @Field({ description: 'What happened, in brief.' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => Date, { nullable: true, description: 'When it was recorded (null for alerts taken over from before records were kept).' })
  @Property({ type: 'datetime', nullable: true })
  recordedAt: Date | null = null;

  /** User id of the police user who recorded it (the token's `sub`); not exposed. */
  @Property({ type: 'string', length: 100, nullable: true })
  recordedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Name of the police user who recorded it.' })
  @Property({ type: 'string', length: 100, nullable: true })
  recordedByName: string | null = null;
}

/** Safety training (安全培训) the police held for an enterprise's staff. */
@ObjectType({ description: "A safety training (安全培训) the police held for an enterprise's staff: a public service, visible to everyone who may see the enterprise." })
@Entity({ tableName: 'safety_training' })
@Index({ properties: ['uscc', 'heldOn'] })
export class SafetyTraining {
  [OptionalProps]?: 'globalId';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global id of the training (`SafetyTraining:<n>`).' })
  get globalId(): string {
    return `SafetyTraining:${this.id}`;
  }

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field(() => DateScalar, { name: 'date', description: 'Day the training was held.' })
  @Property({ type: 'date' })
  heldOn!: string;

  @Field({ description: 'Topic, e.g. 反诈骗宣传, 消防安全.' })
  @Property({ type: 'string', length: 200 })
  topic!: string;

  @Field(() => Int, { description: 'How many of the enterprise\'s people attended.' })
  @Property({ type: 'integer' })
  attendeeCount!: number;

  @Field({ description: 'Name of the police user who recorded it.' })
  @Property({ type: 'string', length: 100 })
  recordedByName!: string;

  @Property({ type: 'string', length: 100 })
  recordedBy!: string;

  @Field({ description: 'When it was recorded.' })
  @Property({ type: 'datetime' })
  recordedAt!: Date;
}
