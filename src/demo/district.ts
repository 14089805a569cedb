import { usccCheckCharacter } from '../subgraphs/hub/enterprise/uscc';

/**
 * The demo district (清河区, a fictional district): the same enterprises appear in every
 * department's records, keyed by USCC, the way real departments share nothing but the code.
 * Deterministic, so tests and the README can name concrete codes.
 */

/** GB 11714 organisation-code check character (characters 9-17 of a USCC hold such a code). */
function orgCodeCheck(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first8].reduce((s, c, i) => s + Number(c) * weights[i], 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export function demoUscc(n: number): string {
  const org8 = String(31_000_000 + n * 7919).padStart(8, '0').slice(-8);
  const body = `91320102${org8}${orgCodeCheck(org8)}`;
  return body + usccCheckCharacter(body);
}

export interface DemoStation {
  code: string;
  name: string;
  jurisdiction: string;
}
export const DEMO_STATIONS: DemoStation[] = [
  { code: 'QH-CD', name: '城东派出所警企联络站', jurisdiction: '城东派出所辖区' },
  { code: 'QH-CX', name: '城西派出所警企联络站', jurisdiction: '城西派出所辖区' },
  { code: 'QH-GX', name: '高新区派出所警企联络站', jurisdiction: '高新区派出所辖区' },
];

export interface DemoOfficer {
  badge: string;
  name: string;
  station: string;
  phone: string;
  /** The officer's account (token `sub`), linking a signed-in user to the officer record. */
  userId?: string;
}
export const DEMO_OFFICERS: DemoOfficer[] = [
  { badge: '320102001', name: '李伟', station: 'QH-CD', phone: '025-8660-1001', userId: 'u-police-li' },
  { badge: '320102002', name: '王芳', station: 'QH-CD', phone: '025-8660-1002' },
  { badge: '320102003', name: '张强', station: 'QH-CX', phone: '025-8660-1003' },
  { badge: '320102004', name: '刘洋', station: 'QH-CX', phone: '025-8660-1004' },
  { badge: '320102005', name: '陈静', station: 'QH-GX', phone: '025-8660-1005' },
  { badge: '320102006', name: '杨帆', station: 'QH-GX', phone: '025-8660-1006' },
];

const NAMES = [
  '清河精密机械有限公司', '金陵新材料科技有限公司', '秦淮食品加工有限公司', '紫金电子信息有限公司',
  '玄武建筑工程有限公司', '鼓楼医药连锁有限公司', '石城物流有限公司', '栖霞纺织服装有限公司',
  '江宁汽车零部件有限公司', '雨花软件开发有限公司', '浦口新能源有限公司', '六合农业发展有限公司',
  '溧水旅游文化有限公司', '高淳水产养殖有限公司', '建邺金融服务有限公司', '白下餐饮管理有限公司',
  '下关港口贸易有限公司', '仙林教育科技有限公司', '麒麟生物技术有限公司', '龙蟠化工有限公司',
  '青龙山建材有限公司', '燕子矶船舶修造有限公司', '莫愁湖酒店管理有限公司', '中山印刷包装有限公司',
  '长干里文创有限公司', '夫子庙商贸有限公司', '明城墙物业服务有限公司', '梅花山园林绿化有限公司',
  '钟山智能制造有限公司', '乌衣巷家政服务有限公司',
];
const INDUSTRIES = ['制造业', '信息技术', '批发零售', '建筑业', '住宿餐饮', '交通物流', '科技服务', '居民服务'];
const PARKS = ['清河经济开发区', '高新技术产业园', '城东商贸集聚区', null];
const SURNAMES = ['赵', '钱', '孙', '李', '周', '吴', '郑', '王', '冯', '陈'];
const GIVEN = ['建国', '海燕', '志强', '丽华', '明辉', '晓东', '春梅', '国栋', '文静', '永红'];

export interface DemoEnterprise {
  uscc: string;
  name: string;
  legalRepresentative: string;
  address: string;
  park: string | null;
  station: string;
  industry: string;
  isKeyEnterprise: boolean;
  /** Index in the list: drives each department's deterministic records. */
  n: number;
}

/** 60 enterprises: the 30 companies above and a branch office (分公司, its own USCC) of each. */
const ALL_NAMES = [...NAMES.map((n) => `南京${n}`), ...NAMES.map((n) => `南京${n}江北分公司`)];

export const DEMO_ENTERPRISES: DemoEnterprise[] = ALL_NAMES.map((name, i) => ({
  uscc: demoUscc(i + 1),
  name,
  legalRepresentative: SURNAMES[i % 10] + GIVEN[(i * 3) % 10],
  address: `清河区${['中山路', '龙蟠路', '江东路', '汉中路', '虎踞路'][i % 5]}${100 + i * 7}号`,
  park: PARKS[i % 4],
  station: DEMO_STATIONS[i % 3].code,
  industry: INDUSTRIES[i % INDUSTRIES.length],
  // two in three are key enterprises (重点企业): each officer covers at least three
  isKeyEnterprise: i % 3 !== 2,
  n: i,
}));

/** A key enterprise newly put on its station's register that has no liaison officer yet (shows in station coverage). */
export const DEMO_UNCOVERED_KEY_ENTERPRISE = 58;

/** The key enterprises of a station, shared out among its officers (一企一警). */
export function demoLiaisonOfficer(e: DemoEnterprise): DemoOfficer | null {
  if (!e.isKeyEnterprise || e.n === DEMO_UNCOVERED_KEY_ENTERPRISE) return null;
  const officers = DEMO_OFFICERS.filter((o) => o.station === e.station);
  return officers[Math.floor(e.n / 3) % officers.length];
}

/** Demo users for `npm run token -- <user>`; the enterprise user acts for the first enterprise. */
export const DEMO_USERS = {
  'police-officer': { sub: 'u-police-li', name: '李伟', dept: 'police', roles: ['OFFICER'] },
  'police-admin': { sub: 'u-police-admin', name: '周国栋', dept: 'police', roles: ['DEPT_ADMIN', 'OFFICER'] },
  'market-officer': { sub: 'u-market-sun', name: '孙丽华', dept: 'market', roles: ['OFFICER'] },
  'tax-officer': { sub: 'u-tax-wu', name: '吴明辉', dept: 'tax', roles: ['OFFICER'] },
  'judicial-officer': { sub: 'u-judicial-zheng', name: '郑晓东', dept: 'judicial', roles: ['OFFICER'] },
  coordinator: { sub: 'u-coordinator-feng', name: '冯春梅', dept: null, roles: ['COORDINATOR'] },
  auditor: { sub: 'u-auditor-qian', name: '钱思远', dept: null, roles: ['AUDITOR'] },
  enterprise: { sub: 'u-enterprise-1', name: '赵建国', dept: null, roles: ['ENTERPRISE'], uscc: demoUscc(1) },
} as const;
export type DemoUserName = keyof typeof DEMO_USERS;
