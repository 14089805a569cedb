import { Field, ID, InputType, Int } from 'type-graphql';
import { connectionType } from '../../../shared/pagination';
import { payloadType } from '../../../shared/payload';
import { DateScalar } from '../../../shared/scalars';
import { Arrears, CreditRating, CreditRatingRecord, TaxFiling } from './tax.entity';

export const TaxFilingConnection = connectionType(TaxFiling, 'TaxFiling');
export const ArrearsConnection = connectionType(Arrears, 'Arrears');

@InputType({ description: "A year's first tax credit rating (纳税信用评价) of an enterprise." })
export class RateTaxCreditInput {
  @Field(() => ID, { description: 'Unified social credit code of the enterprise (registered with the tax bureau).' })
  uscc!: string;

  @Field(() => Int, { description: 'The year rated: one that has ended, from 2014.' })
  year!: number;

  @Field(() => CreditRating, { description: 'The grade.' })
  rating!: CreditRating;

  @Field(() => String, { nullable: true, description: 'Why, if worth saying (at most 1,000 characters).' })
  reason?: string | null;
}

@InputType({ description: "A re-rating (复评) of a year already rated: the grade changes, the revision is kept." })
export class ReviseTaxCreditRatingInput {
  @Field(() => ID, { description: 'Unified social credit code of the enterprise.' })
  uscc!: string;

  @Field(() => Int, { description: 'The year whose rating changes.' })
  year!: number;

  @Field(() => CreditRating, { description: 'The new grade (not the one in force).' })
  rating!: CreditRating;

  @Field({ description: 'Why the grade changes (at most 1,000 characters); kept in the history.' })
  reason!: string;
}

@InputType({ description: 'Tax arrears (欠税) found owing.' })
export class RecordTaxArrearsInput {
  @Field(() => ID, { description: 'Unified social credit code of the enterprise.' })
  uscc!: string;

  @Field({ description: 'Kind of tax (税种), e.g. 增值税 (at most 50 characters).' })
  taxType!: string;

  @Field({ description: 'Amount owed in yuan as a decimal string, more than 0, at most two decimals (e.g. "38500.00"); never a float.' })
  amount!: string;

  @Field(() => DateScalar, { description: 'Owed since this day; not after today.' })
  since!: string;
}

@InputType({ description: 'Arrears paid off (清缴).' })
export class SettleTaxArrearsInput {
  @Field(() => ID, { description: 'Global id of the arrears record (`Arrears:<n>`).' })
  arrearsId!: string;

  @Field(() => DateScalar, { description: 'Day they were paid off; not after today, not before they were owed.' })
  settledOn!: string;
}

@InputType({ description: "One period's filing compliance (纳税申报) of an enterprise." })
export class RecordTaxFilingInput {
  @Field(() => ID, { description: 'Unified social credit code of the enterprise.' })
  uscc!: string;

  @Field({ description: 'The period: a month `YYYY-MM` or a quarter `YYYY-Qn`.' })
  period!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the return was filed (after the period ended, not after today); leave out for a missed filing (only once the deadline has passed).' })
  filedOn?: string | null;
}

@InputType({ description: 'A missed filing made good (补申报).' })
export class RecordLateFilingInput {
  @Field(() => ID, { description: 'Global id of the MISSED filing record (`TaxFiling:<n>`).' })
  filingId!: string;

  @Field(() => DateScalar, { description: 'Day the return was filed; after the deadline, not after today.' })
  filedOn!: string;
}

export const RateTaxCreditPayload = payloadType<{ rating: CreditRatingRecord }>('RateTaxCreditPayload', 'Result of rateTaxCredit.', {
  rating: { type: () => CreditRatingRecord, description: 'The rating as recorded.' },
});
export const ReviseTaxCreditRatingPayload = payloadType<{ rating: CreditRatingRecord }>('ReviseTaxCreditRatingPayload', 'Result of reviseTaxCreditRating.', {
  rating: { type: () => CreditRatingRecord, description: 'The rating with its new grade (its `revisions` hold the history).' },
});
export const RecordTaxArrearsPayload = payloadType<{ arrears: Arrears }>('RecordTaxArrearsPayload', 'Result of recordTaxArrears.', {
  arrears: { type: () => Arrears, description: 'The arrears as recorded.' },
});
export const SettleTaxArrearsPayload = payloadType<{ arrears: Arrears }>('SettleTaxArrearsPayload', 'Result of settleTaxArrears.', {
  arrears: { type: () => Arrears, description: 'The arrears, now settled.' },
});
export const RecordTaxFilingPayload = payloadType<{ filing: TaxFiling }>('RecordTaxFilingPayload', 'Result of recordTaxFiling.', {
  filing: { type: () => TaxFiling, description: 'The filing record.' },
});
export const RecordLateFilingPayload = payloadType<{ filing: TaxFiling }>('RecordLateFilingPayload', 'Result of recordLateFiling.', {
  filing: { type: () => TaxFiling, description: 'The filing record, now FILED_LATE.' },
});
