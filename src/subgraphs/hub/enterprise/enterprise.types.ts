import { Field, InputType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { Enterprise } from './enterprise.entity';

export const EnterpriseConnection = connectionType(Enterprise, 'Enterprise');

@InputType({ description: 'Filter for the enterprises list; fields combine with AND.' })
export class EnterpriseFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  nameContains?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only key enterprises (重点企业) when true, only the others when false.' })
  isKeyEnterprise?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Police jurisdiction (派出所辖区) the enterprise lies in.' })
  policeJurisdiction?: string | null;

  @Field(() => String, { nullable: true, description: 'Industrial park or zone (园区) the enterprise is in.' })
  park?: string | null;
}
