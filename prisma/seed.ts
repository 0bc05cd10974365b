import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedSubscriptionPlans } from "./seed-plans";

type SeedProduct = {
  slug: string;
  name: string;
  category: string;
  price: number;
  stock: number;
  description: string;
};

const DESPENSA = "Despensa";
const VINOS = "Vinos";
const HOGAR = "Hogar y artesanía";
const LIBROS = "Libros";

// Prices in CLP (no minor unit). Stock is chosen so the catalog shows every state: plenty,
// "Quedan 3" and "Agotado".
export const seedProducts: SeedProduct[] = [
  {
    slug: "cafe-de-grano-tostado",
    name: "Café de grano tostado, 500 g",
    category: DESPENSA,
    price: 12990,
    stock: 24,
    description:
      "Tueste medio de granos de altura, tostado cada semana en Valparaíso. Notas de cacao y panela; ideal para prensa francesa o moka.",
  },
  {
    slug: "merken-ahumado",
    name: "Merkén ahumado, 100 g",
    category: DESPENSA,
    price: 4990,
    stock: 40,
    description:
      "Ají cacho de cabra ahumado en fogón y molido con semillas de cilantro, como se hace en la Araucanía. Para carnes, huevos y pebre.",
  },
  {
    slug: "aceite-de-oliva-extra-virgen",
    name: "Aceite de oliva extra virgen, 500 ml",
    category: DESPENSA,
    price: 9990,
    stock: 18,
    description:
      "Primera prensada en frío de olivos del valle del Huasco. Frutado intenso, con un final levemente picante.",
  },
  {
    slug: "mermelada-de-murta",
    name: "Mermelada de murta, 250 g",
    category: DESPENSA,
    price: 5490,
    stock: 3,
    description:
      "Murta silvestre recolectada en Chiloé y cocinada en pequeñas ollas, con poca azúcar. Perfumada y un poco ácida: pruébala con queso fresco.",
  },
  {
    slug: "chocolate-amargo-con-maqui",
    name: "Chocolate amargo 70% con maqui, 80 g",
    category: DESPENSA,
    price: 3990,
    stock: 50,
    description:
      "Barra de cacao fino de origen único con trozos de maqui deshidratado del sur de Chile.",
  },
  {
    slug: "sal-de-mar-de-cahuil",
    name: "Sal de mar de Cáhuil, 250 g",
    category: DESPENSA,
    price: 3490,
    stock: 35,
    description:
      "Cosechada a mano en las salinas de Cáhuil, en la costa de O'Higgins, con la técnica que las familias salineras usan hace siglos.",
  },
  {
    slug: "miel-de-ulmo",
    name: "Miel de ulmo, 500 g",
    category: DESPENSA,
    price: 7990,
    stock: 20,
    description:
      "Miel cremosa de flor de ulmo, de colmenas en los bosques nativos de Los Ríos. Aroma a vainilla y jazmín.",
  },
  {
    slug: "vino-carmenere-reserva",
    name: "Vino Carménère Reserva, 750 ml",
    category: VINOS,
    price: 8990,
    stock: 30,
    description:
      "La cepa emblema de Chile, del valle de Colchagua. Frutos rojos maduros, pimienta y un toque de guarda en barrica.",
  },
  {
    slug: "manta-de-lana-chilota",
    name: "Manta de lana chilota",
    category: HOGAR,
    price: 49990,
    stock: 5,
    description:
      "Tejida a telar en Castro con lana de oveja hilada y teñida a mano con tintes naturales. 130 × 180 cm.",
  },
  {
    slug: "fuente-de-greda-de-pomaire",
    name: "Fuente de greda de Pomaire",
    category: HOGAR,
    price: 15990,
    stock: 0,
    description:
      "Fuente de greda modelada y cocida en Pomaire, perfecta para un pastel de choclo al horno. Apta para horno; lavar a mano.",
  },
  {
    slug: "recetario-cocina-chilena",
    name: "Recetario de la cocina chilena",
    category: LIBROS,
    price: 18990,
    stock: 12,
    description:
      "Cien recetas de norte a sur: de la calapurca al curanto, con historias de las cocineras que las guardan. Tapa dura, 240 páginas.",
  },
];

export const demoShopper = {
  email: "demo@tienda.cl",
  password: "demo1234",
  name: "Camila Rojas",
  rut: "11111111-1",
} as const;

export const demoAdmin = {
  email: "admin@tienda.cl",
  password: "admin1234",
  name: "Administración",
} as const;

// Safe to run on every start: products are matched by slug and accounts by email. Stock is only
// set when a product is created, so a re-seed does not undo sales.
export async function seed(db: PrismaClient): Promise<void> {
  for (const { stock, ...product } of seedProducts) {
    const details = { ...product, currency: "CLP", imagePath: `/products/${product.slug}.svg` };
    await db.product.upsert({
      where: { slug: product.slug },
      create: { ...details, stock },
      update: details,
    });
  }
  await seedSubscriptionPlans(db);
  await seedAccount(
    db,
    { email: demoShopper.email, name: demoShopper.name, rut: demoShopper.rut },
    demoShopper.password,
  );
  await seedAccount(
    db,
    { email: demoAdmin.email, name: demoAdmin.name, role: "ADMIN" },
    demoAdmin.password,
  );
}

// Hashing is deliberately slow (scrypt, 64 MiB), so an account that exists is left as it is
// rather than hashed again on every start.
async function seedAccount(
  db: PrismaClient,
  account: { email: string; name: string; rut?: string; role?: "ADMIN" },
  password: string,
): Promise<void> {
  const existing = await db.user.findUnique({
    where: { email: account.email },
    select: { id: true },
  });
  if (existing) return;
  await db.user.createMany({
    data: [{ ...account, passwordHash: await hashPassword(password) }],
    skipDuplicates: true,
  });
}
