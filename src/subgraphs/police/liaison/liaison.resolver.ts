import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import { PagedList } from '../../../shared/list-size';
import { ConnectionArgs } from '../../../shared/pagination';
import { DateScalar } from '../../../shared/scalars';
import { toHubDate } from '../../../shared/time-zone';
import type { PoliceContext } from '../context';
import { policeExtension } from '../profile/police-profile.resolver';
import { KeyEnterprise, Officer, OfficerAssignment, Station } from '../station/station.entity';
import { LiaisonService } from './liaison.service';
import {
  AssignLiaisonOfficerInput, AssignLiaisonOfficerPayload, EndLiaisonAssignmentInput, EndLiaisonAssignmentPayload,
  KeyEnterpriseConnection, LiaisonAssignmentConnection,
} from './liaison.types';

const { EnterpriseKey } = policeExtension;
type EnterpriseKey = InstanceType<typeof EnterpriseKey>;

const service = (ctx: PoliceContext) => new LiaisonService(ctx.em, viewerOf(ctx), ctx.clock);

@Resolver(() => OfficerAssignment)
export class LiaisonAssignmentResolver {
  @Authorized()
  @Mutation(() => AssignLiaisonOfficerPayload, {
    description: 'Assign a liaison officer (一企一警) to a key enterprise, or replace the current one (a reason is then required and the old assignment ends today). Police administrators only.',
  })
  async assignLiaisonOfficer(@Arg('input', () => AssignLiaisonOfficerInput, { description: 'The enterprise, the officer and why.' }) input: AssignLiaisonOfficerInput, @Ctx() ctx: PoliceContext) {
    return { assignment: await service(ctx).assign(input) };
  }

  @Authorized()
  @Mutation(() => EndLiaisonAssignmentPayload, { description: "End a key enterprise's current liaison assignment today; CONFLICT when it has none. Police administrators only." })
  async endLiaisonAssignment(@Arg('input', () => EndLiaisonAssignmentInput, { description: 'The enterprise and why.' }) input: EndLiaisonAssignmentInput, @Ctx() ctx: PoliceContext) {
    return { assignment: await service(ctx).end(input) };
  }

  @Authorized()
  @PagedList()
  @Query(() => LiaisonAssignmentConnection, { description: "The calling liaison officer's portfolio: the enterprises currently assigned to them, in USCC order." })
  myEnterprises(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: PoliceContext) {
    return service(ctx).myEnterprises(page);
  }

  @FieldResolver(() => EnterpriseKey, { description: 'The enterprise.' })
  enterprise(@Root() a: OfficerAssignment): EnterpriseKey {
    return { uscc: a.uscc };
  }

  @FieldResolver(() => Officer, { description: 'The liaison officer.' })
  async officer(@Root() a: OfficerAssignment, @Ctx() ctx: PoliceContext): Promise<Officer> {
    return (await ctx.loaders.officerByBadge.load(a.officer.badge))!;
  }
}

@Resolver(() => KeyEnterprise)
export class KeyEnterpriseResolver {
  @Authorized()
  @PagedList()
  @Query(() => KeyEnterpriseConnection, {
    description: "A station's coverage: the key enterprises (重点企业) of its jurisdiction in USCC order, each with its current liaison officer or none. Police and coordinators.",
  })
  stationCoverage(
    @Arg('code', () => ID, { description: 'Station code, e.g. QH-CD.' }) code: string,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: PoliceContext,
  ) {
    return service(ctx).coverage(code, page);
  }

  @FieldResolver(() => EnterpriseKey, { description: 'The enterprise.' })
  enterprise(@Root() k: KeyEnterprise): EnterpriseKey {
    return { uscc: k.uscc };
  }

  @FieldResolver(() => Station, { description: 'The station whose register it is on.' })
  async station(@Root() k: KeyEnterprise, @Ctx() ctx: PoliceContext): Promise<Station> {
    return (await ctx.loaders.stationByCode.load(k.station.code))!;
  }

  @FieldResolver(() => Officer, { nullable: true, description: 'The current liaison officer; null when the enterprise has none.' })
  async liaisonOfficer(@Root() k: KeyEnterprise, @Ctx() ctx: PoliceContext): Promise<Officer | null> {
    const current = await ctx.loaders.assignmentByUscc.load(k.uscc);
    return current?.officer ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'True when the next visit was due before today (hub clock): 走访逾期.' })
  visitOverdue(@Root() k: KeyEnterprise, @Ctx() ctx: PoliceContext): boolean {
    return k.nextVisitDue < toHubDate(ctx.clock());
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Since when the current officer covers it; null when it has none.' })
  async liaisonSince(@Root() k: KeyEnterprise, @Ctx() ctx: PoliceContext): Promise<string | null> {
    return (await ctx.loaders.assignmentByUscc.load(k.uscc))?.assignedOn ?? null;
  }
}
