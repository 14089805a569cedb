import { Node } from '../node/node';
import { Entity, OptionalProps, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../shared/scalars';
import { ListSize } from '../../../shared/list-size';

/**
 * One year of the official holiday arrangement (放假安排): holidays and weekend make-up workdays
 * (调休上班). Administrators add next year's when the State Council publishes it.
 */
@ObjectType('WorkdayCalendarYear', { implements: Node, description: 'One year of the official working-day calendar (工作日历): public holidays and weekend make-up workdays (调休上班).' })
@Entity({ tableName: 'calendar_year' })
export class CalendarYear {
  [PrimaryKeyProp]?: 'year';
  [OptionalProps]?: 'updatedAt';
  @Field(() => Int, { description: 'The calendar year, e.g. 2026.' })
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  year!: number;

  @ListSize(40)
  @Field(() => [DateScalar], { description: 'Weekdays that are public holidays (法定节假日) and so not working days.' })
  @Property({ type: 'string[]' })
  holidays!: string[];

  @ListSize(40)
  @Field(() => [DateScalar], { description: 'Weekend days that are working days (调休上班).' })
  @Property({ type: 'string[]' })
  makeupWorkdays!: string[];

  @Field({ description: 'When this year was last loaded or replaced.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
