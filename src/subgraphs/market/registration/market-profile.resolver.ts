import { Authorized, Ctx, Field, FieldResolver, Float, ObjectType, Resolver, Root } from 'type-graphql';
import { assertMayViewEnterprise } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import { DateScalar } from '../../../shared/scalars';
import type { MarketContext } from '../context';
import { Enterprise } from '../external/enterprise.stub';
import { AbnormalListing, Penalty, RegistrationStatus } from './registration.entity';
import { ListSize } from '../../../shared/list-size';

/** What market supervision (市场监管) knows of one enterprise. */
@ObjectType()
export class MarketProfile {
  uscc!: string;
}

@Resolver(() => Enterprise)
export class EnterpriseMarketResolver {
  @Authorized()
  @FieldResolver(() => MarketProfile, { nullable: true, description: 'Market supervision records (市场监管).' })
  market(@Root() enterprise: Enterprise, @Ctx() ctx: MarketContext): MarketProfile {
    assertMayViewEnterprise(viewerOf(ctx), enterprise.uscc);
    return { uscc: enterprise.uscc };
  }
}

@Resolver(() => MarketProfile)
export class MarketProfileResolver {
  @FieldResolver(() => RegistrationStatus, { nullable: true, description: 'Null when market supervision holds no registration.' })
  async registrationStatus(@Root() p: MarketProfile, @Ctx() ctx: MarketContext) {
    return (await ctx.loaders.registrationByUscc.load(p.uscc))?.status ?? null;
  }

  @FieldResolver(() => DateScalar, { nullable: true })
  async registeredOn(@Root() p: MarketProfile, @Ctx() ctx: MarketContext) {
    return (await ctx.loaders.registrationByUscc.load(p.uscc))?.registeredOn ?? null;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Registered capital in 10,000 yuan (万元).' })
  async registeredCapitalWan(@Root() p: MarketProfile, @Ctx() ctx: MarketContext) {
    const r = await ctx.loaders.registrationByUscc.load(p.uscc);
    return r ? Number(r.registeredCapitalWan) : null;
  }

  @ListSize(10)
  @FieldResolver(() => [AbnormalListing], { description: 'Abnormal-operation listings (经营异常名录), newest first.' })
  abnormalListings(@Root() p: MarketProfile, @Ctx() ctx: MarketContext) {
    return ctx.loaders.abnormalListingsByUscc.load(p.uscc);
  }

  @FieldResolver(() => Boolean, { description: 'Currently on the abnormal-operation list.' })
  async isOnAbnormalList(@Root() p: MarketProfile, @Ctx() ctx: MarketContext) {
    return (await ctx.loaders.abnormalListingsByUscc.load(p.uscc)).some((l) => l.removedOn === null);
  }

  @ListSize(20)
  @FieldResolver(() => [Penalty], { description: 'Administrative penalties (行政处罚), newest first.' })
  penalties(@Root() p: MarketProfile, @Ctx() ctx: MarketContext) {
    return ctx.loaders.penaltiesByUscc.load(p.uscc);
  }
}
