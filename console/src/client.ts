import { Client, cacheExchange, fetchExchange, makeOperation, mapExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';

/**
 * The console's operations are the gateway's trusted documents (README "Trusted documents"): each
 * generated document carries the sha256 of its text in persisted-documents.json (`__meta__.hash`),
 * and that hash is all the console sends (`extensions.persistedQuery`, no `query`), over HTTP and
 * graphql-ws, so it works against a gateway that runs trusted documents only. Under `npm run
 * console:dev` it sends the text instead: an operation just edited is not yet in the running
 * gateway's list.
 */
const SEND_TEXT = (import.meta as { env?: { DEV?: boolean } }).env?.DEV === true;

const trustedDocumentsExchange = mapExchange({
  onOperation(operation) {
    const hash = (operation.query as { __meta__?: { hash?: string } }).__meta__?.hash;
    if (SEND_TEXT || !hash || operation.kind === 'teardown') return operation;
    return makeOperation(operation.kind, { ...operation, extensions: { ...operation.extensions, persistedQuery: { version: 1, sha256Hash: hash } } });
  },
});

/**
 * One urql client per signed-in token: queries and mutations over HTTP (`/graphql`, Bearer token),
 * subscriptions over graphql-ws on the same path with the token in connectionParams, as every
 * other client of the hub does.
 */
export function createHubClient(token: string): { client: Client; dispose(): void } {
  const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const ws = createWsClient({
    url: wsUrl,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  const client = new Client({
    url: '/graphql',
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
    requestPolicy: 'cache-and-network',
    exchanges: [
      trustedDocumentsExchange,
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          // graphql-ws requires a query string: empty when the hash stands for it
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  return { client, dispose: () => void ws.dispose() };
}

/** The first GraphQL error's message for the user (the API's messages are English: shown as detail only). */
export function errorText(error: { graphQLErrors?: { extensions?: Record<string, unknown> }[]; networkError?: unknown } | undefined): string | null {
  if (!error) return null;
  if (error.networkError) return '无法连接服务器，请稍后重试。';
  const code = error.graphQLErrors?.[0]?.extensions?.code;
  switch (code) {
    case 'UNAUTHENTICATED':
      return '登录已失效，请重新登录。';
    case 'FORBIDDEN':
      return '无权执行此操作。';
    case 'NOT_FOUND':
      return '未找到该记录。';
    case 'CONFLICT':
      return '记录已被他人修改，请刷新后重试。';
    case 'BAD_USER_INPUT':
      return '输入有误，请检查后重试。';
    default:
      return '操作失败，请稍后重试。';
  }
}
