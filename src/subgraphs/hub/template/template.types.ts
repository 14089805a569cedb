import { Field, ID, InputType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { payloadType } from '../../../shared/payload';
import { ResponseTemplate } from './template.entity';

export const ResponseTemplateConnection = connectionType(ResponseTemplate, 'ResponseTemplate');

@InputType({ description: 'A response template (答复模板) to create or replace. Placeholders: {{企业名称}}, {{诉求编号}}, {{诉求标题}}, {{部门名称}}, {{答复期限}} (or their English aliases {{enterpriseName}}, {{requestNumber}}, {{requestTitle}}, {{departmentName}}, {{replyDeadline}}); any other is BAD_USER_INPUT.' })
export class SaveResponseTemplateInput {
  @Field(() => ID, { nullable: true, description: 'The template to replace; omit to create one.' })
  id?: string | null;

  @Field(() => ID, { description: 'Code of the department whose template it is (officers: their own).' })
  department!: string;

  @Field(() => ID, { nullable: true, description: 'Category code it answers; null for requests of any category.' })
  category?: string | null;

  @Field({ description: 'Short name, 1 to 100 characters.' })
  title!: string;

  @Field({ description: 'The reply text with placeholders, 1 to 2,000 characters.' })
  body!: string;
}

@InputType({ description: 'A response template to delete.' })
export class DeleteResponseTemplateInput {
  @Field(() => ID, { description: 'Id of the template.' })
  id!: string;
}

@InputType({ description: 'Which response templates to list; fields combine with AND.' })
export class ResponseTemplateFilter {
  @Field(() => ID, { nullable: true, description: 'Department code; officers may name only their own (the default), coordinators any.' })
  department?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only templates for this category code.' })
  category?: string | null;

  @Field(() => ID, { nullable: true, description: 'Templates for this request: of its category or of any category, of the viewer\'s department (coordinators: its lead department).' })
  issueId?: string | null;
}

export const SaveResponseTemplatePayload = payloadType<{ responseTemplate: ResponseTemplate }>('SaveResponseTemplatePayload', 'What saveResponseTemplate returns: the template as saved.', {
  responseTemplate: { type: () => ResponseTemplate, description: 'The response template (答复模板) as saved.' },
});
export const DeleteResponseTemplatePayload = payloadType<{ deletedResponseTemplateId: string }>('DeleteResponseTemplatePayload', 'What deleteResponseTemplate returns: the id of the deleted template.', {
  deletedResponseTemplateId: { type: () => ID, description: 'Id of the template that was deleted, to evict from a client cache.' },
});
