import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { PoliceContext } from '../context';
import { Officer, Station } from './station.entity';
import { ListSize } from '../../../shared/list-size';

@Resolver(() => Station)
export class StationResolver {
  @Authorized('OFFICER', 'DEPT_ADMIN', 'COORDINATOR')
  @ListSize(50)
  @Query(() => [Station], { description: 'Liaison stations (联络站) and their officers.' })
  stations(@Ctx() ctx: PoliceContext): Promise<Station[]> {
    return ctx.em.find(Station, {}, { orderBy: { code: 'asc' } });
  }

  @ListSize(20)
  @FieldResolver(() => [Officer], { description: 'The liaison officers of this station.' })
  officers(@Root() s: Station, @Ctx() ctx: PoliceContext): Promise<Officer[]> {
    return ctx.loaders.officersByStation.load(s.code);
  }
}
