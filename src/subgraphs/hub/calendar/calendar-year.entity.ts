import { Entity, OptionalProps, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../../shared/scalars';
import { ListSize } from '../../../shared/list-size';

/**
 * One year of the official holiday arrangement (放假安排): holidays and weekend make-up workdays
 * (调休上班). Administrators add next year's when the State Council publishes it.
 */
@ObjectType('WorkdayCalendarYear')
@Entity({ tableName: 'calendar_year' })
export class CalendarYear {
  [PrimaryKeyProp]?: 'year';
  [OptionalProps]?: 'updatedAt';
  @Field(() => Int)
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  year!: number;

  @ListSize(40)
  @Field(() => [DateScalar])
  @Property({ type: 'string[]' })
  holidays!: string[];

  @ListSize(40)
  @Field(() => [DateScalar])
  @Property({ type: 'string[]' })
  makeupWorkdays!: string[];

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
