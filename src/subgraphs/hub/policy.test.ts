import type { Role, Viewer } from '../../shared/auth';
import { RecordAccess } from '../../shared/need-to-know';
import { authorize, issueAccess, issueScope, may, type IssueFacts, type PolicyAction, type PolicyResources } from './policy';

const OWN = '91440300MA5FXXXX0A';
const OTHER = '91440300MA5FYYYY0B';
const viewer = (roles: Role[], department: string | null = null, uscc: string | null = null): Viewer => ({ id: 'u', displayName: 'u', roles, department, uscc });

/** The people of the table: role and department (or enterprise). */
const WHO = {
  coordinator: viewer(['COORDINATOR']),
  'tax officer': viewer(['OFFICER'], 'tax'),
  'tax admin': viewer(['DEPT_ADMIN'], 'tax'),
  'police officer': viewer(['OFFICER'], 'police'),
  'judicial officer': viewer(['OFFICER'], 'judicial'),
  'market officer': viewer(['OFFICER'], 'market'),
  'officer without department': viewer(['OFFICER']),
  'own enterprise': viewer(['ENTERPRISE'], null, OWN),
  'other enterprise': viewer(['ENTERPRISE'], null, OTHER),
  'no role': viewer([]),
} as const;
type Who = keyof typeof WHO;

/** A request of OWN, led by tax, assisted by police, with a referral exchanged with judicial. */
const ISSUE: IssueFacts = { enterpriseUscc: OWN, leadDepartment: 'tax', assistingDepartments: ['police'], referralDepartments: ['tax', 'judicial'] };
const REFERRAL = { fromDepartment: 'tax', toDepartment: 'market' };
/** A request of OWN raised on a police visit (走访), led by market after a transfer from tax. */
const RAISED: IssueFacts = { enterpriseUscc: OWN, leadDepartment: 'market', assistingDepartments: [], referralDepartments: ['tax', 'market'], originDepartment: 'police' };

const RESOURCES: { [A in PolicyAction]: PolicyResources[A] } = {
  'issue.read': ISSUE,
  'issue.readSummary': RAISED,
  'issue.submit': { uscc: OWN },
  'issue.recordReceivedAt': null,
  'issue.route': null,
  'issue.escalate': null,
  'routing.edit': null,
  'issue.work': ISSUE,
  'issue.refer': ISSUE,
  'issue.rate': ISSUE,
  'issue.rateInPerson': ISSUE,
  'issue.followUp': ISSUE,
  'issue.reopen': ISSUE,
  'issue.requestExtension': ISSUE,
  'issue.decideExtension': null,
  'issue.urge': ISSUE,
  'issue.merge': null,
  'issue.split': null,
  'issue.attach': ISSUE,
  'issue.attachToReply': ISSUE,
  'referral.answer': REFERRAL,
  'referral.cancel': REFERRAL,
  'referral.read': REFERRAL,
  'referral.list': null,
  'referral.follow': { department: 'market' },
  'meeting.schedule': null,
  'meeting.run': { conveningDepartment: 'police' },
  'meeting.follow': { invitedDepartments: ['police', 'tax'] },
  'meeting.list': null,
  'actionItem.complete': { ownerDepartment: 'tax' },
  'enterprise.listAll': null,
  'template.read': { department: 'tax' },
  'template.edit': { department: 'tax' },
  'export.issues': null,
  'export.performance': null,
};

