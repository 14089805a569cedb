import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Confidential } from '../../../shared/audit/confidential';
import { PagedList } from '../../../shared/list-size';
import { ConnectionArgs } from '../../../shared/pagination';
import { viewerOf } from '../../../shared/context';
import { ListSize } from '../../../shared/list-size';
import { taxExtension } from './tax-profile.resolver';
import { assertFullRecordAccess } from '../../../shared/need-to-know';
import type { TaxContext } from '../context';
import { TAX } from '../policy';
import { Arrears, CreditRatingRecord, CreditRatingRevision } from './tax.entity';
import { TaxService } from './tax.service';
import {
  ArrearsConnection, RateTaxCreditInput, RateTaxCreditPayload, RecordLateFilingInput, RecordLateFilingPayload, RecordTaxArrearsInput, RecordTaxArrearsPayload,
  RecordTaxFilingInput, RecordTaxFilingPayload, ReviseTaxCreditRatingInput, ReviseTaxCreditRatingPayload, SettleTaxArrearsInput, SettleTaxArrearsPayload,
} from './tax.types';

const { EnterpriseKey } = taxExtension;
type EnterpriseKey = InstanceType<typeof EnterpriseKey>;

const service = (ctx: TaxContext) => new TaxService(ctx.em, viewerOf(ctx), ctx.clock);

/** The tax bureau's writes (税务): tax officers only; rules in TaxService. */
@Resolver()
export class TaxMutationResolver {
  @Authorized()
  @Mutation(() => RateTaxCreditPayload, { description: "Record a year's tax credit rating (纳税信用等级); CONFLICT when the year is rated already (re-rate instead). Tax officers only." })
  async rateTaxCredit(@Arg('input', () => RateTaxCreditInput, { description: 'The enterprise, year and grade.' }) input: RateTaxCreditInput, @Ctx() ctx: TaxContext) {
    return { rating: await service(ctx).rate(input) };
  }

  @Authorized()
  @Mutation(() => ReviseTaxCreditRatingPayload, {
    description: "Re-rate a year (复评): the grade changes and the revision (from, to, why, when) is kept; CONFLICT when the year is not rated or already has that grade. Tax officers only.",
  })
  async reviseTaxCreditRating(@Arg('input', () => ReviseTaxCreditRatingInput, { description: 'The enterprise, year, new grade and reason.' }) input: ReviseTaxCreditRatingInput, @Ctx() ctx: TaxContext) {
    return { rating: await service(ctx).revise(input) };
  }

  @Authorized()
  @Mutation(() => RecordTaxArrearsPayload, { description: 'Record tax arrears (欠税). Tax officers only.' })
  async recordTaxArrears(@Arg('input', () => RecordTaxArrearsInput, { description: 'The arrears.' }) input: RecordTaxArrearsInput, @Ctx() ctx: TaxContext) {
    return { arrears: await service(ctx).recordArrears(input) };
  }

  @Authorized()
  @Mutation(() => SettleTaxArrearsPayload, { description: 'Record that arrears were paid off (清缴); CONFLICT when they were settled already. Tax officers only.' })
  async settleTaxArrears(@Arg('input', () => SettleTaxArrearsInput, { description: 'The arrears and the day.' }) input: SettleTaxArrearsInput, @Ctx() ctx: TaxContext) {
    return { arrears: await service(ctx).settleArrears(input) };
  }

  @Authorized()
  @Mutation(() => RecordTaxFilingPayload, {
    description: "Record a period's filing compliance (纳税申报): filed on time, filed late, or missed; one record per enterprise and period (CONFLICT for a second). Tax officers only.",
  })
  async recordTaxFiling(@Arg('input', () => RecordTaxFilingInput, { description: 'The enterprise, period and filing day.' }) input: RecordTaxFilingInput, @Ctx() ctx: TaxContext) {
    return { filing: await service(ctx).recordFiling(input) };
  }

  @Authorized()
  @Mutation(() => RecordLateFilingPayload, { description: 'Record that a missed filing came in late (补申报): MISSED → FILED_LATE; CONFLICT from any other status. Tax officers only.' })
  async recordLateFiling(@Arg('input', () => RecordLateFilingInput, { description: 'The filing record and the day.' }) input: RecordLateFilingInput, @Ctx() ctx: TaxContext) {
    return { filing: await service(ctx).recordLateFiling(input) };
  }
}

@Resolver(() => CreditRatingRecord)
export class CreditRatingRecordResolver {
  @ListSize(10)
  @FieldResolver(() => [CreditRatingRevision], {
    nullable: true,
    description: 'Re-ratings of this year (复评), oldest first; empty when never re-rated. Confidential (the reasons): null with FORBIDDEN unless access is FULL.',
  })
  revisions(@Root() r: CreditRatingRecord, @Ctx() ctx: TaxContext): Promise<CreditRatingRevision[]> {
    assertFullRecordAccess(viewerOf(ctx), TAX, r.uscc, 'tax.creditRatings.revisions');
    return ctx.loaders.revisionsByRating.load(String(r.id));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the grade in force was given. Confidential: null with FORBIDDEN unless access is FULL.' })
  reason(@Root() r: CreditRatingRecord, @Ctx() ctx: TaxContext): string | null {
    assertFullRecordAccess(viewerOf(ctx), TAX, r.uscc, 'tax.creditRatings.reason');
    return r.reason;
  }
}

@Resolver(() => Arrears)
export class ArrearsResolver {
  @Authorized()
  @PagedList()
  @Confidential('tax.arrears', TAX)
  @Query(() => ArrearsConnection, { description: 'Tax arrears (欠税) not yet settled, across enterprises, the longest-owed first: the tax officers\' work list. Tax staff and coordinators.' })
  outstandingTaxArrears(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: TaxContext) {
    return service(ctx).outstandingArrears(page);
  }

  @FieldResolver(() => EnterpriseKey, { description: 'The enterprise that owes.' })
  enterprise(@Root() a: Arrears): EnterpriseKey {
    return { uscc: a.uscc };
  }
}
