import { Collection, Entity, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { ListSize } from '../../../shared/list-size';
import { DateScalar } from '../../../shared/scalars';

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

/**
 * A key enterprise (重点企业) on a station's register: the police's own list of the enterprises of
 * its jurisdiction that get a named liaison officer (一企一警). The police keep it themselves (the
 * subgraph reads no other subgraph's tables); the enterprise's name etc. come from the hub through
 * federation.
 */
@ObjectType({ description: "A key enterprise (重点企业) on a liaison station's register, with its current liaison officer (一企一警)." })
@Entity({ tableName: 'key_enterprise' })
export class KeyEnterprise {
  [OptionalProps]?: 'globalId';

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

/** Visit (走访) by a liaison officer. */
@ObjectType({ description: 'A visit (走访) to the enterprise by a liaison officer. Confidential to the police (need-to-know).' })
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

  @Field({ description: 'Who the officer met, e.g. "总经理张建国、行政主管李红".' })
  @Property({ type: 'text' })
  peopleMet: string = '';

  @Field({ description: 'What was seen and discussed.' })
  @Property({ type: 'text' })
  notes!: string;

  @ListSize(20)
  @Field(() => [String], { description: 'Problems the enterprise raised or the officer found, one per item; empty when none.' })
  @Property({ type: 'json', defaultRaw: "'[]'" })
  problemsFound: string[] = [];

  @Field(() => Date, { nullable: true, description: 'When the visit was recorded (null for visits recorded before records were kept).' })
  @Property({ type: 'datetime', nullable: true })
  recordedAt: Date | null = null;
}

/** Police alert / incident (警情) at or around the enterprise. */
@ObjectType({ description: 'A police alert or incident (警情) at or around the enterprise.' })
@Entity({ tableName: 'alert' })
@Index({ properties: ['uscc', 'occurredAt'] })
export class Alert {
  @Field(() => ID, { description: 'Unique id of the alert.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Field({ description: 'When it happened.' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field({ description: 'e.g. 盗窃, 诈骗, 纠纷, 消防.' })
  @Property({ type: 'string', length: 50 })
  category!: string;

  @Field({ description: 'What happened, in brief.' })
  @Property({ type: 'text' })
  summary!: string;
}
