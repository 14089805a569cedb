import { Args, Ctx, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { hasRole } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import { forbidden } from '../../../shared/errors';
import { ConnectionArgs, replacedByConnection } from '../../../shared/pagination';
import { enterpriseExtension } from '../../../shared/enterprise-extension';
import { assertFullRecordAccess, RecordAccess, recordAccess } from '../../../shared/need-to-know';
import { DateScalar } from '../../../shared/scalars';
import type { MarketContext } from '../context';
import { AbnormalListing, Penalty, RegistrationStatus } from './registration.entity';
import { ListSize, PagedList } from '../../../shared/list-size';
import { Confidential } from '../../../shared/audit/confidential';
import { MARKET } from '../policy';
import { MarketRiskSignal } from '../records/market-signals';
import { ComplaintConnection, InspectionConnection, PenaltyConnection } from '../records/records.types';

/** What market supervision (市场监管) knows of one enterprise. */
@ObjectType({ description: 'What market supervision (市场监管) knows of one enterprise: registration, abnormal-operation listings, penalties, complaints.' })
export class MarketProfile {
  uscc!: string;
}

/** Enterprise.market: this department's profile of an enterprise. */
export const marketExtension = enterpriseExtension('market', MarketProfile, 'Market supervision records (市场监管).');

@Resolver(() => MarketProfile)
export class MarketProfileResolver {
  @FieldResolver(() => RegistrationStatus, { nullable: true, description: 'Business registration status (存续 / 吊销 / 注销); null when market supervision holds no registration.' })
  async registrationStatus(@Root() p: MarketProfile, @Ctx() ctx: MarketContext) {
    return (await ctx.loaders.registrationByUscc.load(p.uscc))?.status ?? null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Day the business was registered (成立日期); null when market supervision holds no registration.' })
  async registeredOn(@Root() p: MarketProfile, @Ctx() ctx: MarketContext) {
    return (await ctx.loaders.registrationByUscc.load(p.uscc))?.registeredOn ?? null;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Registered capital in 10,000 yuan (万元).' })
  async registeredCapitalWan(@Root() p: MarketProfile, @Ctx() ctx: MarketContext) {
    const r = await ctx.loaders.registrationByUscc.load(p.uscc);
    return r ? Number(r.registeredCapitalWan) : null;
  }

  @FieldResolver(() => RecordAccess, { description: 'FULL for market supervision, coordinators and the enterprise itself; SUMMARY for other departments.' })
  access(@Root() p: MarketProfile, @Ctx() ctx: MarketContext): RecordAccess {
    return recordAccess(viewerOf(ctx), MARKET, p.uscc);
  }

  @ListSize(10)
  @FieldResolver(() => [AbnormalListing], { description: 'Abnormal-operation listings (经营异常名录), newest first. Publicly disclosed records, so visible to every department.' })
  abnormalListings(@Root() p: MarketProfile, @Ctx() ctx: MarketContext) {
    return ctx.loaders.abnormalListingsByUscc.load(p.uscc);
  }

  @FieldResolver(() => Boolean, { description: 'Currently on the abnormal-operation list.' })
  async isOnAbnormalList(@Root() p: MarketProfile, @Ctx() ctx: MarketContext) {
    return (await ctx.loaders.abnormalListingsByUscc.load(p.uscc)).some((l) => l.removedOn === null);
  }

  @ListSize(20)
  @Confidential('market.penalties', MARKET)
  @FieldResolver(() => [Penalty], {
    nullable: true,
    description: 'Administrative penalties (行政处罚), newest first, all of them. Confidential: null with FORBIDDEN unless access is FULL.',
    deprecationReason: replacedByConnection('penaltiesConnection'),
  })
  penalties(@Root() p: MarketProfile, @Ctx() ctx: MarketContext) {
    assertFullRecordAccess(viewerOf(ctx), MARKET, p.uscc, 'market.penalties');
    return ctx.loaders.penaltiesByUscc.load(p.uscc);
  }

  @PagedList()
  @Confidential('market.penalties', MARKET)
  @FieldResolver(() => PenaltyConnection, { nullable: true, description: 'Administrative penalties (行政处罚), newest decided first, a page at a time. Confidential: null with FORBIDDEN unless access is FULL.' })
  penaltiesConnection(@Root() p: MarketProfile, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: MarketContext) {
    assertFullRecordAccess(viewerOf(ctx), MARKET, p.uscc, 'market.penaltiesConnection');
    return ctx.loaders.penaltyPages.load({ key: p.uscc, page });
  }

  @Confidential('market.penalties', MARKET)
  @FieldResolver(() => Int, { description: 'Number of administrative penalties (summary).' })
  penaltyCount(@Root() p: MarketProfile, @Ctx() ctx: MarketContext) {
    return ctx.loaders.penaltyCountByUscc.load(p.uscc);
  }

  @PagedList()
  @Confidential('market.inspections', MARKET)
  @FieldResolver(() => InspectionConnection, { nullable: true, description: 'On-site inspections (现场检查), newest first. Confidential: null with FORBIDDEN unless access is FULL.' })
  inspections(@Root() p: MarketProfile, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: MarketContext) {
    assertFullRecordAccess(viewerOf(ctx), MARKET, p.uscc, 'market.inspections');
    return ctx.loaders.inspectionPages.load({ key: p.uscc, page });
  }

  @PagedList()
  @Confidential('market.complaints', MARKET)
  @FieldResolver(() => ComplaintConnection, {
    nullable: true,
    description: 'Consumer complaints (消费者投诉), newest received first. Confidential (complaint text): null with FORBIDDEN unless access is FULL.',
  })
  complaints(@Root() p: MarketProfile, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: MarketContext) {
    assertFullRecordAccess(viewerOf(ctx), MARKET, p.uscc, 'market.complaints');
    return ctx.loaders.complaintPages.load({ key: p.uscc, page });
  }

  @FieldResolver(() => Int, { description: 'Number of complaints still open (RECEIVED or HANDLING) (summary).' })
  openComplaintCount(@Root() p: MarketProfile, @Ctx() ctx: MarketContext) {
    return ctx.loaders.openComplaintCountByUscc.load(p.uscc);
  }

  @ListSize(3)
  @Confidential('market.riskSignals', MARKET)
  @FieldResolver(() => [MarketRiskSignal], {
    nullable: true,
    description:
      "Market supervision's risk signals (风险信号) for the enterprise, for the cross-department risk assessment: category, level and day observed for every department and coordinators; `detail` for market supervision and coordinators only. Not shown to the enterprise itself (null with FORBIDDEN).",
  })
  async riskSignals(@Root() p: MarketProfile, @Ctx() ctx: MarketContext): Promise<MarketRiskSignal[]> {
    const viewer = viewerOf(ctx);
    if (hasRole(viewer, 'ENTERPRISE')) throw forbidden('Risk signals are not shown to the enterprise itself (need-to-know).');
    const signals = await ctx.loaders.signalsByUscc(ctx.clock).load(p.uscc);
    if (recordAccess(viewer, MARKET, p.uscc) === RecordAccess.FULL) return signals;
    return signals.map((s) => Object.assign(new MarketRiskSignal(), { ...s, detail: null }));
  }
}
