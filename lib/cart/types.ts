export type CartLine = {
  productId: string;
  slug: string;
  name: string;
  imagePath: string;
  unitPrice: number;
  currency: string;
  quantity: number;
  // Units the shop has now; a line can exceed it when stock fell after the item was added.
  stock: number;
  lineTotal: number;
};

export type Cart = {
  // Null until the shopper first adds something.
  id: string | null;
  lines: CartLine[];
  itemCount: number;
  subtotal: number;
  currency: string;
};
