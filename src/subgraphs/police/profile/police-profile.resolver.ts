import { Args, Ctx, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import { enterpriseExtension } from '../../../shared/enterprise-extension';
import { assertFullRecordAccess, RecordAccess, recordAccess } from '../../../shared/need-to-know';
import { DateScalar } from '../../../shared/scalars';
import { visitNumber } from '../validation';
import type { PoliceContext } from '../context';
import { Alert, Officer, OfficerAssignment, Station, Visit } from '../station/station.entity';
import { ListSize, PagedList } from '../../../shared/list-size';
import { ConnectionArgs, replacedByConnection } from '../../../shared/pagination';
import { AlertConnection, VisitConnection } from './profile.types';
import { Confidential } from '../../../shared/audit/confidential';
import { hasRole, type Viewer } from '../../../shared/auth';

const POLICE = 'police';

/** What the police know of one enterprise. */
@ObjectType({ description: 'What the police know of one enterprise: its liaison officer (一企一警), visits and alerts.' })
export class PoliceProfile {
  uscc!: string;
}

/** Enterprise.police: this department's profile of an enterprise. */
export const policeExtension = enterpriseExtension('police', PoliceProfile, 'Police records (公安): liaison officer, visits, alerts, safety trainings.');
const { EnterpriseKey } = policeExtension;

@Resolver(() => PoliceProfile)
export class PoliceProfileResolver {
  @FieldResolver(() => Officer, { nullable: true, description: 'The named liaison officer (一企一警), for key enterprises.' })
  async liaisonOfficer(@Root() p: PoliceProfile, @Ctx() ctx: PoliceContext): Promise<Officer | null> {
    const current = await ctx.loaders.assignmentByUscc.load(p.uscc);
    return current?.officer ?? null;
  }

  /**
   * Every liaison assignment of the enterprise, newest first. A plain list, not a connection: an
   * enterprise has a handful of officers over the years, and one batched query serves a whole list
   * of enterprises.
   */
  @ListSize(20)
  @FieldResolver(() => [OfficerAssignment], { nullable: true, description: 'The liaison officers (一企一警) the enterprise has had, newest first, with from/to dates and reasons. Null with FORBIDDEN unless access is FULL.' })
  liaisonHistory(@Root() p: PoliceProfile, @Ctx() ctx: PoliceContext): Promise<OfficerAssignment[]> {
    assertFullRecordAccess(viewerOf(ctx), POLICE, p.uscc, 'police.liaisonHistory');
    return ctx.loaders.assignmentHistoryByUscc.load(p.uscc);
  }

  @FieldResolver(() => RecordAccess, { description: 'FULL for the police, coordinators and the enterprise itself; SUMMARY for other departments.' })
  access(@Root() p: PoliceProfile, @Ctx() ctx: PoliceContext): RecordAccess {
    return recordAccess(viewerOf(ctx), POLICE, p.uscc);
  }

  @ListSize(50)
  @Confidential('police.visits', POLICE)
  @FieldResolver(() => [Visit], {
    nullable: true,
    description: 'Visits (走访), newest first, all of them. Confidential: null with FORBIDDEN unless access is FULL.',
    deprecationReason: replacedByConnection('visitsConnection'),
  })
  visits(@Root() p: PoliceProfile, @Ctx() ctx: PoliceContext): Promise<Visit[]> {
    assertFullRecordAccess(viewerOf(ctx), POLICE, p.uscc, 'police.visits');
    return ctx.loaders.visitsByUscc.load(p.uscc);
  }

  @PagedList()
  @Confidential('police.visits', POLICE)
  @FieldResolver(() => VisitConnection, { nullable: true, description: 'Visits (走访), newest first, a page at a time. Confidential: null with FORBIDDEN unless access is FULL.' })
  visitsConnection(@Root() p: PoliceProfile, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: PoliceContext) {
    assertFullRecordAccess(viewerOf(ctx), POLICE, p.uscc, 'police.visitsConnection');
    return ctx.loaders.visitPages.load({ key: p.uscc, page });
  }

  @FieldResolver(() => Int, { description: 'Number of visits recorded (summary).' })
  async visitCount(@Root() p: PoliceProfile, @Ctx() ctx: PoliceContext): Promise<number> {
    return (await ctx.loaders.visitFiguresByUscc.load(p.uscc)).count;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Date of the latest visit (summary).' })
  async lastVisitedOn(@Root() p: PoliceProfile, @Ctx() ctx: PoliceContext): Promise<string | null> {
    return (await ctx.loaders.visitFiguresByUscc.load(p.uscc)).lastVisitedOn;
  }

  @ListSize(50)
  @Confidential('police.alerts', POLICE)
  @FieldResolver(() => [Alert], {
    nullable: true,
    description: 'Alerts and incidents (警情), newest first, all of them. Confidential: null with FORBIDDEN unless access is FULL.',
    deprecationReason: replacedByConnection('alertsConnection'),
  })
  alerts(@Root() p: PoliceProfile, @Ctx() ctx: PoliceContext): Promise<Alert[]> {
    assertFullRecordAccess(viewerOf(ctx), POLICE, p.uscc, 'police.alerts');
    return ctx.loaders.alertsByUscc.load(p.uscc);
  }

  @PagedList()
  @Confidential('police.alerts', POLICE)
  @FieldResolver(() => AlertConnection, { nullable: true, description: 'Alerts and incidents (警情), newest first, a page at a time. Confidential: null with FORBIDDEN unless access is FULL.' })
  alertsConnection(@Root() p: PoliceProfile, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: PoliceContext) {
    assertFullRecordAccess(viewerOf(ctx), POLICE, p.uscc, 'police.alertsConnection');
    return ctx.loaders.alertPages.load({ key: p.uscc, page });
  }

  @Confidential('police.alerts', POLICE)
  @FieldResolver(() => Int, { description: 'Number of alerts recorded (summary).' })
  async alertCount(@Root() p: PoliceProfile, @Ctx() ctx: PoliceContext): Promise<number> {
    return (await ctx.loaders.alertFiguresByUscc.load(p.uscc)).reduce((n, t) => n + t.count, 0);
  }
}

/**
 * A visit's date, officer and enterprise are its summary; what was said and found is confidential
 * (FULL access: the police, coordinators, the enterprise itself). Through `enterprise.police.visits`
 * only FULL viewers reach a visit at all; through a request raised on it (`Issue.originVisit`) the
 * request's other departments reach the summary, and these fields answer them null with FORBIDDEN.
 */
@Resolver(() => Visit)
export class VisitResolver {
  @FieldResolver(() => Officer, { description: 'The officer who made the visit.' })
  async officer(@Root() v: Visit, @Ctx() ctx: PoliceContext): Promise<Officer> {
    return (await ctx.loaders.officerByBadge.load(v.officer.badge))!;
  }

  @FieldResolver(() => EnterpriseKey, { description: 'The enterprise visited.' })
  enterprise(@Root() v: Visit): InstanceType<typeof EnterpriseKey> {
    return { uscc: v.uscc };
  }

  @Confidential('police.visits', POLICE)
  @FieldResolver(() => String, { nullable: true, description: 'Who the officer met, e.g. "总经理张建国、行政主管李红". Confidential: null with FORBIDDEN unless access is FULL.' })
  peopleMet(@Root() v: Visit, @Ctx() ctx: PoliceContext): string {
    assertFullRecordAccess(viewerOf(ctx), POLICE, v.uscc, 'Visit.peopleMet');
    return v.peopleMet;
  }

  @Confidential('police.visits', POLICE)
  @FieldResolver(() => String, { nullable: true, description: 'What was seen and discussed. Confidential: null with FORBIDDEN unless access is FULL.' })
  notes(@Root() v: Visit, @Ctx() ctx: PoliceContext): string {
    assertFullRecordAccess(viewerOf(ctx), POLICE, v.uscc, 'Visit.notes');
    return v.notes;
  }

  @ListSize(20)
  @Confidential('police.visits', POLICE)
  @FieldResolver(() => [String], {
    nullable: true,
    description: 'Problems the enterprise raised or the officer found, one per item (empty when none); `reportVisitProblem` makes one a request. Confidential: null with FORBIDDEN unless access is FULL.',
  })
  problemsFound(@Root() v: Visit, @Ctx() ctx: PoliceContext): string[] {
    assertFullRecordAccess(viewerOf(ctx), POLICE, v.uscc, 'Visit.problemsFound');
    return v.problemsFound;
  }
}

/**
 * `Visit` references from the hub (`Issue.originVisit`): batched through the visit loader, with
 * the same rules as the enterprise itself: signed in, and an enterprise user only for its own.
 * A visit the caller may not reach, or that does not exist, resolves to null.
 */
const mayViewEnterprise = (v: Viewer, uscc: string) => hasRole(v, 'OFFICER', 'DEPT_ADMIN', 'COORDINATOR') || v.uscc === uscc;

export const visitReference = {
  Visit: {
    __resolveReference: async (ref: { id: string }, ctx: PoliceContext): Promise<Visit | null> => {
      const viewer = viewerOf(ctx);
      const id = visitNumber(ref.id);
      if (id === null) return null;
      const visit = await ctx.loaders.visitById.load(id);
      if (!visit || !mayViewEnterprise(viewer, visit.uscc)) return null;
      return visit;
    },
  },
};

@Resolver(() => Officer)
export class OfficerResolver {
  @FieldResolver(() => Station, { description: 'The liaison station the officer belongs to.' })
  async station(@Root() o: Officer, @Ctx() ctx: PoliceContext): Promise<Station> {
    return (await ctx.loaders.stationByCode.load(o.station.code))!;
  }
}
