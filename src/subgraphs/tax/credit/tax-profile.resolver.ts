import { Args, Ctx, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { hasRole } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import { forbidden } from '../../../shared/errors';
import { ConnectionArgs, replacedByConnection } from '../../../shared/pagination';
import { enterpriseExtension } from '../../../shared/enterprise-extension';
import { assertFullRecordAccess, RecordAccess, recordAccess } from '../../../shared/need-to-know';
import type { TaxContext } from '../context';
import { Arrears, CreditRating, CreditRatingRecord } from './tax.entity';
import { ListSize, PagedList } from '../../../shared/list-size';
import { Confidential } from '../../../shared/audit/confidential';
import { TAX } from '../policy';
import { TaxRiskSignal } from './tax-signals';
import { ArrearsConnection, TaxFilingConnection } from './tax.types';

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
    return (await ctx.loaders.outstandingArrearsByUscc.load(p.uscc)).count > 0;
  }

  @ListSize(20)
  @Confidential('tax.arrears', TAX)
  @FieldResolver(() => [Arrears], {
    nullable: true,
    description: 'Arrears records, all of them. Confidential: null with FORBIDDEN unless access is FULL.',
    deprecationReason: replacedByConnection('arrearsConnection'),
  })
  arrears(@Root() p: TaxProfile, @Ctx() ctx: TaxContext) {
    assertFullRecordAccess(viewerOf(ctx), TAX, p.uscc, 'tax.arrears');
    return ctx.loaders.arrearsByUscc.load(p.uscc);
  }

  @PagedList()
  @Confidential('tax.arrears', TAX)
  @FieldResolver(() => ArrearsConnection, {
    nullable: true,
    description: 'Arrears records (欠税), settled or not, the most recently owed first, a page at a time. Confidential: null with FORBIDDEN unless access is FULL.',
  })
  arrearsConnection(@Root() p: TaxProfile, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: TaxContext) {
    assertFullRecordAccess(viewerOf(ctx), TAX, p.uscc, 'tax.arrearsConnection');
    return ctx.loaders.arrearsPages.load({ key: p.uscc, page });
  }

  @Confidential('tax.arrears', TAX)
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Unsettled arrears in yuan, as a float. Confidential: null with FORBIDDEN unless access is FULL.',
    deprecationReason: 'A float cannot hold every amount in fen exactly: read `outstandingArrears` (a decimal string).',
  })
  async outstandingArrearsYuan(@Root() p: TaxProfile, @Ctx() ctx: TaxContext) {
    assertFullRecordAccess(viewerOf(ctx), TAX, p.uscc, 'tax.outstandingArrearsYuan');
    return Number((await ctx.loaders.outstandingArrearsByUscc.load(p.uscc)).total);
  }

  @Confidential('tax.arrears', TAX)
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Unsettled arrears in yuan as a decimal string with two decimals, summed exactly ("0.00" when none). Confidential: null with FORBIDDEN unless access is FULL.',
  })
  async outstandingArrears(@Root() p: TaxProfile, @Ctx() ctx: TaxContext) {
    assertFullRecordAccess(viewerOf(ctx), TAX, p.uscc, 'tax.outstandingArrears');
    return (await ctx.loaders.outstandingArrearsByUscc.load(p.uscc)).total;
  }

  @PagedList()
  @Confidential('tax.filings', TAX)
  @FieldResolver(() => TaxFilingConnection, {
    nullable: true,
    description: 'Filing compliance per period (纳税申报), latest deadline first. Confidential: null with FORBIDDEN unless access is FULL (others see `missedFilingCount`).',
  })
  filings(@Root() p: TaxProfile, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: TaxContext) {
    assertFullRecordAccess(viewerOf(ctx), TAX, p.uscc, 'tax.filings');
    return ctx.loaders.filingPages.load({ key: p.uscc, page });
  }

  @FieldResolver(() => Int, { description: 'Number of filings missed and not made good (逾期未申报) (summary, visible to every department).' })
  missedFilingCount(@Root() p: TaxProfile, @Ctx() ctx: TaxContext) {
    return ctx.loaders.missedFilingCountByUscc.load(p.uscc);
  }

  @ListSize(3)
  @Confidential('tax.riskSignals', TAX)
  @FieldResolver(() => [TaxRiskSignal], {
    nullable: true,
    description:
      "The tax bureau's risk signals (风险信号) for the enterprise, for the cross-department risk assessment: category, level and day observed for every department and coordinators; `detail` (amounts) for the tax bureau and coordinators only. Not shown to the enterprise itself (null with FORBIDDEN).",
  })
  async riskSignals(@Root() p: TaxProfile, @Ctx() ctx: TaxContext): Promise<TaxRiskSignal[]> {
    const viewer = viewerOf(ctx);
    if (hasRole(viewer, 'ENTERPRISE')) throw forbidden('Risk signals are not shown to the enterprise itself (need-to-know).');
    const signals = await ctx.loaders.signalsByUscc.load(p.uscc);
    if (recordAccess(viewer, TAX, p.uscc) === RecordAccess.FULL) return signals;
    return signals.map((s) => Object.assign(new TaxRiskSignal(), { ...s, detail: null }));
  }
}
