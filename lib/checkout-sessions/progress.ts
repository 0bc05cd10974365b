// Fintoc statuses, ranked so that a late or reordered payload never overwrites a later one.

// A session that finished keeps that status even if an expiry notice arrives after it.
const sessionRank: Record<string, number> = { created: 0, in_progress: 1, expired: 2, finished: 3 };

const intentRank: Record<string, number> = {
  created: 0,
  in_progress: 0,
  pending: 1,
  requires_action: 1,
  succeeded: 2,
  failed: 2,
  rejected: 2,
  expired: 2,
};

export function isSessionStatusNewer(previous: string, next: string): boolean {
  return (sessionRank[next] ?? 0) >= (sessionRank[previous] ?? 0);
}

export function isIntentStatusNewer(previous: string | null, next: string): boolean {
  if (previous === null) return true;
  return (intentRank[next] ?? 0) >= (intentRank[previous] ?? 0);
}

// The same rules as lists, for a write that compares in SQL under the row's lock: the known
// statuses a `next` status must not overwrite. A stored status missing from the ranks counts as
// the lowest, here as above (it is in no list, so anything overwrites it).
export function sessionStatusesAheadOf(next: string): string[] {
  return Object.keys(sessionRank).filter((status) => !isSessionStatusNewer(status, next));
}

export function intentStatusesAheadOf(next: string): string[] {
  return Object.keys(intentRank).filter((status) => !isIntentStatusNewer(status, next));
}
