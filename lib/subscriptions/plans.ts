import "server-only";
import { db } from "@/lib/db";

export type Plan = {
  id: string;
  slug: string;
  name: string;
  summary: string;
  description: string;
  price: number;
  currency: string;
  intervalMonths: number;
  imagePath: string;
  // What arrives each period.
  items: { name: string; quantity: number }[];
};

const planSelect = {
  id: true,
  slug: true,
  name: true,
  summary: true,
  description: true,
  price: true,
  currency: true,
  intervalMonths: true,
  imagePath: true,
  items: {
    orderBy: { productId: "asc" },
    select: { quantity: true, product: { select: { name: true } } },
  },
} as const;

type PlanRow = {
  items: { quantity: number; product: { name: string } }[];
} & Omit<Plan, "items">;

const toPlan = ({ items, ...plan }: PlanRow): Plan => ({
  ...plan,
  items: items.map((item) => ({ name: item.product.name, quantity: item.quantity })),
});

export async function listPlans(): Promise<Plan[]> {
  const rows = await db.subscriptionPlan.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: planSelect,
  });
  return rows.map(toPlan);
}

export async function getPlanBySlug(slug: string): Promise<Plan | null> {
  const row = await db.subscriptionPlan.findUnique({ where: { slug }, select: planSelect });
  return row && toPlan(row);
}
