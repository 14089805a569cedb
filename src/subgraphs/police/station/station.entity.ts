import { Collection, Entity, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
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
  [OptionalProps]?: 'globalId';

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
}

/** One enterprise, one officer (一企一警): at most one current liaison officer per enterprise. */
@Entity({ tableName: 'officer_assignment' })
export class OfficerAssignment {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Unique()
  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Index()
  @ManyToOne(() => Officer)
  officer!: Officer;

  @Property({ type: 'date' })
  assignedOn!: string;
}

/** Visit (走访) by a liaison officer. */
@ObjectType({ description: 'A visit (走访) to the enterprise by a liaison officer.' })
@Entity({ tableName: 'visit' })
@Index({ properties: ['uscc', 'visitedOn'] })
export class Visit {
  @Field(() => ID, { description: 'Unique id of the visit.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @ManyToOne(() => Officer)
  officer!: Officer;

  @Field(() => DateScalar, { name: 'date', description: 'Day of the visit (走访日期).' })
  @Property({ type: 'date' })
  visitedOn!: string;

  @Field({ description: 'What was seen and discussed.' })
  @Property({ type: 'text' })
  notes!: string;
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
