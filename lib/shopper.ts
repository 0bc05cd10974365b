// What the header shows of the person browsing, from GET /api/shopper. Pages are cached and
// shared by every visitor, so these parts load in the browser after the page.
export type Shopper = {
  user: { name: string; email: string; isAdmin: boolean } | null;
  cartItemCount: number;
};