/** Who is allowed each action on the resources above; everyone not listed is refused. */
const ALLOWED: { [A in PolicyAction]: Who[] } = {
  'issue.read': ['coordinator', 'tax officer', 'tax admin', 'police officer', 'judicial officer', 'own enterprise'],
  'issue.readSummary': ['coordinator', 'tax officer', 'tax admin', 'police officer', 'market officer', 'own enterprise'],
  'issue.submit': ['coordinator', 'tax officer', 'tax admin', 'police officer', 'judicial officer', 'market officer', 'officer without department', 'own enterprise'],
  'issue.recordReceivedAt': ['coordinator', 'tax officer', 'tax admin', 'police officer', 'judicial officer', 'market officer', 'officer without department'],
  'issue.route': ['coordinator'],
  'issue.escalate': ['coordinator'],
  'routing.edit': ['coordinator'],
  'issue.work': ['tax officer', 'tax admin'],
  'issue.refer': ['tax officer', 'tax admin'],
  'issue.rate': ['own enterprise'],
  'issue.rateInPerson': ['tax officer', 'tax admin'],
  'issue.followUp': ['coordinator', 'tax officer', 'tax admin'],
  'issue.reopen': ['coordinator', 'tax admin'],
  'issue.requestExtension': ['tax officer', 'tax admin'],
  'issue.decideExtension': ['coordinator'],
  'issue.urge': ['coordinator', 'own enterprise'],
  'issue.merge': ['coordinator'],
  'issue.split': ['coordinator'],
  'issue.attach': ['coordinator', 'tax officer', 'tax admin', 'police officer', 'judicial officer', 'own enterprise'],
  'issue.attachToReply': ['tax officer', 'tax admin'],
  'referral.answer': ['market officer'],
  'referral.cancel': ['tax officer', 'tax admin'],
  'referral.read': ['coordinator', 'tax officer', 'tax admin', 'market officer'],
  'referral.list': ['coordinator', 'tax officer', 'tax admin', 'police officer', 'judicial officer', 'market officer'],
  'referral.follow': ['coordinator', 'market officer'],
  'meeting.schedule': ['coordinator'],
  'meeting.run': ['coordinator', 'police officer'],
  'meeting.follow': ['coordinator', 'tax officer', 'tax admin', 'police officer'],
  'meeting.list': ['coordinator', 'tax officer', 'tax admin', 'police officer', 'judicial officer', 'market officer'],
  'actionItem.complete': ['tax officer', 'tax admin'],
  'enterprise.listAll': ['coordinator', 'tax officer', 'tax admin', 'police officer', 'judicial officer', 'market officer', 'officer without department'],
  'template.read': ['coordinator', 'tax officer', 'tax admin'],
  'template.edit': ['coordinator', 'tax officer', 'tax admin'],
  'export.issues': ['coordinator', 'tax officer', 'tax admin', 'police officer', 'judicial officer', 'market officer', 'own enterprise', 'other enterprise'],
  'export.performance': ['coordinator', 'tax officer', 'tax admin', 'police officer', 'judicial officer', 'market officer', 'officer without department'],
};

const rows = (Object.keys(ALLOWED) as PolicyAction[]).flatMap((action) => (Object.keys(WHO) as Who[]).map((who) => [action, who, ALLOWED[action].includes(who)] as const));

describe('may(viewer, action, resource): role × department × action → allowed', () => {
  test.each(rows)('%s by %s → %s', (action, who, allowed) => {
    expect(may(WHO[who], action, RESOURCES[action] as never)).toBe(allowed);
    if (allowed) expect(() => authorize(WHO[who], action, RESOURCES[action] as never)).not.toThrow();
    else expect(() => authorize(WHO[who], action, RESOURCES[action] as never)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
  });
});

describe('refusals say who may', () => {
  test('an enterprise refused another enterprise\'s request is told so (not "other departments")', () => {
    expect(() => authorize(WHO['other enterprise'], 'issue.read', ISSUE)).toThrow("This request is another enterprise's: you may not see it.");
    expect(() => authorize(WHO['market officer'], 'issue.read', ISSUE)).toThrow('This request belongs to other departments: you may not see it.');
  });

  test('lead-department steps name the lead and the step', () => {
    expect(() => authorize(WHO['market officer'], 'issue.work', ISSUE, 'sign for this request')).toThrow('Only officers of the lead department (tax) can sign for this request.');
  });

  test('the department that raised a request from its own records follows it in summary; those in its scope read it in full', () => {
    expect(issueAccess(WHO['police officer'], RAISED)).toBe(RecordAccess.SUMMARY);
    expect(may(WHO['police officer'], 'issue.read', RAISED)).toBe(false);
    for (const who of ['coordinator', 'market officer', 'tax officer', 'own enterprise'] as const) expect(issueAccess(WHO[who], RAISED)).toBe(RecordAccess.FULL);
    for (const who of ['judicial officer', 'other enterprise', 'officer without department', 'no role'] as const) expect(issueAccess(WHO[who], RAISED)).toBeNull();
    // involved as well as the origin: FULL
    expect(issueAccess(WHO['police officer'], { ...ISSUE, originDepartment: 'police' })).toBe(RecordAccess.FULL);
    expect(() => authorize(WHO['judicial officer'], 'issue.readSummary', RAISED)).toThrow('This request belongs to other departments: you may not see it.');
  });

  test('the issue scope behind the lists and event feeds', () => {
    expect(issueScope(WHO.coordinator)).toEqual({ kind: 'all' });
    expect(issueScope(WHO['tax admin'])).toEqual({ kind: 'department', department: 'tax' });
    expect(issueScope(WHO['own enterprise'])).toEqual({ kind: 'enterprise', uscc: OWN });
    expect(issueScope(WHO['officer without department'])).toEqual({ kind: 'none' });
  });
});
