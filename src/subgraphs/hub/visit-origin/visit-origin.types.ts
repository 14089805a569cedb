import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { payloadType } from '../../../shared/payload';
import { Issue } from '../issue/issue.entity';
import { IssuePriority } from '../issue/issue-status';

/**
 * The police subgraph's Visit (走访) as the hub sees it: its key only. The hub contributes
 * `Visit.issues` (the requests raised on it); every other field comes from the police.
 */
@Directive('@key(fields: "id")')
@ObjectType('Visit', {
  description:
    'A visit (走访) to the enterprise by a liaison officer. Its date and officer are a summary anyone who may see the request raised on it sees; what was said and found is confidential to the police (need-to-know).',
})
export class VisitRef {
  @Field(() => ID, { description: 'Global id of the visit (`Visit:<n>`).' })
  id!: string;
}

@InputType({ description: 'A problem found on a police visit (走访) that becomes a request (诉求) in the hub, routed by the rules.' })
export class ReportVisitProblemInput {
  @Field(() => ID, { description: 'The visit (`Visit:<n>`, as recordVisit returned it).' })
  visitId!: string;

  @Field(() => Int, { description: "Which of the visit's `problemsFound` (0-based)." })
  problemIndex!: number;

  @Field({ description: 'Category code (see issueCategories): routing uses it with the text.' })
  category!: string;

  @Field(() => String, { nullable: true, description: 'Short title (at most 200 characters); the start of the problem text when omitted.' })
  title?: string | null;

  @Field(() => IssuePriority, { nullable: true, description: 'How urgent it is; NORMAL when omitted.' })
  priority?: IssuePriority | null;
}

export const ReportVisitProblemPayload = payloadType<{ issue: Issue; replayed: boolean }>('ReportVisitProblemPayload', 'What reportVisitProblem returns: the request raised on the visit problem.', {
  issue: { type: () => Issue, description: 'The request (channel VISIT), routed when a rule matched, linked to its visit (`originVisit`).' },
  replayed: { type: () => Boolean, description: 'True when the problem had been reported before and this is that request (a retry), not a new one.' },
});
