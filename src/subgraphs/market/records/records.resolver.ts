import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Confidential } from '../../../shared/audit/confidential';
import { PagedList } from '../../../shared/list-size';
import { ConnectionArgs } from '../../../shared/pagination';
import { viewerOf } from '../../../shared/context';
import type { MarketContext } from '../context';
import { MARKET } from '../policy';
import { marketExtension } from '../registration/market-profile.resolver';
import { Complaint, ComplaintStatus, Inspection } from './records.entity';
import { MarketRecordsService } from './records.service';
import {
  AddToAbnormalListInput, AddToAbnormalListPayload, ComplaintConnection, ChangeComplaintStatusInput, ChangeComplaintStatusPayload, ChangePenaltyStatusInput,
  ChangePenaltyStatusPayload, RecordComplaintInput, RecordComplaintPayload, RecordInspectionInput, RecordInspectionPayload, RecordPenaltyInput,
  RecordPenaltyPayload, RemoveFromAbnormalListInput, RemoveFromAbnormalListPayload,
} from './records.types';

const { EnterpriseKey } = marketExtension;
type EnterpriseKey = InstanceType<typeof EnterpriseKey>;

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

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Authorized()
  @PagedList()
  @Confidential('market.complaints', MARKET)
  @Query(() => ComplaintConnection, {
    description: 'Consumer complaints (消费者投诉) across enterprises, newest received first, optionally only those in the given statuses: the market officers\' work list. Market supervision staff and coordinators.',
  })
  consumerComplaints(
    @Arg('status', () => [ComplaintStatus], { nullable: true, description: 'Only complaints in these statuses, e.g. [RECEIVED, HANDLING] for the open ones; all when omitted.' }) status: ComplaintStatus[] | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: MarketContext,
  ) {
    return service(ctx).complaints(status, page);
  }

  @FieldResolver(() => EnterpriseKey, { description: 'The enterprise complained about.' })
  enterprise(@Root() c: Complaint): EnterpriseKey {
    return { uscc: c.uscc };
  }
}

@Resolver(() => Inspection)
export class InspectionResolver {
  @FieldResolver(() => EnterpriseKey, { description: 'The enterprise inspected.' })
  enterprise(@Root() i: Inspection): EnterpriseKey {
    return { uscc: i.uscc };
  }
}
