import type { SubscriptionStatus } from "@/lib/generated/prisma/enums";

// Our subscription's statuses in the only order they may move: a late or repeated event can
// never take a subscription back (an old "incomplete" after "active", anything after a cancel).
// EXPIRED and CANCELED are both final: a session that expired never made a subscription.
const rank: Record<SubscriptionStatus, number> = {
  PENDING: 0,
  INCOMPLETE: 1,
  ACTIVE: 2,
  CANCELED: 3,
  EXPIRED: 3,
};

// The statuses a subscription may be in for `target` to move it forward.
export function statusesBefore(target: SubscriptionStatus): SubscriptionStatus[] {
  if (target === "EXPIRED") return ["PENDING"];
  return (Object.keys(rank) as SubscriptionStatus[]).filter(
    (status) => rank[status] < rank[target],
  );
}
