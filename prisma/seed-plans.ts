import type { PrismaClient } from "@/lib/generated/prisma/client";

// The subscription plans: what arrives each month and what a subscriber pays for it, in CLP
// (no minor unit). A plan's price is the sum of its items, so the order a paid invoice becomes
// adds up to what Fintoc charged (checked by seedPlans).
type SeedPlan = {
  slug: string;
  name: string;
  summary: string;
  description: string;
  imagePath: string;
  items: { productSlug: string; quantity: number; unitAmount: number }[];
};

export const seedPlans: SeedPlan[] = [
  {
    slug: "caja-mensual-de-cafe",
    name: "Caja mensual de café",
    summary: "Dos bolsas de café de grano recién tostado, cada mes.",
    description:
      "Cada mes te enviamos dos bolsas de 500 g de nuestro café de grano de altura, tostado la misma semana del despacho en Valparaíso. Suficiente para una taza diaria de dos personas.",
    imagePath: "/products/cafe-de-grano-tostado.svg",
    items: [{ productSlug: "cafe-de-grano-tostado", quantity: 2, unitAmount: 10990 }],
  },
  {
    slug: "club-del-vino",
    name: "Club del vino",
    summary: "Dos botellas de Carménère Reserva del valle de Colchagua, cada mes.",
    description:
      "Dos botellas de 750 ml de Carménère Reserva al mes, a precio de socio. Para la mesa de la semana o para ir guardando.",
    imagePath: "/products/vino-carmenere-reserva.svg",
    items: [{ productSlug: "vino-carmenere-reserva", quantity: 2, unitAmount: 7990 }],
  },
];

export function planPrice(plan: Pick<SeedPlan, "items">): number {
  return plan.items.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
}

// Safe on every start: plans are matched by slug; their items are rewritten.
export async function seedSubscriptionPlans(db: PrismaClient): Promise<void> {
  for (const [position, { items, ...plan }] of seedPlans.entries()) {
    const details = { ...plan, price: planPrice({ items }), currency: "CLP", position };
    const row = await db.subscriptionPlan.upsert({
      where: { slug: plan.slug },
      create: details,
      update: details,
      select: { id: true },
    });
    const products = await db.product.findMany({
      where: { slug: { in: items.map((item) => item.productSlug) } },
      select: { id: true, slug: true },
    });
    const idOf = new Map(products.map((product) => [product.slug, product.id]));
    await db.subscriptionPlanItem.deleteMany({ where: { planId: row.id } });
    await db.subscriptionPlanItem.createMany({
      data: items.map((item) => {
        const productId = idOf.get(item.productSlug);
        if (!productId) throw new Error(`plan ${plan.slug}: no product ${item.productSlug}`);
        return { planId: row.id, productId, quantity: item.quantity, unitAmount: item.unitAmount };
      }),
    });
  }
}
