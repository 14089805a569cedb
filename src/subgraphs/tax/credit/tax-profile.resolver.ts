import { Authorized, Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { assertMayViewEnterprise } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import type { TaxContext } from '../context';
import { Enterprise } from '../external/enterprise.stub';
import { Arrears, CreditRating, CreditRatingRecord } from './tax.entity';
import { ListSize } from '../../../shared/list-size';

/** What the tax bureau (税务) knows of one enterprise. */
@ObjectType()
export class TaxProfile {
  uscc!: string;
}

@Resolver(() => Enterprise)
export class EnterpriseTaxResolver {
  @Authorized()
  @FieldResolver(() => TaxProfile, { nullable: true, description: 'Tax records (税务): credit rating, arrears.' })
  tax(@Root() enterprise: Enterprise, @Ctx() ctx: TaxContext): TaxProfile {
    assertMayViewEnterprise(viewerOf(ctx), enterprise.uscc);
    return { uscc: enterprise.uscc };
  }
}

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

  @ListSize(20)
  @FieldResolver(() => [Arrears])
  arrears(@Root() p: TaxProfile, @Ctx() ctx: TaxContext) {
    return ctx.loaders.arrearsByUscc.load(p.uscc);
  }

  @FieldResolver(() => Float, { description: 'Unsettled arrears in yuan.' })
  async outstandingArrearsYuan(@Root() p: TaxProfile, @Ctx() ctx: TaxContext) {
    const open = (await ctx.loaders.arrearsByUscc.load(p.uscc)).filter((a) => a.settledOn === null);
    return open.reduce((sum, a) => sum + Number(a.amountYuan), 0);
  }
}
