import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Issue } from '../issue/issue.entity';

/**
 * One urging (催办) of a request. Unique per request and working day (`urgedOn`): a second urging
 * the same working day is CONFLICT, and the index is the last line of defence behind the issue
 * row lock. An automatic urging names the missed deadline it is for (`forDeadline`), unique per
 * request: however many hub instances scan, one automatic urging per missed deadline.
 */
@Entity({ tableName: 'issue_urging' })
@Unique({ properties: ['issue', 'urgedOn'] })
@Unique({ properties: ['issue', 'forDeadline'] })
export class IssueUrging {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Issue)
  issue!: Issue;

  /** The hub-time-zone working day it counts for (a weekend urging counts for the next working day). */
  @Property({ type: 'date' })
  urgedOn!: string;

  @Property({ type: 'datetime' })
  at!: Date;

  /** The lead department when urged (null before routing): departmentPerformance counts it there. */
  @Index()
  @Property({ type: 'string', length: 32, nullable: true })
  departmentCode: string | null = null;

  @Property({ type: 'string', length: 100 })
  actorId!: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** For automatic urgings: the reply deadline that was missed (null for urgings by people). */
  @Property({ type: 'date', nullable: true })
  forDeadline: string | null = null;
}
