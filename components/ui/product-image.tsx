// The catalog's images are SVG illustrations in public/, served as they are. A plain <img> with
// the attributes next/image would render for them (unoptimized, fixed size): next/image would
// add nothing here but its client component, about 5 KB of gzipped JavaScript on every page that
// shows a product (the catalog, a product, the cart).
export function ProductImage({
  src,
  alt,
  className,
  eager,
}: {
  src: string;
  alt: string;
  className?: string;
  // For images above the fold, which the browser should not wait to fetch.
  eager?: boolean;
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- unoptimized SVGs; see above
    <img
      src={src}
      alt={alt}
      width={400}
      height={400}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
      // As next/image: while loading (or if it fails) the alt text is not painted over the card.
      style={{ color: "transparent" }}
      className={`aspect-square h-auto w-full object-cover ${className ?? ""}`}
    />
  );
}
