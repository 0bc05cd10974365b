import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedProducts } from "./seed";

// A large, varied catalog on demand (npm run db:seed -- --products 10000), for trying the
// catalog's pages and search at a merchant's scale and for the benchmark. Deterministic: the
// same count always makes the same products, and running it again adds nothing.

type Line = { category: string; items: string[]; sizes: string[]; price: [number, number] };

const lines: Line[] = [
  {
    category: "Despensa",
    items: [
      "Mermelada de murta",
      "Miel de ulmo",
      "Merkén ahumado",
      "Aceite de oliva",
      "Sal de mar",
      "Mote con huesillo",
      "Harina tostada",
      "Chancho en piedra",
      "Manjar de leche",
      "Quínoa orgánica",
    ],
    sizes: ["100 g", "250 g", "500 g", "1 kg"],
    price: [2490, 14990],
  },
  {
    category: "Vinos",
    items: [
      "Carménère reserva",
      "Cabernet sauvignon",
      "País campesino",
      "Sauvignon blanc",
      "Pipeño del Itata",
      "Syrah gran reserva",
      "Espumante brut",
      "Chardonnay costero",
      "Cinsault de secano",
      "Moscatel dulce",
    ],
    sizes: ["375 ml", "750 ml", "1,5 l"],
    price: [5990, 39990],
  },
  {
    category: "Hogar y artesanía",
    items: [
      "Fuente de greda",
      "Manta de lana",
      "Canasto de mimbre",
      "Taza de cerámica",
      "Cuchara de raulí",
      "Tabla de lenga",
      "Jarro de cobre",
      "Vela de cera de abeja",
      "Cojín de telar",
      "Individual de chupón",
    ],
    sizes: ["pequeño", "mediano", "grande"],
    price: [6990, 79990],
  },
  {
    category: "Libros",
    items: [
      "Recetario de cocina chilena",
      "Guía de aves del sur",
      "Cuentos de Chiloé",
      "Poesía de Neruda",
      "Atlas de la Patagonia",
      "Historia del vino chileno",
      "Leyendas mapuches",
      "Cuaderno de viaje",
    ],
    sizes: ["tapa blanda", "tapa dura", "edición de bolsillo"],
    price: [8990, 34990],
  },
  {
    category: "Café y té",
    items: [
      "Café de grano tostado",
      "Café molido de altura",
      "Té negro con canela",
      "Té verde con cedrón",
      "Infusión de boldo",
      "Mate con poleo",
      "Café descafeinado",
    ],
    sizes: ["100 g", "250 g", "500 g", "1 kg"],
    price: [3490, 24990],
  },
  {
    category: "Dulces",
    items: [
      "Chocolate amargo con maqui",
      "Alfajores de manjar",
      "Calzones rotos",
      "Chilenitos",
      "Turrón de almendras",
      "Cuchuflí bañado",
      "Galletas de avena",
    ],
    sizes: ["6 unidades", "12 unidades", "200 g", "400 g"],
    price: [1990, 12990],
  },
];

const origins = [
  "de Chiloé",
  "del Maule",
  "de Valparaíso",
  "de Aysén",
  "de la Araucanía",
  "del valle del Elqui",
  "de Colchagua",
  "de Pomaire",
  "de Atacama",
  "de Magallanes",
  "del Biobío",
  "de Cáhuil",
];
const qualities = [
  "artesanal",
  "orgánico",
  "clásico",
  "de temporada",
  "tradicional",
  "premium",
  "familiar",
  "de origen",
];

// The seed's own drawings, by category; a generated product borrows one of its category's.
const images: Record<string, string[]> = {
  Despensa: [
    "mermelada-de-murta",
    "miel-de-ulmo",
    "merken-ahumado",
    "aceite-de-oliva-extra-virgen",
    "sal-de-mar-de-cahuil",
  ],
  Vinos: ["vino-carmenere-reserva"],
  "Hogar y artesanía": ["fuente-de-greda-de-pomaire", "manta-de-lana-chilota"],
  Libros: ["recetario-cocina-chilena"],
  "Café y té": ["cafe-de-grano-tostado"],
  Dulces: ["chocolate-amargo-con-maqui"],
};

function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

// A small deterministic generator (mulberry32): varied but repeatable figures.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(list: T[], next: () => number): T {
  return list[Math.floor(next() * list.length)]!;
}

const newest = Date.parse("2026-11-01T12:00:00.000Z");

export function generatedProduct(index: number) {
  const next = random(index + 1);
  const line = lines[index % lines.length]!;
  const item = pick(line.items, next);
  const origin = pick(origins, next);
  const quality = pick(qualities, next);
  const size = pick(line.sizes, next);
  const name = `${item} ${quality} ${origin}, ${size}`;
  const [low, high] = line.price;
  // Prices in whole pesos ending in 990, as the seed's.
  const price = Math.floor((low + next() * (high - low)) / 1000) * 1000 + 990;
  const roll = next();
  const stock =
    roll < 0.05 ? 0 : roll < 0.15 ? 1 + Math.floor(next() * 5) : 6 + Math.floor(next() * 60);
  return {
    slug: `${slugify(name)}-${index + 1}`,
    name,
    category: line.category,
    price,
    currency: "CLP",
    stock,
    imagePath: `/products/${pick(images[line.category]!, next)}.svg`,
    description: `${item} ${origin}, ${quality}. Elaborado por pequeños productores en lotes cortos; ${size}.`,
    // Spread over the year before, so "más recientes" has an order to show.
    createdAt: new Date(newest - index * 47 * 60 * 1000),
  };
}

// Adds generated products until the catalog has `total` counting the seed's own (prisma/seed.ts).
export async function seedLargeCatalog(db: PrismaClient, total: number): Promise<number> {
  const count = Math.max(0, total - seedProducts.length);
  let created = 0;
  for (let start = 0; start < count; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, count - start) }, (_, offset) =>
      generatedProduct(start + offset),
    );
    created += (await db.product.createMany({ data: batch, skipDuplicates: true })).count;
  }
  return created;
}
