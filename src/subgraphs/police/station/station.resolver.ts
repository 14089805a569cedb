import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { PoliceContext } from '../context';
import { Officer, Station } from './station.entity';

@Resolver(() => Station)
export class StationResolver {
  @Authorized('OFFICER', 'DEPT_ADMIN', 'COORDINATOR')
  @Query(() => [Station], { description: 'Liaison stations (联络站) and their officers.' })
  stations(@Ctx() ctx: PoliceContext): Promise<Station[]> {
    return ctx.em.find(Station, {}, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => [Officer])
  officers(@Root() s: Station, @Ctx() ctx: PoliceContext): Promise<Officer[]> {
    return ctx.loaders.officersByStation.load(s.code);
  }
}
