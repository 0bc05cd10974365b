import Link from "next/link";

export default function ProductNotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-4 px-4 py-20 text-center">
      <h1 className="font-display text-3xl font-bold text-stone-900">
        No encontramos ese producto
      </h1>
      <p className="text-stone-600">
        Puede que ya no esté en el catálogo o que el enlace tenga un error.
      </p>
      <Link href="/" className="btn-primary">
        Ver el catálogo
      </Link>
    </div>
  );
}
