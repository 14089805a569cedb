import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { errorText } from '../client';
import { graphql } from '../gql';

const AcceptReferral = graphql(`
  mutation AcceptReferralFromConsole($input: AcceptReferralInput!) {
    acceptReferral(input: $input) {
      referral {
        id
        status
      }
    }
  }
`);

const RejectReferral = graphql(`
  mutation RejectReferralFromConsole($input: RejectReferralInput!) {
    rejectReferral(input: $input) {
      referral {
        id
        status
      }
    }
  }
`);

/** 签收 (accept) a referral to the officer's department, or 退回 (send it back) with a reason. */
export function ReferralAnswer({ referralId, onDone }: { referralId: string; onDone(): void }) {
  const [accepted, accept] = useMutation(AcceptReferral);
  const [rejected, reject] = useMutation(RejectReferral);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const error = accepted.error ?? rejected.error;
  return (
    <div className="referral-answer">
      <button type="button" disabled={accepted.fetching} onClick={async () => (await accept({ input: { referralId } })).data && onDone()}>
        签收
      </button>
      <label htmlFor={reasonId}>退回理由</label>
      <input id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button
        type="button"
        disabled={rejected.fetching || !reason.trim()}
        onClick={async () => (await reject({ input: { referralId, reason: reason.trim() } })).data && onDone()}
      >
        退回
      </button>
      {error && <span role="alert">{errorText(error)}</span>}
    </div>
  );
}
