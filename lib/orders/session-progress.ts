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
