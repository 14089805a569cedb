import { Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { assertMayViewEnterprise } from '../../../shared/auth';
import { viewerOf } from '../../../shared/context';
import type { PoliceContext } from '../context';
import { Enterprise } from '../external/enterprise.stub';
import { Alert, Officer, Station, Visit } from '../station/station.entity';
import { ListSize } from '../../../shared/list-size';

/** What the police know of one enterprise. */
@ObjectType()
export class PoliceProfile {
  uscc!: string;
}

@Resolver(() => Enterprise)
export class EnterprisePoliceResolver {
  @Authorized()
  @FieldResolver(() => PoliceProfile, { nullable: true, description: 'Police records (公安): liaison officer, visits, alerts.' })
  police(@Root() enterprise: Enterprise, @Ctx() ctx: PoliceContext): PoliceProfile {
    assertMayViewEnterprise(viewerOf(ctx), enterprise.uscc);
    return { uscc: enterprise.uscc };
  }
}

@Resolver(() => PoliceProfile)
export class PoliceProfileResolver {
  @FieldResolver(() => Officer, { nullable: true, description: 'The named liaison officer (一企一警), for key enterprises.' })
  async liaisonOfficer(@Root() p: PoliceProfile, @Ctx() ctx: PoliceContext): Promise<Officer | null> {
    return (await ctx.loaders.assignmentByUscc.load(p.uscc))?.officer ?? null;
  }

  @ListSize(50)
  @FieldResolver(() => [Visit], { description: 'Visits (走访), newest first.' })
  visits(@Root() p: PoliceProfile, @Ctx() ctx: PoliceContext): Promise<Visit[]> {
    return ctx.loaders.visitsByUscc.load(p.uscc);
  }

  @ListSize(50)
  @FieldResolver(() => [Alert], { description: 'Alerts and incidents (警情), newest first.' })
  alerts(@Root() p: PoliceProfile, @Ctx() ctx: PoliceContext): Promise<Alert[]> {
    return ctx.loaders.alertsByUscc.load(p.uscc);
  }

  @FieldResolver(() => Int)
  async alertCount(@Root() p: PoliceProfile, @Ctx() ctx: PoliceContext): Promise<number> {
    return (await ctx.loaders.alertsByUscc.load(p.uscc)).length;
  }
}

@Resolver(() => Officer)
export class OfficerResolver {
  @FieldResolver(() => Station)
  async station(@Root() o: Officer, @Ctx() ctx: PoliceContext): Promise<Station> {
    return (await ctx.loaders.stationByCode.load(o.station.code))!;
  }
}
