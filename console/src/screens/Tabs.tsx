import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/** An accessible tab list: arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern). */
export function Tabs<K extends string>({ label, tabs, current, onChange, children }: {
  label: string;
  tabs: { key: K; title: string }[];
  current: K;
  onChange(key: K): void;
  children: ReactNode;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, i: number) => {
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const j = (next + tabs.length) % tabs.length;
    onChange(tabs[j].key);
    refs.current[j]?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={label} className="tabs">
        {tabs.map((t, i) => (
          <button
            key={t.key}
            ref={(el) => {
              refs.current[i] = el;
            }}
            role="tab"
            type="button"
            id={`tab-${t.key}`}
            aria-selected={t.key === current}
            aria-controls={`panel-${t.key}`}
            tabIndex={t.key === current ? 0 : -1}
            onClick={() => onChange(t.key)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {t.title}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`} tabIndex={0}>
        {children}
      </div>
    </>
  );
}
