import { readFileSync } from 'node:fs';
import { parseHolidayNotice } from '../src/subgraphs/hub/calendar/holiday-notice';

const USAGE = `usage: npm run calendar:from-notice -- <notice.txt | -> [--year 2027] [--apply [--url http://127.0.0.1:4000/graphql]]

Reads the State Council General Office's holiday notice (国务院办公厅关于XXXX年部分节假日安排的通知,
its numbered lines 一、元旦：… to 七、国庆节：…) and prints the year as setWorkdayCalendarYear takes it.
--apply calls setWorkdayCalendarYear through the gateway with the bearer token in HUB_TOKEN
(a coordinator's or department administrator's; npm run token -- coordinator in development),
and prints how many provisional deadlines it recomputed.`;

const MUTATION = `mutation($input: SetWorkdayCalendarYearInput!) {
  setWorkdayCalendarYear(input: $input) {
    calendarYear { id year }
    deadlinesSet { requests referrals actionItems moved stillProvisional }
  }
}`;

/** npm run calendar:from-notice -- <file>: the notice text in, the setWorkdayCalendarYear input out (or applied). */
async function main() {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const [value] = args.splice(i, 2).slice(1);
    if (value === undefined) throw new Error(`${name} needs a value.\n\n${USAGE}`);
    return value;
  };
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i >= 0) args.splice(i, 1);
    return i >= 0;
  };
  const year = option('--year');
  const url = option('--url') ?? 'http://127.0.0.1:4000/graphql';
  const apply = flag('--apply');
  const [file] = args;
  if (!file || args.length > 1 || flag('--help')) {
    console.error(USAGE);
    process.exit(2);
  }
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  const parsed = parseHolidayNotice(text, year === undefined ? undefined : Number(year));
  const input = { year: parsed.year, holidays: parsed.holidays, makeupWorkdays: parsed.makeupWorkdays };
  console.error(`${parsed.year}: ${parsed.lines.length} lines (${parsed.lines.join(' ')}), ${parsed.holidays.length} holidays, ${parsed.makeupWorkdays.length} make-up workdays`);
  if (!apply) {
    console.log(JSON.stringify(input, null, 2));
    return;
  }
  const token = process.env.HUB_TOKEN;
  if (!token) throw new Error('--apply needs HUB_TOKEN (a coordinator\'s or department administrator\'s bearer token).');
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: MUTATION, variables: { input } }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(`setWorkdayCalendarYear refused: ${body.errors.map((e) => `${e.extensions?.code ?? 'ERROR'} ${e.message}`).join('; ')}`);
  console.log(JSON.stringify(body.data, null, 2));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
