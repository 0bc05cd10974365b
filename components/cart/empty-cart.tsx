import Link from "next/link";

export function EmptyCart() {
  return (
    <div className="flex flex-col items-center gap-4 rounded-3xl bg-white px-6 py-14 text-center ring-1 ring-stone-200">
      <svg
        viewBox="0 0 64 64"
        aria-hidden="true"
        className="size-16 text-clay-300"
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
      >
        <path d="M12 22h40l-3.4 31a4 4 0 0 1-4 3.6H19.4a4 4 0 0 1-4-3.6Z" strokeLinejoin="round" />
        <path d="M23 26v-8a9 9 0 0 1 18 0v8" strokeLinecap="round" />
      </svg>
      <h2 className="font-display text-2xl font-bold text-stone-900">Tu carrito está vacío</h2>
      <p className="max-w-sm text-stone-600">
        Descubre café de especialidad, merkén, vinos y artesanía hecha a mano en el sur de Chile.
      </p>
      <Link href="/" className="btn-primary">
        Explorar el catálogo
      </Link>
    </div>
  );
}
