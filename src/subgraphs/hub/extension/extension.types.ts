import { Field, ID, InputType, Int } from 'type-graphql';
import { payloadType } from '../../../shared/payload';
import { Issue } from '../issue/issue.entity';
import { IssueExtension } from './extension.entity';

@InputType({ description: 'The lead department asks for more working days to reply (延期申请), before the reply deadline passes.' })
export class RequestExtensionInput {
  @Field(() => ID, { description: 'Id of the request.' })
  issueId!: string;

  @Field(() => Int, { description: 'How many working days more (1 to 20).' })
  workingDays!: number;

  @Field({ description: 'Why more time is needed (kept in the timeline).' })
  reason!: string;
}

@InputType({ description: 'A coordinator approves or refuses an extension.' })
export class DecideExtensionInput {
  @Field(() => ID, { description: 'Id of the extension (from Issue.extensions).' })
  extensionId!: string;

  @Field({ description: 'True approves (the reply deadline moves), false refuses.' })
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'Why: required when refusing, optional when approving.' })
  reason?: string | null;
}

export interface ExtensionPayload {
  extension: IssueExtension;
  issue: Issue;
}
const extensionPayload = (name: string, what: string) =>
  payloadType<ExtensionPayload>(name, `What ${name[0].toLowerCase()}${name.slice(1, -'Payload'.length)} returns: the extension and the request after ${what}.`, {
    extension: { type: () => IssueExtension, description: `The extension after ${what}.` },
    issue: { type: () => Issue, description: `The request after ${what}, with its reply deadline in force.` },
  });
export const RequestExtensionPayload = extensionPayload('RequestExtensionPayload', 'the request for more time');
export const DecideExtensionPayload = extensionPayload('DecideExtensionPayload', 'the decision');
