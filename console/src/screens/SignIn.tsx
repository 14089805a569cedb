import { useEffect, useId, useState } from 'react';
import { fetchDemoUsers, mintDemoToken, type DemoUser } from '../session';
import { ROLE_LABELS, label } from '../labels';

const DEPARTMENT_NAMES: Record<string, string> = { police: '公安', market: '市场监管', tax: '税务', judicial: '司法' };

/**
 * Development: a picker of the demo district's users (the gateway mints their tokens). Production
 * (the gateway refuses demo tokens there): the user pastes a token from the identity provider.
 */
export function SignIn({ onSignIn }: { onSignIn(token: string): void }) {
  const [demoUsers, setDemoUsers] = useState<DemoUser[] | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const tokenId = useId();

  useEffect(() => {
    fetchDemoUsers().then(setDemoUsers, () => setDemoUsers(null));
  }, []);

  const pick = async (user: string) => {
    setProblem(null);
    try {
      onSignIn(await mintDemoToken(user));
    } catch (err) {
      setProblem(err instanceof Error ? err.message : '登录失败');
    }
  };

  return (
    <main className="sign-in">
      <h1>政企联络平台</h1>
      {demoUsers === undefined && <p role="status">正在加载…</p>}
      {demoUsers && (
        <section aria-labelledby="demo-heading">
          <h2 id="demo-heading">选择演示用户登录（开发环境）</h2>
          <ul className="demo-users">
            {demoUsers.map((u) => (
              <li key={u.user}>
                <button type="button" onClick={() => pick(u.user)} data-user={u.user}>
                  <strong>{u.name}</strong>
                  <span>{u.department ? (DEPARTMENT_NAMES[u.department] ?? '部门') : '无部门'}</span>
                  <span>{u.roles.map((r) => label(ROLE_LABELS, r)).join('、')}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {demoUsers === null && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (pasted.trim()) onSignIn(pasted.trim());
          }}
        >
          <h2>使用访问令牌登录</h2>
          <label htmlFor={tokenId}>访问令牌</label>
          <textarea id={tokenId} value={pasted} onChange={(e) => setPasted(e.target.value)} rows={4} required />
          <button type="submit">登录</button>
        </form>
      )}
      {problem && <p role="alert">{problem}</p>}
    </main>
  );
}
