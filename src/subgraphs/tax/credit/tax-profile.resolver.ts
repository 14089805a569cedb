import { Authorized, Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import { enterpriseExtension } from '../../../shared/enterprise-extension';
import { assertFullRecordAccess, RecordAccess, recordAccess } from '../../../shared/need-to-know';
import type { TaxContext } from '../context';
import { Arrears, CreditRating, CreditRatingRecord } from './tax.entity';
import { ListSize } from '../../../shared/list-size';
import { Confidential } from '../../../shared/audit/confidential';

const TAX = 'tax';

/** What the tax bureau (税务) knows of one enterprise. */
@ObjectType({ description: 'What the tax bureau (税务局) knows of one enterprise: credit rating, arrears and filing compliance.' })
export class TaxProfile {
  uscc!: string;
}

/** Enterprise.tax: this department's profile of an enterprise. */
export const taxExtension = enterpriseExtension('tax', TaxProfile, 'Tax records (税务): credit rating, arrears.');

@Resolver(() => TaxProfile)
export class TaxProfileResolver {
  @FieldResolver(() => CreditRating, { nullable: true, description: 'The latest yearly tax credit rating.' })
  async creditRating(@Root() p: TaxProfile, @Ctx() ctx: TaxContext) {
    return (await ctx.loaders.ratingsByUscc.load(p.uscc))[0]?.rating ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'The year the latest rating was assessed for.' })
  async creditRatingYear(@Root() p: TaxProfile, @Ctx() ctx: TaxContext) {
    return (await ctx.loaders.ratingsByUscc.load(p.uscc))[0]?.year ?? null;
  }

  @ListSize(10)
  @FieldResolver(() => [CreditRatingRecord], { description: 'Ratings by year, newest first.' })
  creditRatings(@Root() p: TaxProfile, @Ctx() ctx: TaxContext) {
    return ctx.loaders.ratingsByUscc.load(p.uscc);
  }

  @FieldResolver(() => RecordAccess, { description: 'FULL for the tax department, coordinators and the enterprise itself; SUMMARY for other departments.' })
  access(@Root() p: TaxProfile, @Ctx() ctx: TaxContext): RecordAccess {
    return recordAccess(viewerOf(ctx), TAX, p.uscc);
  }

  @Confidential('tax.arrears', TAX)
  @FieldResolver(() => Boolean, { description: 'Whether any arrears are unsettled (summary, visible to every department).' })
  async hasOutstandingArrears(@Root() p: TaxProfile, @Ctx() ctx: TaxContext) {
    return (await ctx.loaders.arrearsByUscc.load(p.uscc)).some((a) => a.settledOn === null);
  }

  @ListSize(20)
  @Confidential('tax.arrears', TAX)
  @FieldResolver(() => [Arrears], { nullable: true, description: 'Arrears records. Confidential: null with FORBIDDEN unless access is FULL.' })
  arrears(@Root() p: TaxProfile, @Ctx() ctx: TaxContext) {
    assertFullRecordAccess(viewerOf(ctx), TAX, p.uscc, 'tax.arrears');
    return ctx.loaders.arrearsByUscc.load(p.uscc);
  }

  @Confidential('tax.arrears', TAX)
  @FieldResolver(() => Float, { nullable: true, description: 'Unsettled arrears in yuan. Confidential: null with FORBIDDEN unless access is FULL.' })
  async outstandingArrearsYuan(@Root() p: TaxProfile, @Ctx() ctx: TaxContext) {
    assertFullRecordAccess(viewerOf(ctx), TAX, p.uscc, 'tax.outstandingArrearsYuan');
    const open = (await ctx.loaders.arrearsByUscc.load(p.uscc)).filter((a) => a.settledOn === null);
    return open.reduce((sum, a) => sum + Number(a.amountYuan), 0);
  }
}
