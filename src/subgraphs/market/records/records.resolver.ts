import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import type { MarketContext } from '../context';
import { MarketRecordsService } from './records.service';
import {
  AddToAbnormalListInput, AddToAbnormalListPayload, ChangeComplaintStatusInput, ChangeComplaintStatusPayload, ChangePenaltyStatusInput,
  ChangePenaltyStatusPayload, RecordComplaintInput, RecordComplaintPayload, RecordInspectionInput, RecordInspectionPayload, RecordPenaltyInput,
  RecordPenaltyPayload, RemoveFromAbnormalListInput, RemoveFromAbnormalListPayload,
} from './records.types';

const service = (ctx: MarketContext) => new MarketRecordsService(ctx.em, viewerOf(ctx), ctx.clock);

/** Market supervision's writes (市场监管): market officers only; rules in MarketRecordsService. */
@Resolver()
export class MarketRecordsResolver {
  @Authorized()
  @Mutation(() => RecordInspectionPayload, { description: 'Record an on-site inspection (现场检查) and its result. Market supervision officers only.' })
  async recordInspection(@Arg('input', () => RecordInspectionInput, { description: 'The inspection.' }) input: RecordInspectionInput, @Ctx() ctx: MarketContext) {
    return { inspection: await service(ctx).recordInspection(input) };
  }

  @Authorized()
  @Mutation(() => RecordComplaintPayload, { description: 'Register a consumer complaint (消费者投诉) about an enterprise; it starts RECEIVED. Market supervision officers only.' })
  async recordComplaint(@Arg('input', () => RecordComplaintInput, { description: 'The complaint.' }) input: RecordComplaintInput, @Ctx() ctx: MarketContext) {
    return { complaint: await service(ctx).recordComplaint(input) };
  }

  @Authorized()
  @Mutation(() => ChangeComplaintStatusPayload, {
    description: 'Take a step in handling a complaint: RECEIVED → HANDLING → CLOSED, or RECEIVED → DISMISSED; CONFLICT for any other step. Market supervision officers only.',
  })
  async changeComplaintStatus(@Arg('input', () => ChangeComplaintStatusInput, { description: 'The complaint and the step.' }) input: ChangeComplaintStatusInput, @Ctx() ctx: MarketContext) {
    return { complaint: await service(ctx).changeComplaintStatus(input) };
  }

  @Authorized()
  @Mutation(() => AddToAbnormalListPayload, {
    description: 'List an enterprise in the abnormal-operation list (经营异常名录 列入); CONFLICT while it is still listed. Market supervision officers only.',
  })
  async addToAbnormalList(@Arg('input', () => AddToAbnormalListInput, { description: 'The enterprise, day and reason.' }) input: AddToAbnormalListInput, @Ctx() ctx: MarketContext) {
    return { listing: await service(ctx).addToAbnormalList(input) };
  }

  @Authorized()
  @Mutation(() => RemoveFromAbnormalListPayload, {
    description: 'Remove an enterprise from the abnormal-operation list (经营异常名录 移出), keeping the listing as history; CONFLICT when it is not listed. Market supervision officers only.',
  })
  async removeFromAbnormalList(@Arg('input', () => RemoveFromAbnormalListInput, { description: 'The enterprise, day and reason.' }) input: RemoveFromAbnormalListInput, @Ctx() ctx: MarketContext) {
    return { listing: await service(ctx).removeFromAbnormalList(input) };
  }

  @Authorized()
  @Mutation(() => RecordPenaltyPayload, { description: 'Record an administrative penalty (行政处罚); it starts DECIDED. CONFLICT for a decision number already recorded. Market supervision officers only.' })
  async recordPenalty(@Arg('input', () => RecordPenaltyInput, { description: 'The penalty.' }) input: RecordPenaltyInput, @Ctx() ctx: MarketContext) {
    return { penalty: await service(ctx).recordPenalty(input) };
  }

  @Authorized()
  @Mutation(() => ChangePenaltyStatusPayload, {
    description: 'Take a step in the life of a penalty: DECIDED → PAID | APPEALED, APPEALED → DECIDED (upheld) | REVOKED; CONFLICT for any other step. Market supervision officers only.',
  })
  async changePenaltyStatus(@Arg('input', () => ChangePenaltyStatusInput, { description: 'The penalty and the step.' }) input: ChangePenaltyStatusInput, @Ctx() ctx: MarketContext) {
    return { penalty: await service(ctx).changePenaltyStatus(input) };
  }
}
