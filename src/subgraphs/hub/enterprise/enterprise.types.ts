import { Field, InputType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { Enterprise } from './enterprise.entity';

export const EnterpriseConnection = connectionType(Enterprise, 'Enterprise');

@InputType()
export class EnterpriseFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  nameContains?: string | null;

  @Field(() => Boolean, { nullable: true })
  isKeyEnterprise?: boolean | null;

  @Field(() => String, { nullable: true })
  policeJurisdiction?: string | null;

  @Field(() => String, { nullable: true })
  park?: string | null;
}
