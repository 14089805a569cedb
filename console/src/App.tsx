import { useEffect, useMemo, useState } from 'react';
import { Provider, useQuery } from 'urql';
import { createHubClient, errorText } from './client';
import { graphql } from './gql';
import { ROLE_LABELS, label } from './labels';
import { storedToken, storeToken } from './session';
import { SignIn } from './screens/SignIn';
import { Inbox } from './screens/Inbox';
import { EnterprisePortal } from './screens/EnterprisePortal';
import { RequestPage } from './screens/RequestPage';
import { Coordinator } from './screens/Coordinator';
import { MeetingRoom } from './screens/MeetingRoom';
import { MeetingMinutes } from './screens/MeetingMinutes';
import { usePath } from './router';

const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      displayName
      roles
      uscc
      department {
        id
        code
        nameZh
      }
      enterprise {
        id
        uscc
        name
      }
    }
  }
`);

/** Signed out: the sign-in screen; signed in: a client for that token and the screens of the user's role. */
export function App() {
  const [token, setToken] = useState<string | null>(storedToken);
  const hub = useMemo(() => (token ? createHubClient(token) : null), [token]);
  useEffect(() => () => hub?.dispose(), [hub]);
  const signIn = (t: string) => {
    storeToken(t);
    setToken(t);
  };
  const signOut = () => {
    storeToken(null);
    setToken(null);
  };
  if (!hub) return <SignIn onSignIn={signIn} />;
  return (
    <Provider value={hub.client}>
      <Shell onSignOut={signOut} />
    </Provider>
  );
}

function Shell({ onSignOut }: { onSignOut(): void }) {
  const [{ data, fetching, error }] = useQuery({ query: ViewerQuery, requestPolicy: 'network-only' });
  const me = data?.me;
  return (
    <>
      <header className="top">
        <h1>政企联络平台</h1>
        {me && (
          <section aria-label="当前用户" className="viewer" data-testid="viewer">
            <span className="viewer-name">{me.displayName}</span>
            <span>{me.department?.nameZh ?? me.enterprise?.name ?? '未归属部门'}</span>
            <span>{me.roles.map((r) => label(ROLE_LABELS, r)).join('、')}</span>
          </section>
        )}
        <button type="button" onClick={onSignOut}>
          退出登录
        </button>
      </header>
      <main>
        {fetching && !me && <p role="status">正在加载…</p>}
        {error && (
          <p role="alert">
            {errorText(error)} <button type="button" onClick={onSignOut}>重新登录</button>
          </p>
        )}
        {me && <RoleScreens roles={me.roles} departmentCode={me.department?.code ?? null} uscc={me.uscc ?? me.enterprise?.uscc ?? null} />}
      </main>
    </>
  );
}

/** The screens adapt to the role; roles whose screens are not built yet say so. */
function RoleScreens({ roles, departmentCode, uscc }: { roles: readonly string[]; departmentCode: string | null; uscc: string | null }) {
  const path = usePath();
  const request = /^\/requests\/([^/]+)$/.exec(path);
  const meeting = /^\/meetings\/([^/]+)(\/minutes)?$/.exec(path);
  if (meeting) {
    const id = decodeURIComponent(meeting[1]);
    return meeting[2] ? <MeetingMinutes key={id} id={id} /> : <MeetingRoom key={id} id={id} />;
  }
  if (request) return <RequestPage key={request[1]} id={decodeURIComponent(request[1])} department={roles.includes('OFFICER') || roles.includes('DEPT_ADMIN') ? departmentCode : null} />;
  if ((roles.includes('OFFICER') || roles.includes('DEPT_ADMIN')) && departmentCode) return <Inbox department={departmentCode} />;
  if (roles.includes('ENTERPRISE') && uscc) return <EnterprisePortal uscc={uscc} />;
  if (roles.includes('COORDINATOR')) return <Coordinator />;
  return <p>该角色的页面尚在建设中。</p>;
}
