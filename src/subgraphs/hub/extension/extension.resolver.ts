import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { viewerOf } from '../../../shared/context';
import { ListSize } from '../../../shared/list-size';
import type { HubContext } from '../context';
import { Issue } from '../issue/issue.entity';
import { isSummary } from '../issue/issue-summary';
import { Person, person } from '../person/person';
import { IssueExtension } from './extension.entity';
import { ExtensionService } from './extension.service';
import { DecideExtensionInput, DecideExtensionPayload, type ExtensionPayload, RequestExtensionInput, RequestExtensionPayload } from './extension.types';

const service = (ctx: HubContext) => new ExtensionService(ctx.em, viewerOf(ctx), ctx.clock);

@Resolver(() => IssueExtension)
export class ExtensionResolver {
  @Authorized()
  @Mutation(() => RequestExtensionPayload, { description: 'The lead department asks for more working days (延期), before the reply deadline passes; CONFLICT after it or while another is pending.' })
  requestExtension(@Arg('input', () => RequestExtensionInput, { description: 'The request, the working days and why.' }) input: RequestExtensionInput, @Ctx() ctx: HubContext): Promise<ExtensionPayload> {
    return service(ctx).request(input);
  }

  @Authorized()
  @Mutation(() => DecideExtensionPayload, { description: 'Coordinators: approve (the reply deadline moves; the original is kept) or refuse (with a reason) an extension, once.' })
  decideExtension(@Arg('input', () => DecideExtensionInput, { description: 'The extension and the decision.' }) input: DecideExtensionInput, @Ctx() ctx: HubContext): Promise<ExtensionPayload> {
    return service(ctx).decide(input);
  }

  @FieldResolver(() => Person, { description: 'Who asked for it.' })
  requestedBy(@Root() e: IssueExtension): Person {
    return person(e.requestedBy, e.requestedByName, e.departmentCode);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The coordinator who decided; null while pending.' })
  decidedBy(@Root() e: IssueExtension): Person | null {
    return e.decidedBy ? person(e.decidedBy, e.decidedByName, null) : null;
  }
}

/** Issue.extensions: the request's extensions, oldest first (one batch per request). */
@Resolver(() => Issue)
export class IssueExtensionsResolver {
  @ListSize(20)
  @FieldResolver(() => [IssueExtension], { description: 'Extensions (延期) asked for, oldest first, with their decisions. Empty with SUMMARY access (`Issue.access`), which sees the deadline in force and the original one.' })
  async extensions(@Root() issue: Issue, @Ctx() ctx: HubContext) {
    return isSummary(issue) ? [] : ctx.loaders.extensionsByIssue.load(String(issue.id));
  }
}
