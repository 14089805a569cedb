import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';

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
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
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
